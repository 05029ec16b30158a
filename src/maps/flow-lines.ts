/**
 * The lines of the vehicle-flows map: the thin dashed routes from the countries of origin and the
 * ribbon of make flows into North Korea, side by side, widest in the middle and drawn first, with
 * the ribbon's direct labels. Widths are a square-root scale of vehicles, so area reads as quantity.
 */
import { scaleSqrt } from 'd3';
import type { Dataset } from '../lib/data';
import { formatNumber } from '../lib/format';
import type { Lang } from '../lib/i18n/langs';
import { t } from './flow-words';
import type { Country } from '../lib/schemas/country';
import { countryAnchor } from './anchors';
import { flowCurve, type Point, pointAt } from './curves';
import { sampleCurve } from './map-labels';
import type { FlowView } from './flow-model';
import type { WidthOf } from './flow-parts';
import { flowMark } from './marks';
import { textWidth } from './sea/text-width';
import { escapeHtml } from '../lib/html';
import type { Panel } from './panels';

const MAX_WIDTH = 24;
const NAMED_WIDTH = 1.5;
/** Space between the flows of the ribbon. */
const GAP = 4;

/** How far each flow bows, by its start country, chosen so lines clear each other. */
const BEND: Record<string, number> = { germany: 0.16, netherlands: 0.24, thailand: -0.2, japan: 0.25, russia: -0.12 };

/** Where a country's flows start and end, as [lon, lat] (see anchors.ts). */
export function anchorOf(country: Country): [number, number] {
  return countryAnchor(country.isoNumeric);
}

/** The square-root width scale, from the largest whole the flows are part of. */
export function flowWidth(data: Dataset): WidthOf {
  const wholes = data.vehicleFlows.map((f) => data.figures.find((g) => g.id === f.of)?.value ?? f.vehicles ?? 0);
  const scale = scaleSqrt()
    .domain([0, Math.max(1, ...wholes)])
    .range([0, MAX_WIDTH]);
  return (vehicles) => (vehicles === null ? NAMED_WIDTH : Math.max(NAMED_WIDTH, Math.round(scale(vehicles) * 10) / 10));
}

/**
 * The make flows in the order they run side by side: the widest in the middle and the thin ones at
 * the edges, so that no thin flow lies between two others and each keeps a hit area of its own.
 */
function ribbonOrder(views: FlowView[], widthOf: WidthOf): FlowView[] {
  const strands = views.filter((v) => v.flow.layer === 'make').sort((a, b) => widthOf(b.flow.vehicles) - widthOf(a.flow.vehicles));
  const ordered: FlowView[] = [];
  strands.forEach((v, i) => (i % 2 === 0 ? ordered.push(v) : ordered.unshift(v)));
  return ordered;
}

/** The two edges of a thick line along `points`, `half` either side, so labels keep off its full width. */
export function edges(points: Point[], half: number): Point[][] {
  if (half <= 2) return [points];
  const side = (sign: number) =>
    points.map((p, i) => {
      const [a, b] = [points[Math.max(0, i - 1)], points[Math.min(points.length - 1, i + 1)]];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
      return [p[0] + (sign * half * (a[1] - b[1])) / len, p[1] + (sign * half * (b[0] - a[0])) / len] as Point;
    });
  return [side(1), points, side(-1)];
}

/** The lines of one panel (origin and make flows, widest first so thin ones stay on top) and their outlines. */
export function flowLines(views: FlowView[], panel: Panel, widthOf: WidthOf): { svg: string; routes: Point[][] } {
  const strands = ribbonOrder(views, widthOf);
  const total = strands.reduce((s, v) => s + widthOf(v.flow.vehicles), 0) + GAP * (strands.length - 1);
  let offset = -total / 2;
  const shifts = new Map<string, number>();
  for (const v of strands) {
    const w = widthOf(v.flow.vehicles);
    shifts.set(v.flow.id, offset + w / 2);
    offset += w + GAP;
  }
  const routes: Point[][] = [];
  const svg = views
    .filter((v) => v.flow.layer !== 'co-signer')
    .map((v) => ({ v, width: widthOf(v.flow.vehicles) }))
    .sort((a, b) => b.width - a.width)
    .map(({ v, width }) => {
      const curve = flowCurve(panel.xy(anchorOf(v.from)), panel.xy(anchorOf(v.to)), {
        bend: BEND[v.flow.from] ?? 0.2,
        gapStart: 7,
        gapEnd: 8,
        width,
        narrowHead: shifts.has(v.flow.id),
        shift: shifts.get(v.flow.id) ?? 0,
      });
      routes.push(
        ...edges(
          sampleCurve((t) => pointAt(curve.controls, t)),
          width / 2,
        ),
      );
      return flowMark({
        id: v.flow.id,
        classes: `flow--${v.flow.group} flow--${v.flow.precision}${v.flow.status === 'derived' ? ' flow--derived' : ''}`,
        curve,
        width,
        tip: { title: v.flow.layer === 'make' ? `${v.label}: ${v.route}` : v.route, lines: v.lines },
      });
    })
    .join('');
  return { svg, routes };
}

