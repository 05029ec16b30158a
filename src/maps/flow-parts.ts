/**
 * The parts of the vehicle-flows map around its lines: the legend (width, make group, precision,
 * countries), the route table (one row per flow, grouped by layer) and the box that lists the
 * co-signers in Russia, each with a line drawn to the same width scale as the flows.
 */
import type { Dataset } from '../lib/data';
import { formatNumber } from '../lib/format';
import { escapeHtml, html, raw } from '../lib/html';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { t } from './flow-words';
import { groupLabel, type FlowView } from './flow-model';
import { landSample, legendGroup, lineSample } from './legend';
import { tipAttributes } from './marks';
import { routeTable } from './route-table';
import { textWidth } from './sea/text-width';
import { creditLinks } from '../markup/credits';

/** The width a flow is drawn with: a square-root scale of its vehicles, a hairline without a count. */
export type WidthOf = (vehicles: number | null) => number;

/** The legend: widths, colours, precision and what the map's ends mean. */
export function flowLegend(views: FlowView[], widthOf: WidthOf, idPrefix: string, lang: Lang = 'en'): string {
  const groups = [...new Set(views.filter((v) => v.flow.layer !== 'co-signer').map((v) => v.flow.group))];
  const widths = [10, 100, 500].map((n) => {
    const height = Math.max(16, Math.ceil(widthOf(n)) + 4);
    return {
      sample: `<g class="flow flow--neutral"><path class="flow__line" d="M2,${height / 2}H38" stroke-width="${widthOf(n).toFixed(1)}"/></g>`,
      label: t(lang, 'vehicles', { count: formatNumber(n, lang) }),
      height,
    };
  });
  const precisions = new Set(views.map((v) => v.flow.precision));
  return [
    legendGroup(t(lang, 'lgWidth'), widths),
    legendGroup(
      t(lang, 'lgColour'),
      groups.map((g) => ({ sample: lineSample(`flow--${g}`, 4, false), label: groupLabel(lang, g) })),
    ),
    legendGroup(
      t(lang, 'lgPrecise'),
      [
        precisions.has('count') ? { sample: lineSample('flow--neutral', 3), label: t(lang, 'lgCount') } : null,
        precisions.has('share') ? { sample: lineSample('flow--neutral flow--share', 3), label: t(lang, 'lgShare') } : null,
        precisions.has('named') ? { sample: lineSample('flow--neutral flow--named', 1.5), label: t(lang, 'lgNamed') } : null,
      ].filter((e) => e !== null),
    ),
    legendGroup(t(lang, 'lgJoin'), [
      {
        sample: '<g class="place--node"><circle class="place__dot" cx="20" cy="8" r="4.5"/></g>',
        label: t(lang, 'lgCountry'),
      },
      { sample: landSample('land land--destination', `${idPrefix}-legend-hatch`), label: t(lang, 'lgNorthKorea') },
      { sample: landSample('land land--story'), label: t(lang, 'lgOthersRoutes') },
    ]),
  ].join('');
}

const LAYER_HEADINGS = { origin: 'layerOrigin', make: 'layerMake', 'co-signer': 'layerCosigner' } as const;

/** One row per flow, grouped by layer, saying how precise each one is. */
export function flowTable(data: Dataset, views: FlowView[]): string {
  const lang = langOf(data);
  const sep = t(lang, 'listSep');
  return routeTable(
    t(lang, 'ftCaption'),
    [
      {
        label: t(lang, 'colRoute'),
        cell: (v) =>
          html`${v.route}<span class="map__aside">${v.flow.layer === 'origin' ? t(lang, 'unspecified') : v.label}${v.makes.length ? `: ${v.makes.join(sep)}` : ''}</span>`,
      },
      {
        label: t(lang, 'colVehicles'),
        cell: (v) =>
          html`${v.quantity}${raw(v.years ? html`<span class="map__aside">${v.years}</span>` : '')}${raw(v.share ? html`<span class="map__aside">${t(lang, 'valueOf', { value: v.share.value, of: v.share.of })}</span>` : '')}`,
      },
      {
        label: t(lang, 'lgPrecise'),
        cell: (v) =>
          html`<strong>${v.precision}.</strong>${raw(v.flow.method ? html` ${v.flow.method}.` : '')}<span class="map__aside">${v.confidence}</span>`,
      },
      {
        label: t(lang, 'colSays'),
        cell: (v) =>
          html`${v.flow.note}${raw(v.via.length ? html`<span class="map__aside">${t(lang, 'viaRow', { list: v.via.join(sep) })}</span>` : '')}`,
      },
      { label: t(lang, 'colSources'), cell: (v) => creditLinks(data, v.flow.sources) },
    ],
    views,
    (v) => v.flow.id,
    (v) => t(lang, LAYER_HEADINGS[v.flow.layer]),
  );
}

