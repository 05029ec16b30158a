/**
 * Map 2, the vehicle flows: by which routes did the 803 vehicles reach North Korea, as far as the
 * sources say? Reads data/vehicle-flows.json with countries, makes and facilitators. Lines join
 * countries, never ports or crossings no source names. Width is a square-root scale of vehicles
 * (area reads as quantity), colour the make group; a route named without a count is a thin dashed
 * line, not to scale. The make flows into North Korea run side by side, widest first, and the two
 * co-signers, who counted the same vehicles another way, sit in a box beside them.
 */
import type { Dataset } from '../lib/data';
import { formatNumber, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { t } from './flow-words';
import type { Country } from '../lib/schemas/country';
import type { Point } from './curves';
import { figureIds, type MapFigure } from './figure';
import { anchorOf, flowLines, flowWidth, ribbonLabels } from './flow-lines';
import { flowViews, type FlowView } from './flow-model';
import { cosignerBox, cosignerBoxSize, flowLegend, flowTable, type WidthOf } from './flow-parts';
import { centreOf, labelOffset, layoutMapLabels, type MapLabels, panelFrameBoxes } from './map-labels';
import { type Box, freeSpot } from './sea/labels';
import { countryLabel, placeMark } from './marks';
import { type LayoutSpec, mapLayouts, type Panel, panelFor, renderMapSvg } from './panels';
import type { Region } from './projection';

export const VEHICLE_FLOWS = 'vehicle-flows';

/** Western Europe to Japan, reaching south far enough for Thailand. */
const FLOW_REGION: Region = [-2, 8, 146, 62];
/** The same with a margin to the west, for the narrow layout's small overview. */
const FLOW_REGION_NARROW: Region = [-10, 8, 146, 62];
/** The Russian Far East, the Koreas and Japan, enlarged, with room above for the co-signers. */
const FAR_EAST: Region = [116, 32, 148, 58];

/** The wide and the narrow layout, their inset captioned in `lang`. */
export const flowLayouts = (lang: Lang): LayoutSpec[] =>
  mapLayouts({
    detail: { region: FAR_EAST, caption: t(lang, 'farEast') },
    wide: { height: 600, region: FLOW_REGION, detailRect: [8, 240, 460, 352] },
    narrow: { height: 560, region: FLOW_REGION_NARROW, detailHeight: 340 },
  });

export const FLOW_LAYOUTS: LayoutSpec[] = flowLayouts('en');

/** Countries named on each panel that are not flow ends, at hand-placed points (lon, lat). */
const COUNTRY_LABELS: Record<Panel['name'], [string, [number, number]][]> = {
  overview: [['china', [100, 33]]],
  detail: [
    ['china', [120.5, 43.5]],
    ['south-korea', [128, 35.6]],
  ],
};

function nodeLines(country: Country, views: FlowView[], lang: Lang): string[] {
  const cosigned = views.some((v) => v.flow.layer === 'co-signer' && v.from.id === country.id);
  const roles = ['vehicle-origin', 'transit', 'destination', ...(cosigned ? ['facilitator-base'] : [])];
  const lines = country.roles.filter((r) => roles.includes(r.role)).map((r) => r.detail);
  const flowsIn = views.filter((v) => v.to.id === country.id && v.flow.layer === 'make' && v.flow.vehicles !== null);
  if (flowsIn.length) {
    const sum = flowsIn.reduce((s, v) => s + (v.flow.vehicles ?? 0), 0);
    lines.push(t(lang, 'countedArriving', { count: formatValue(sum, 'count', { noun: 'vehicles', lang }) }));
  }
  return lines;
}

/** The country marks of a panel, labelled where placeLabels found room. */
function nodeMarks(
  panel: Panel,
  nodes: Country[],
  views: FlowView[],
  labels: MapLabels,
  home: (c: Country) => boolean,
  lang: Lang,
): string[] {
  return nodes.map((country) => {
    const at = panel.xy(anchorOf(country));
    const label = labels.places.get(country.id);
    return placeMark({
      id: country.id,
      at,
      label: label?.text ?? '',
      kind: 'node',
      ...(label ? labelOffset(label, at) : { dx: 0, dy: 0, anchor: 'start' as const }),
      leader: label?.status === 'leader' ? label.leader : undefined,
      classes: country.id === 'north-korea' ? 'place--destination' : '',
      tip: home(country) ? { title: nodeName(country, panel, lang), lines: nodeLines(country, views, lang) } : undefined,
    });
  });
}

/** The overview names Russia shortly; the inset, where its flows are counted, says which part. */
const nodeName = (country: Country, panel: Panel, lang: Lang) =>
  country.id === 'russia' && panel.name === 'detail' ? t(lang, 'farEastName', { name: country.name }) : country.name;

function drawPanel(data: Dataset, views: FlowView[], widthOf: WidthOf, storyIds: Set<string>, layout: LayoutSpec) {
  const lang = langOf(data);
  return (panel: Panel, { overview, detail }: { overview: Panel; detail: Panel }): string => {
    const here = views.filter(
      (v) => v.flow.layer !== 'co-signer' && panelFor([anchorOf(v.from), anchorOf(v.to)], overview, detail) === panel,
    );
    const nodes = [...new Map(here.flatMap((v) => [v.to, v.from]).map((c) => [c.id, c])).values()];
    const [x, y, w, h] = panel.rect;
    const cosigners = views.filter((v) => v.flow.layer === 'co-signer' && panelFor([anchorOf(v.from)], overview, detail) === panel);
    const size = cosignerBoxSize(cosigners, w - 16, lang);
    const box = cosignerBox(cosigners, widthOf, [x + 8, y + 8], w - 16, lang);
    const boxLeader: [Point, Point] | null = cosigners.length
      ? [panel.xy(anchorOf(cosigners[0].from)), [x + 8 + size.width, y + 30]]
      : null;
    const lines = flowLines(here, panel, widthOf);
    const taken = flowObstacles(panel, layout, detail, size, null);
    const bounds: [number, number, number, number] = [x + 2, y + 2, x + w - 2, y + h - 2];
    const marks = nodes.map((c) => ({ at: panel.xy(anchorOf(c)), radius: 4.5 }));
    // Where the stack cannot sit beside the ribbon, it takes the free spot nearest the box above.
    const stack = ribbonLabels(
      here,
      panel,
      widthOf,
      (sw, sh) => {
        const spot = freeSpot(sw, sh, [x + 10, y + 8 + size.height + 8], { bounds, marks, obstacles: taken, routes: lines.routes });
        return spot ? [spot.x, spot.y] : [x + 10, y + 8 + size.height + 8];
      },
      lang,
    );
    const labels = layoutMapLabels({
      bounds,
      places: nodes.map((c) => ({ id: c.id, at: panel.xy(anchorOf(c)), text: nodeName(c, panel, lang) })),
      countries: COUNTRY_LABELS[panel.name]
        .filter(([id]) => storyIds.has(id))
        .map(([id, at]) => ({ id, at: panel.xy(at), name: data.countries.find((c) => c.id === id)!.name })),
      routes: [...lines.routes, ...(boxLeader ? [boxLeader] : [])],
      obstacles: flowObstacles(panel, layout, detail, size, stack.box),
      markRadius: 4.5,
    });
    const names = [...labels.countries.values()].map((l) => countryLabel(centreOf(l), l.text, 'story'));
    const home = (c: Country) => panelFor([anchorOf(c)], overview, detail) === panel;
    const leader = boxLeader ? leaderLine(...boxLeader) : '';
    return `<g class="country-labels">${names.join('')}</g>${leader}<g class="flows">${lines.svg}</g>${stack.svg}<g class="places">${nodeMarks(panel, nodes, views, labels, home, lang).join('')}</g>${box}`;
  };
}

/** The boxes labels keep off: the co-signers, the make labels, the caption, and over the overview the inset and the globe. */
function flowObstacles(
  panel: Panel,
  layout: LayoutSpec,
  detail: Panel,
  cosigners: { width: number; height: number },
  stack: Box | null,
): Box[] {
  const [x, y] = panel.rect;
  const boxes: Box[] = stack ? [stack] : [];
  if (cosigners.height) boxes.push({ x: x + 8, y: y + 8, width: cosigners.width, height: cosigners.height });
  return [...boxes, ...panelFrameBoxes(panel, layout, detail)];
}

function leaderLine(from: Point, to: Point): string {
  return `<path class="cosigners__leader" aria-hidden="true" d="M${from[0]},${from[1]}L${to[0]},${to[1]}"/>`;
}

/** The countries of the flows (by ISO numeric code), North Korea as the destination. */
function landRoles(data: Dataset, views: FlowView[]) {
  const ids = new Set(views.flatMap((v) => [v.from.id, v.to.id, ...v.flow.via]));
  const byIso = new Map<string, 'destination' | 'story'>();
  for (const c of data.countries) {
    if (c.id === 'north-korea') byIso.set(c.isoNumeric, 'destination');
    else if (ids.has(c.id)) byIso.set(c.isoNumeric, 'story');
  }
  return { byIso, ids };
}

/** The SVG layouts of the vehicle-flows map, wide and narrow. */
export function vehicleFlowSvgs(data: Dataset): string[] {
  const views = flowViews(data);
  const { byIso, ids } = landRoles(data, views);
  const figure = figureIds(VEHICLE_FLOWS);
  const widthOf = flowWidth(data);
  return flowLayouts(langOf(data)).map((layout) =>
    renderMapSvg({
      layout,
      idPrefix: VEHICLE_FLOWS,
      roles: byIso,
      labelledBy: figure.title,
      describedBy: figure.alt,
      drawPanel: drawPanel(data, views, widthOf, ids, layout),
    }),
  );
}

/** Map 2 as a figure: the map, its legend, the route table with each flow's precision, and sources. */
export function vehicleFlowsFigure(data: Dataset): MapFigure {
  const lang = langOf(data);
  const views = flowViews(data);
  const widthOf = flowWidth(data);
  const origins = views.filter((v) => v.flow.layer === 'origin');
  const makes = views.filter((v) => v.flow.layer === 'make');
  const counted = makes.reduce((s, v) => s + (v.flow.vehicles ?? 0), 0);
  const describe = (v: FlowView) =>
    t(lang, 'flowAltItem', {
      route: v.route,
      what: v.flow.layer === 'make' ? t(lang, 'flowAltWhat', { label: v.label }) : '',
      quantity: v.quantity.toLowerCase(),
    });
  return {
    id: VEHICLE_FLOWS,
    title: t(lang, 'flowTitle'),
    dek: t(lang, 'flowDek', { count: formatNumber(counted, lang) }),
    svgs: vehicleFlowSvgs(data),
    alt: t(lang, 'flowAlt', {
      flows: views
        .filter((v) => v.flow.layer !== 'co-signer')
        .map(describe)
        .join('; '),
    }),
    legend: flowLegend(views, widthOf, VEHICLE_FLOWS, lang),
    table: flowTable(data, views),
    notes: [t(lang, 'flowNote1'), origins.length ? t(lang, 'flowNote2') : '', t(lang, 'flowNote3')].filter(Boolean),
    sources: [...new Set(views.flatMap((v) => v.flow.sources))],
  };
}
