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
import type { Country } from '../lib/schemas/country';
import type { Point } from './curves';
import { figureIds, type MapFigure } from './figure';
import { anchorOf, flowLines, flowWidth, ribbonLabels } from './flow-lines';
import { flowViews, type FlowView } from './flow-model';
import { cosignerBox, cosignerBoxHeight, flowLegend, flowTable, type WidthOf } from './flow-parts';
import { countryLabel, keepInside, placeMark } from './marks';
import { type LayoutSpec, type Panel, panelFor, renderMapSvg } from './panels';
import type { Region } from './projection';

export const VEHICLE_FLOWS = 'vehicle-flows';

/** Western Europe to Japan, reaching south far enough for Thailand. */
const FLOW_REGION: Region = [-2, 8, 146, 62];
/** The same with a margin to the west, for the narrow layout's small overview. */
const FLOW_REGION_NARROW: Region = [-10, 8, 146, 62];
/** The Russian Far East, the Koreas and Japan, enlarged, with room above for the co-signers. */
const FAR_EAST: Region = [116, 32, 148, 58];

export const FLOW_LAYOUTS: LayoutSpec[] = [
  {
    variant: 'wide',
    width: 960,
    height: 600,
    overview: { name: 'overview', rect: [0, 0, 960, 600], region: FLOW_REGION, resolution: '110m', keep: 0.4 },
    detail: { name: 'detail', rect: [8, 240, 460, 352], region: FAR_EAST, resolution: '50m', keep: 0.5, caption: 'The Far East, enlarged' },
    locator: { cx: 58, cy: 58, r: 48 },
  },
  {
    variant: 'narrow',
    width: 320,
    height: 560,
    detail: { name: 'detail', rect: [0, 0, 320, 340], region: FAR_EAST, resolution: '50m', keep: 0.5, caption: 'The Far East, enlarged' },
    overview: { name: 'overview', rect: [0, 348, 320, 212], region: FLOW_REGION_NARROW, resolution: '110m', keep: 0.25 },
    locator: { cx: 290, cy: 530, r: 25 },
  },
];