/** The longest co-signer swatch, for the largest count; the others are shorter in proportion. */
const SWATCH_MAX = 64;
/** Row text is 11.5 px Inter (maps.css .cosigner__label); a wrapped row takes a second line. */
const ROW_SIZE = 11.5;
const ROW_HEIGHT = 26;
const LINE_HEIGHT = 14;

interface CosignerRow {
  view: FlowView;
  /** One line, or two when one does not fit the box. */
  lines: string[];
  length: number;
}

/** The texts of the box: its title and the line saying who counted. */
function cosignerTitles(views: FlowView[], lang: Lang): [string, string] {
  const publishers = [...new Set(views.flatMap((v) => v.publishers))];
  return [t(lang, 'csTitle'), t(lang, publishers.length === 1 ? 'csBy' : 'csByMany', { list: publishers.join(t(lang, 'listSep')) })];
}

/** The box's rows, widest first; a row too long for `maxWidth` breaks before its share. */
function cosignerRows(views: FlowView[], maxWidth: number, lang: Lang): CosignerRow[] {
  const max = Math.max(1, ...views.map((v) => v.flow.vehicles ?? 0));
  return [...views]
    .sort((a, b) => (b.flow.vehicles ?? 0) - (a.flow.vehicles ?? 0))
    .map((view) => {
      const name = view.facilitators.join(t(lang, 'joinAnd'));
      const vehicles = view.flow.vehicles;
      const count = vehicles === null ? t(lang, 'csNoCount') : t(lang, 'vehicles', { count: formatNumber(vehicles, lang) });
      const share = view.share ? t(lang, 'csShare', { value: view.share.value, noun: view.share.noun }) : '';
      const head = t(lang, 'csRow', { name, count });
      const one = `${head}${share ? `, ${share}` : ''}`;
      const fits = 24 + SWATCH_MAX + textWidth(one, ROW_SIZE) <= maxWidth;
      const lines = fits || !share ? [one] : [`${head},`, share];
      const length = view.flow.vehicles === null ? 8 : Math.max(2, Math.round((SWATCH_MAX * view.flow.vehicles) / max));
      return { view, lines, length };
    });
}

/** The size of the co-signers box, measured from its texts (maps.css: title 11.5 px semibold, subtitle 11 px). */
export function cosignerBoxSize(views: FlowView[], maxWidth: number, lang: Lang = 'en'): { width: number; height: number } {
  if (views.length === 0) return { width: 0, height: 0 };
  const [title, subtitle] = cosignerTitles(views, lang);
  const rows = cosignerRows(views, maxWidth, lang);
  const texts = rows.flatMap((r) => r.lines.map((l) => 24 + SWATCH_MAX + textWidth(l, ROW_SIZE)));
  const width = Math.ceil(Math.max(textWidth(title, 11.5, 600) + 16, textWidth(subtitle, 11) + 16, ...texts));
  const height = 38 + rows.reduce((h, r) => h + ROW_HEIGHT + (r.lines.length - 1) * LINE_HEIGHT, 0);
  return { width, height };
}

/**
 * The co-signers box at (x, y), no wider than `maxWidth`: a title, then one focusable line per
 * co-signer, widest first, each swatch as long as its count is large and as wide as a flow of it.
 */
export function cosignerBox(views: FlowView[], widthOf: WidthOf, [x, y]: [number, number], maxWidth: number, lang: Lang = 'en'): string {
  if (views.length === 0) return '';
  const [title, subtitle] = cosignerTitles(views, lang);
  let cy = y + 48;
  const rows = cosignerRows(views, maxWidth, lang).map(({ view: v, lines, length }) => {
    const width = widthOf(v.flow.vehicles);
    const line = `M${x + 8},${cy}H${x + 8 + length}`;
    const tx = x + 16 + SWATCH_MAX;
    const text = lines.map((l, i) => `<tspan x="${tx}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${escapeHtml(l)}</tspan>`).join('');
    const row = `<g class="flow flow--unspecified cosigner" data-flow="${escapeHtml(v.flow.id)}" ${tipAttributes({ title: `${v.label}: ${v.route}`, lines: v.lines })}><path class="flow__hit" d="${line}" stroke-width="${Math.max(width + 8, 16)}"/><path class="flow__line" d="${line}" stroke-width="${width.toFixed(1)}"/><text class="cosigner__label" x="${tx}" y="${cy + 4}">${text}</text></g>`;
    cy += ROW_HEIGHT + (lines.length - 1) * LINE_HEIGHT;
    return row;
  });
  const { width, height } = cosignerBoxSize(views, maxWidth, lang);
  return `<g class="cosigners"><rect class="cosigners__box" x="${x}" y="${y}" width="${width}" height="${height}" rx="3"/><text class="cosigners__title" x="${x + 8}" y="${y + 16}">${escapeHtml(title)}</text><text class="cosigners__subtitle" x="${x + 8}" y="${y + 30}">${escapeHtml(subtitle)}</text>${rows.join('')}</g>`;
}
