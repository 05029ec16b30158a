/**
 * Map 1, the Maybach journey: how did two armoured Maybachs get from Rotterdam to Pyongyang? Reads
 * data/journey-legs.json, places.json and journey-events.json. Each leg is a curve with an arrow,
 * coloured by mode and dashed by evidence; its number badge is shaped by mode too, so neither cue
 * rests on colour alone. Every leg carried the same two cars, so every line has the same width.
 * The five East Asian legs are drawn in an enlarged inset, where they would otherwise overlap.
 */
import type { Dataset } from '../lib/data';
import { formatDateRange } from '../lib/format';
import type { JourneyLeg } from '../lib/schemas/journey';
import { flowCurve } from './curves';
import { figureIds, type MapFigure } from './figure';
import { journeyLegend, journeyTable, stepCards } from './journey-parts';
import { legViews, placeLines, shortName, type LegView } from './journey-model';
import { type BadgeShape, countryLabel, flowMark, placeMark } from './marks';
import { type LayoutSpec, type Panel, panelFor, renderMapSvg } from './panels';
import { REGION, type Region } from './projection';
import { renderSteps } from './steps';

export const MAYBACH_JOURNEY = 'maybach-journey';

/** East Asia, enlarged: Dalian to Osaka, Busan to Vladivostok. */
const EAST_ASIA: Region = [118.5, 32.5, 139, 45];

export const JOURNEY_LAYOUTS: LayoutSpec[] = [
  {
    variant: 'wide',
    width: 960,
    height: 560,
    overview: { name: 'overview', rect: [0, 0, 960, 560], region: REGION, resolution: '110m', keep: 0.4 },
    detail: { name: 'detail', rect: [8, 262, 410, 290], region: EAST_ASIA, resolution: '50m', keep: 0.5, caption: 'East Asia, enlarged' },
    locator: { cx: 58, cy: 58, r: 48 },
  },
  {
    variant: 'narrow',
    width: 320,
    height: 500,
    detail: { name: 'detail', rect: [0, 0, 320, 290], region: EAST_ASIA, resolution: '50m', keep: 0.5, caption: 'East Asia, enlarged' },
    overview: { name: 'overview', rect: [0, 298, 320, 202], region: REGION, resolution: '110m', keep: 0.25 },
    locator: { cx: 290, cy: 468, r: 25 },
  },
];

/** How far each leg bows (see flowCurve), chosen so legs clear each other and the coast. */
const BEND: Record<number, number> = { 1: 0.22, 2: -0.45, 3: -0.3, 4: 0.15, 5: -1.1, 6: 0.2 };

/** Badges moved off a leg too short to hold one, in SVG units from the leg's midpoint. */
const BADGE_OFFSET: Record<number, [number, number]> = { 5: [20, -14] };

/** Where each place's label sits relative to its symbol. */
const LABEL: Record<string, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> = {
  rotterdam: { dx: -8, dy: -7, anchor: 'end' },
  dalian: { dx: -6, dy: -9, anchor: 'end' },
  osaka: { dx: 0, dy: 20, anchor: 'middle' },
  busan: { dx: -8, dy: -7, anchor: 'end' },
  nakhodka: { dx: 9, dy: 5, anchor: 'start' },
  'vladivostok-airport': { dx: -9, dy: -4, anchor: 'end' },
  'pyongyang-airport': { dx: 0, dy: 21, anchor: 'middle' },
};

/** Country names drawn on each panel, at hand-placed points (lon, lat). */
const COUNTRY_LABELS: Record<Panel['name'], [string, [number, number]][]> = {
  overview: [
    ['russia', [80, 54]],
    ['china', [100, 34]],
  ],
  detail: [
    ['china', [119.5, 42.5]],
    ['north-korea', [126, 41.7]],
    ['south-korea', [127.6, 36.6]],
    ['japan', [137.2, 37.8]],
    ['russia', [135, 45]],
  ],
};

const badgeShape: Record<JourneyLeg['mode'], BadgeShape> = { sea: 'circle', air: 'square', unknown: 'diamond' };

function legTipLines(view: LegView): string[] {
  return [
    `${view.mode} · ${view.carrier}`,
    view.dates,
    ...view.otherDates,
    `Cargo: ${view.cargo}`,
    `Evidence: ${view.evidence.toLowerCase()}`,
    `Sources: ${view.publishers.join('; ')}`,
  ];
}