type LabelPlacement = { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' };

/** Where a country's name sits in the overview when it differs from NODE_LABEL. */
const OVERVIEW_LABEL: Record<string, LabelPlacement> = {
  russia: { dx: 7, dy: 17, anchor: 'start' },
};

/** Where each country's name sits relative to its anchor. */
const NODE_LABEL: Record<string, LabelPlacement> = {
  germany: { dx: 8, dy: 14, anchor: 'start' },
  netherlands: { dx: -8, dy: -4, anchor: 'end' },
  thailand: { dx: 0, dy: 20, anchor: 'middle' },
  japan: { dx: 8, dy: 14, anchor: 'start' },
  russia: { dx: 9, dy: -6, anchor: 'start' },
  'north-korea': { dx: -9, dy: 4, anchor: 'end' },
};

/** Countries named on each panel that are not flow ends, at hand-placed points (lon, lat). */
const COUNTRY_LABELS: Record<Panel['name'], [string, [number, number]][]> = {
  overview: [['china', [100, 33]]],
  detail: [
    ['china', [120.5, 43.5]],
    ['south-korea', [128, 35.6]],
  ],
};

function nodeLines(country: Country, views: FlowView[]): string[] {
  const cosigned = views.some((v) => v.flow.layer === 'co-signer' && v.from.id === country.id);
  const roles = ['vehicle-origin', 'transit', 'destination', ...(cosigned ? ['facilitator-base'] : [])];
  const lines = country.roles.filter((r) => roles.includes(r.role)).map((r) => r.detail);
  const flowsIn = views.filter((v) => v.to.id === country.id && v.flow.layer === 'make' && v.flow.vehicles !== null);
  if (flowsIn.length) {
    const sum = flowsIn.reduce((s, v) => s + (v.flow.vehicles ?? 0), 0);
    lines.push(`Counted arriving, by make: ${formatValue(sum, 'count', { noun: 'vehicles' })}`);
  }
  return lines;
}

function drawPanel(data: Dataset, views: FlowView[], widthOf: WidthOf, storyIds: Set<string>) {
  return (panel: Panel, { overview, detail }: { overview: Panel; detail: Panel }): string => {
    const here = views.filter(
      (v) => v.flow.layer !== 'co-signer' && panelFor([anchorOf(v.from), anchorOf(v.to)], overview, detail) === panel,
    );
    const nodes = [...new Map(here.flatMap((v) => [v.from, v.to]).map((c) => [c.id, c])).values()].map((country) => {
      const at = anchorOf(country);
      const home = panelFor([at], overview, detail) === panel;
      const label = (panel.name === 'overview' ? OVERVIEW_LABEL[country.id] : undefined) ??
        NODE_LABEL[country.id] ?? { dx: 8, dy: -6, anchor: 'start' as const };
      // The overview names Russia shortly; the inset, where its flows are counted, says which part.
      const name = country.id === 'russia' && panel.name === 'detail' ? `${country.name} (Far East)` : country.name;
      const [x] = panel.rect;
      return placeMark(
        keepInside(
          {
            id: country.id,
            at: panel.xy(at),
            label: name,
            kind: 'node',
            ...label,
            classes: country.id === 'north-korea' ? 'place--destination' : '',
            tip: home ? { title: name, lines: nodeLines(country, views) } : undefined,
          },
          x + 2,
          x + panel.rect[2] - 2,
        ),
      );
    });
    const labels = COUNTRY_LABELS[panel.name]
      .filter(([id]) => storyIds.has(id))
      .map(([id, at]) => countryLabel(panel.xy(at), data.countries.find((c) => c.id === id)!.name, 'story'));
    const cosigners = views.filter((v) => v.flow.layer === 'co-signer' && panelFor([anchorOf(v.from)], overview, detail) === panel);
    const [x, y, w] = panel.rect;
    const boxWidth = Math.min(270, w - 16);
    const box = cosignerBox(cosigners, widthOf, [x + 8, y + 8], boxWidth);
    const leader = cosigners.length ? leaderLine(panel.xy(anchorOf(cosigners[0].from)), [x + 8 + boxWidth, y + 30]) : '';
    const stack = ribbonLabels(here, panel, widthOf, [x + 10, y + 8 + cosignerBoxHeight(cosigners.length) + 18]);
    return `<g class="country-labels">${labels.join('')}</g>${leader}<g class="flows">${flowLines(here, panel, widthOf)}</g>${stack}<g class="places">${nodes.join('')}</g>${box}`;
  };
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
  return FLOW_LAYOUTS.map((layout) =>
    renderMapSvg({
      layout,
      idPrefix: VEHICLE_FLOWS,
      roles: byIso,
      labelledBy: figure.title,
      describedBy: figure.alt,
      drawPanel: drawPanel(data, views, widthOf, ids),
    }),
  );
}

/** Map 2 as a figure: the map, its legend, the route table with each flow's precision, and sources. */
export function vehicleFlowsFigure(data: Dataset): MapFigure {
  const views = flowViews(data);
  const widthOf = flowWidth(data);
  const origins = views.filter((v) => v.flow.layer === 'origin');
  const makes = views.filter((v) => v.flow.layer === 'make');
  const counted = makes.reduce((s, v) => s + (v.flow.vehicles ?? 0), 0);
  const describe = (v: FlowView) => `${v.route}${v.flow.layer === 'make' ? ` (${v.label})` : ''}: ${v.quantity.toLowerCase()}`;
  return {
    id: VEHICLE_FLOWS,
    title: 'The vehicles came from Europe and Asia by way of China, Japan and South Korea; most entered North Korea through Russian firms',
    dek: `Routes of the ${formatNumber(counted)} vehicles counted into North Korea, country to country, as far as the sources describe them`,
    svgs: vehicleFlowSvgs(data),
    alt: `Map of vehicle routes. ${views
      .filter((v) => v.flow.layer !== 'co-signer')
      .map(describe)
      .join('; ')}. The table below gives every route, its precision and its sources.`,
    legend: flowLegend(views, widthOf, VEHICLE_FLOWS),
    table: flowTable(data, views),
    notes: [
      'Lines join countries. No source names a port, a rail or road crossing, or a date for these vehicles, so none is drawn.',
      origins.length
        ? 'No source counts the vehicles by the country they came from: those routes are drawn thin and dashed, not to scale.'
        : '',
      'The co-signers’ counts come from one source and may overlap each other and the makes; they are listed beside the map, not drawn as extra vehicles.',
    ].filter(Boolean),
    sources: [...new Set(views.flatMap((v) => v.flow.sources))],
  };
}
