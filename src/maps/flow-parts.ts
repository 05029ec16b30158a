/**
 * The parts of the vehicle-flows map around its lines: the legend (width, make group, precision,
 * countries), the route table (one row per flow, grouped by layer) and the box that lists the
 * co-signers in Russia, each with a line drawn to the same width scale as the flows.
 */
import type { Dataset } from '../lib/data';
import { formatNumber } from '../lib/format';
import { escapeHtml, html, raw } from '../lib/html';
import { GROUP_LABELS, type FlowView } from './flow-model';
import { landSample, legendGroup, lineSample } from './legend';
import { tipAttributes } from './marks';
import { routeTable } from './route-table';
import { creditLinks } from '../markup/credits';

/** The width a flow is drawn with: a square-root scale of its vehicles, a hairline without a count. */
export type WidthOf = (vehicles: number | null) => number;

/** The legend: widths, colours, precision and what the map's ends mean. */
export function flowLegend(views: FlowView[], widthOf: WidthOf, idPrefix: string): string {
  const groups = [...new Set(views.filter((v) => v.flow.layer !== 'co-signer').map((v) => v.flow.group))];
  const widths = [10, 100, 500].map((n) => {
    const height = Math.max(16, Math.ceil(widthOf(n)) + 4);
    return {
      sample: `<g class="flow flow--neutral"><path class="flow__line" d="M2,${height / 2}H38" stroke-width="${widthOf(n).toFixed(1)}"/></g>`,
      label: `${formatNumber(n)} vehicles`,
      height,
    };
  });
  const precisions = new Set(views.map((v) => v.flow.precision));
  return [
    legendGroup('Width: vehicles (square-root scale)', widths),
    legendGroup(
      'Colour: make group',
      groups.map((g) => ({ sample: lineSample(`flow--${g}`, 4, false), label: GROUP_LABELS[g] })),
    ),
    legendGroup(
      'How precise',
      [
        precisions.has('count') ? { sample: lineSample('flow--neutral', 3), label: 'A count the sources give, drawn to scale' } : null,
        precisions.has('share') ? { sample: lineSample('flow--neutral flow--share', 3), label: 'Only a share is given' } : null,
        precisions.has('named')
          ? { sample: lineSample('flow--neutral flow--named', 1.5), label: 'Route named, no count: not to scale' }
          : null,
      ].filter((e) => e !== null),
    ),
    legendGroup('Lines join countries', [
      {
        sample: '<g class="place--node"><circle class="place__dot" cx="20" cy="8" r="4.5"/></g>',
        label: 'A country, not a port or crossing',
      },
      { sample: landSample('land land--destination', `${idPrefix}-legend-hatch`), label: 'North Korea (hatched)' },
      { sample: landSample('land land--story'), label: 'Other countries on the routes' },
    ]),
  ].join('');
}

const LAYER_HEADINGS: Record<FlowView['flow']['layer'], string> = {
  origin: 'Where the vehicles first came from',
  make: 'Into North Korea, by make',
  'co-signer': 'Into North Korea, by the firm that co-signed (the same vehicles, counted another way)',
};

/** One row per flow, grouped by layer, saying how precise each one is. */
export function flowTable(data: Dataset, views: FlowView[]): string {
  return routeTable(
    'The routes of the vehicles, with how precise each one is and its sources',
    [
      {
        label: 'Route',
        cell: (v) =>
          html`${v.route}<span class="map__aside">${v.flow.layer === 'origin' ? 'Makes not reported' : v.label}${v.makes.length ? `: ${v.makes.join(', ')}` : ''}</span>`,
      },
      {
        label: 'Vehicles',
        cell: (v) =>
          html`${v.quantity}${raw(v.years ? html`<span class="map__aside">${v.years}</span>` : '')}${raw(v.share ? html`<span class="map__aside">${v.share.value} of ${v.share.of}</span>` : '')}`,
      },
      {
        label: 'How precise',
        cell: (v) =>
          html`<strong>${v.precision}.</strong>${raw(v.flow.method ? html` ${v.flow.method}.` : '')}<span class="map__aside">${v.confidence}</span>`,
      },
      {
        label: 'What the sources say',
        cell: (v) =>
          html`${v.flow.note}${raw(v.via.length ? html`<span class="map__aside">Through ${v.via.join(', ')}, in no known order.</span>` : '')}`,
      },
      { label: 'Sources', cell: (v) => creditLinks(data, v.flow.sources) },
    ],
    views,
    (v) => v.flow.id,
    (v) => LAYER_HEADINGS[v.flow.layer],
  );
}

/** The height of the co-signers box for `rows` co-signers (0 when there are none). */
export function cosignerBoxHeight(rows: number): number {
  return rows === 0 ? 0 : 38 + rows * 26;
}

/** The co-signers box at (x, y): a title, then one focusable line per co-signer, widest first. */
export function cosignerBox(views: FlowView[], widthOf: WidthOf, [x, y]: [number, number], boxWidth: number): string {
  if (views.length === 0) return '';
  const publishers = [...new Set(views.flatMap((v) => v.publishers))];
  const title = 'Co-signers in Russia';
  const subtitle = publishers.length === 1 ? `Counted by ${publishers[0]} only` : `Counted by ${publishers.join(', ')}`;
  const rowHeight = 26;
  const rows = [...views]
    .sort((a, b) => (b.flow.vehicles ?? 0) - (a.flow.vehicles ?? 0))
    .map((v, i) => {
      const cy = y + 48 + i * rowHeight;
      const width = widthOf(v.flow.vehicles);
      const name = v.label.replace(/^Co-signed by /, '');
      const count = v.flow.vehicles === null ? 'no count' : `${formatNumber(v.flow.vehicles)} vehicles`;
      const text = `${name}: ${count}${v.share ? `, ${v.share.value} of ${v.share.noun}` : ''}`;
      const line = `M${x + 8},${cy}H${x + 44}`;
      return `<g class="flow flow--unspecified cosigner" data-flow="${escapeHtml(v.flow.id)}" ${tipAttributes({ title: `${v.label}: ${v.route}`, lines: v.lines })}><path class="flow__hit" d="${line}" stroke-width="${Math.max(width + 8, 16)}"/><path class="flow__line" d="${line}" stroke-width="${width.toFixed(1)}"/><text class="cosigner__label" x="${x + 52}" y="${cy + 4}">${escapeHtml(text)}</text></g>`;
    });
  const height = cosignerBoxHeight(views.length);
  return `<g class="cosigners"><rect class="cosigners__box" x="${x}" y="${y}" width="${boxWidth}" height="${height}" rx="3"/><text class="cosigners__title" x="${x + 8}" y="${y + 16}">${escapeHtml(title)}</text><text class="cosigners__subtitle" x="${x + 8}" y="${y + 30}">${escapeHtml(subtitle)}</text>${rows.join('')}</g>`;
}