/** The longest make chip, for the largest count; the others are shorter in proportion. */
const CHIP_MAX = 36;

/** A chip as long as its flow's count is large; a flow with no count gets an outlined square. */
function chip(vehicles: number | null, max: number, x: number, y: number): string {
  if (vehicles === null) return `<rect class="make-label__chip make-label__chip--none" x="${x}" y="${y}" width="9" height="9"/>`;
  const length = Math.max(2, Math.round((CHIP_MAX * vehicles) / max));
  return `<rect class="make-label__chip" x="${x}" y="${y}" width="${length}" height="9"/>`;
}

export interface RibbonLabels {
  svg: string;
  /** The stack's box, which other labels keep off. */
  box: { x: number; y: number; width: number; height: number } | null;
}

/**
 * Direct labels for the make flows: a stack beside the middle of the ribbon, one line per flow in
 * ribbon order, each with a chip of its colour as long as its count. Decorative: each flow carries
 * its own label.
 */
export function ribbonLabels(
  views: FlowView[],
  panel: Panel,
  widthOf: WidthOf,
  fallback: (width: number, height: number) => Point,
  lang: Lang = 'en',
): RibbonLabels {
  const strands = ribbonOrder(views, widthOf);
  if (strands.length === 0) return { svg: '', box: null };
  const a = panel.xy(anchorOf(strands[0].from));
  const b = panel.xy(anchorOf(strands[0].to));
  const total = strands.reduce((s, v) => s + widthOf(v.flow.vehicles), 0) + GAP * strands.length;
  const texts = strands.map((v) => {
    const what = v.flow.group === 'unattributed' ? t(lang, 'withNoMake') : v.makes.length === 1 ? v.makes[0] : v.label;
    return v.flow.vehicles === null
      ? t(lang, 'ribbonNoCount', { what })
      : t(lang, 'ribbonCount', { count: formatNumber(v.flow.vehicles, lang), what });
  });
  const max = Math.max(1, ...strands.map((v) => v.flow.vehicles ?? 0));
  const widest = Math.max(...texts.map((t) => textWidth(t, 11.5))) + CHIP_MAX + 4;
  const mid = (a[0] + b[0]) / 2;
  const [left, , width] = panel.rect;
  const right = left + width - 4;
  // Beside the ribbon, east or else west; in a panel too narrow for either, at the fallback point.
  const east = mid + total / 2 + 12;
  const west = mid - total / 2 - 12 - widest;
  const beside = east + widest <= right ? east : west >= left + 4 ? west : null;
  const height = strands.length * 15 + 4;
  const spot = beside === null ? fallback(widest, height) : null;
  const x = Math.round(spot ? spot[0] : beside!);
  const top = spot ? spot[1] + 11 : (a[1] + b[1]) / 2 - (strands.length * 15) / 2;
  const lines = strands.map((v, i) => {
    const y = Math.round(top + i * 15);
    return `<g class="flow flow--${v.flow.group}">${chip(v.flow.vehicles, max, x, y - 8)}<text class="make-label" x="${x + CHIP_MAX + 4}" y="${y}">${escapeHtml(texts[i])}</text></g>`;
  });
  const box = { x, y: Math.round(top) - 11, width: widest, height };
  return { svg: `<g class="make-labels" aria-hidden="true">${lines.join('')}</g>`, box };
}