function drawPanel(data: Dataset, views: LegView[], roles: Set<string>) {
  const lonLat = (p: { lon: number; lat: number }): [number, number] => [p.lon, p.lat];
  return (panel: Panel, { overview, detail }: { overview: Panel; detail: Panel }): string => {
    const legs = views.filter((v) => panelFor([lonLat(v.from), lonLat(v.to)], overview, detail) === panel);
    const marks = legs.map((v) =>
      flowMark({
        id: v.leg.id,
        classes: `flow--${v.leg.mode} flow--${v.leg.evidence}`,
        curve: flowCurve(panel.xy(lonLat(v.from)), panel.xy(lonLat(v.to)), {
          bend: BEND[v.leg.order] ?? 0.2,
          gapStart: 6,
          gapEnd: 6,
          width: 2.5,
        }),
        width: 2.5,
        tip: { title: `Leg ${v.leg.order}: ${v.route}`, lines: legTipLines(v) },
        badge: { text: String(v.leg.order), shape: badgeShape[v.leg.mode], offset: BADGE_OFFSET[v.leg.order] },
      }),
    );
    const placeIds = [...new Set(legs.flatMap((v) => [v.from.id, v.to.id]))];
    const places = placeIds.map((id) => {
      const place = data.places.find((p) => p.id === id)!;
      const home = panelFor([lonLat(place)], overview, detail) === panel;
      const label = LABEL[id] ?? { dx: 8, dy: -6, anchor: 'start' as const };
      return placeMark({
        id,
        at: panel.xy(lonLat(place)),
        label: shortName(place),
        kind: place.kind,
        ...label,
        tip: home ? { title: place.name, lines: placeLines(data, place) } : undefined,
      });
    });
    const labels = COUNTRY_LABELS[panel.name]
      .filter(([id]) => roles.has(id))
      .map(([id, at]) => {
        const country = data.countries.find((c) => c.id === id)!;
        return countryLabel(panel.xy(at), country.name, id === 'north-korea' ? 'destination' : 'story');
      });
    return `<g class="country-labels">${labels.join('')}</g><g class="flows">${marks.join('')}</g><g class="places">${places.join('')}</g>`;
  };
}

/** The countries the journey touches (by ISO numeric code), North Korea as the destination. */
function landRoles(data: Dataset, views: LegView[]): { byIso: Map<string, 'destination' | 'story'>; ids: Set<string> } {
  const ids = new Set(views.flatMap((v) => [v.from.country, v.to.country]));
  const byIso = new Map<string, 'destination' | 'story'>();
  for (const c of data.countries) {
    if (c.id === 'north-korea') byIso.set(c.isoNumeric, 'destination');
    else if (ids.has(c.id)) byIso.set(c.isoNumeric, 'story');
  }
  ids.add('north-korea');
  return { byIso, ids };
}

/** The SVG layouts of the journey map, wide and narrow. */
export function journeySvgs(data: Dataset): string[] {
  const views = legViews(data);
  const { byIso, ids } = landRoles(data, views);
  const figure = figureIds(MAYBACH_JOURNEY);
  return JOURNEY_LAYOUTS.map((layout) =>
    renderMapSvg({
      layout,
      idPrefix: MAYBACH_JOURNEY,
      roles: byIso,
      labelledBy: figure.title,
      describedBy: figure.alt,
      drawPanel: drawPanel(data, views, ids),
    }),
  );
}

const legList = (orders: number[]) =>
  orders.length === 1 ? `Leg ${orders[0]}` : `Legs ${orders.slice(0, -1).join(', ')} and ${orders[orders.length - 1]}`;

/** A title that says how far the journey is on record, from the legs' evidence. */
function journeyTitle(views: LegView[]): string {
  const run = views.findIndex((v) => v.leg.evidence !== 'documented');
  if (run === -1) return 'The Maybachs’ journey, documented leg by leg';
  if (run === 0) return 'The Maybachs’ journey, as the sources reconstruct it';
  const after = new Set(views.slice(run).map((v) => v.leg.evidence));
  const doubt = after.has('disputed') ? 'disputed' : 'inferred';
  return `The Maybachs’ journey: documented as far as ${views[run - 1].to.name}, ${doubt} beyond`;
}

/** Map 1 as a figure: the map, its step-through control, legend, route table and sources. */
export function maybachJourneyFigure(data: Dataset): MapFigure {
  const views = legViews(data);
  const first = views[0];
  const last = views[views.length - 1];
  const orders = (evidence: JourneyLeg['evidence']) => views.filter((v) => v.leg.evidence === evidence).map((v) => v.leg.order);
  const dates = views.flatMap((v) => [v.leg.depart?.date, v.leg.arrive?.date]).filter((d): d is string => Boolean(d));
  const sources = [
    ...new Set([...views.flatMap((v) => v.sources), ...views.flatMap((v) => [v.from, v.to].map((p) => p.coordinates.source))]),
  ];
  return {
    id: MAYBACH_JOURNEY,
    title: journeyTitle(views),
    dek: `${views.length} legs from ${shortName(first.from)} to ${shortName(last.to)}${dates.length ? `, ${formatDateRange(dates[0], dates[dates.length - 1])}` : ''}`,
    svgs: journeySvgs(data),
    alt: `Map of the route, in ${views.length} legs: ${views.map((v) => `${v.leg.order}. ${v.route}, ${v.mode.toLowerCase()}, ${v.evidence.toLowerCase()}`).join('; ')}. The table below gives each leg’s dates, carrier and sources.`,
    legend: journeyLegend(MAYBACH_JOURNEY),
    steps: renderSteps('leg', stepCards(data, views)),
    table: journeyTable(data, views),
    notes: [
      'Lines join the ports and airports in the order the cars passed them; they do not trace the ships’ or aircraft’s tracks. Every leg carried the same two cars, so every line has the same width.',
      orders('disputed').length
        ? `${legList(orders('disputed'))}: sources contradict each other on whether the cars made this part of the trip.`
        : '',
      orders('inferred').length
        ? `${legList(orders('inferred'))}: no source describes it; it is drawn only to join the legs before and after it.`
        : '',
    ].filter(Boolean),
    sources,
  };
}
