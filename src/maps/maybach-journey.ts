/**
 * Map 1, the Maybach journey: how did two armoured Maybachs get from Rotterdam to Pyongyang? Reads
 * data/journey-legs.json, places.json and journey-events.json. Each leg is a curve with an arrow,
 * coloured by mode and dashed by evidence; its number badge is shaped by mode too, so neither cue
 * rests on colour alone. Every leg carried the same two cars, so every line has the same width.
 * The five East Asian legs are drawn in an enlarged inset, where they would otherwise overlap.
 */
import type { Dataset } from '../lib/data';
import { formatDateRange } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { mapText as t } from '../lib/i18n/ui/maps';
import type { JourneyLeg } from '../lib/schemas/journey';
import type { Place } from '../lib/schemas/place';
import type { Point } from './curves';
import { legGeometry, type LegGeometry, legShape, SEA_LANES_SOURCE } from './leg-geometry';
import { boxAround, centreOf, labelOffset, layoutMapLabels, panelFrameBoxes } from './map-labels';
import type { Box, PlacedLabel } from './sea/labels';
import { figureIds, type MapFigure } from './figure';
import { journeyLegend, journeyTable, stepCards } from './journey-parts';
import { legViews, placeLines, shortName, type LegView } from './journey-model';
import { journeyNotes, journeyTitle } from './journey-texts';
import { type BadgeShape, countryLabel, flowMark, placeMark } from './marks';
import { type LayoutSpec, mapLayouts, type Panel, panelFor, renderMapSvg } from './panels';
import { type Region, regionOutline } from './projection';
import type { LonLat } from './sea/geo';
import { projectLine } from './tracks';
import { renderSteps } from './steps';

export const MAYBACH_JOURNEY = 'maybach-journey';

/** Western Europe to Japan, reaching south past the Equator for the sea lane through Suez and Malacca. */
const JOURNEY_REGION: Region = [-12, -4, 146, 62];

/** East Asia, enlarged: Dalian to Osaka, Busan to Vladivostok. */
const EAST_ASIA: Region = [118.5, 32.5, 139, 45];

/** The wide and the narrow layout, their inset captioned in `lang`. */
export const journeyLayouts = (lang: Lang): LayoutSpec[] =>
  mapLayouts({
    detail: { region: EAST_ASIA, caption: t(lang, 'eastAsia') },
    wide: { height: 560, region: JOURNEY_REGION, detailRect: [340, 6, 350, 268] },
    narrow: { height: 500, region: JOURNEY_REGION, detailHeight: 290 },
  });

export const JOURNEY_LAYOUTS: LayoutSpec[] = journeyLayouts('en');

/** How far each schematic leg (mode not known) bows (see flowCurve), chosen to clear the coast. */
const BEND: Record<number, number> = { 5: -1.1 };

/** Badges moved off a leg too short to hold one, in SVG units from the leg's midpoint. */
const BADGE_OFFSET: Record<number, [number, number]> = { 5: [20, -14] };

/** Country names drawn on each panel where they fit, at hand-placed points (lon, lat). */
const COUNTRY_LABELS: Record<Panel['name'], [string, [number, number]][]> = {
  overview: [
    ['russia', [80, 56]],
    ['china', [100, 34]],
  ],
  detail: [
    ['china', [119.8, 42.5]],
    ['north-korea', [126.4, 40.6]],
    ['south-korea', [128, 36.6]],
    ['japan', [137.2, 37.4]],
    ['russia', [135, 44.6]],
  ],
};

const badgeShape: Record<JourneyLeg['mode'], BadgeShape> = { sea: 'circle', air: 'square', unknown: 'diamond' };

function legTipLines(view: LegView, lang: Lang): string[] {
  return [
    `${view.mode} · ${view.carrier}`,
    view.dates,
    ...view.otherDates,
    t(lang, 'tipCargo', { cargo: view.cargo }),
    t(lang, 'tipEvidence', { evidence: view.evidence.toLowerCase() }),
    t(lang, 'tipSources', { list: view.publishers.join('; ') }),
  ];
}

const lonLat = (p: { lon: number; lat: number }): [number, number] => [p.lon, p.lat];

/** Everything a leg needs to be drawn: its line, its badge and the points labels must avoid. */
interface DrawnLeg {
  view: LegView;
  geometry: LegGeometry;
  badgeAt: Point;
}

function drawLegs(data: Dataset, legs: LegView[], panel: Panel): DrawnLeg[] {
  return legs.map((view) => {
    const geometry = legGeometry(data, view, panel, { bend: BEND[view.leg.order] ?? 0.2, width: 2.5 });
    const offset = BADGE_OFFSET[view.leg.order] ?? [0, 0];
    return { view, geometry, badgeAt: [geometry.mid[0] + offset[0], geometry.mid[1] + offset[1]] };
  });
}

/** The boxes labels keep off in a panel: badges, the inset and the globe over the overview, the caption. */
function panelObstacles(panel: Panel, legs: DrawnLeg[], layout: LayoutSpec, detail: Panel): Box[] {
  return [...legs.map((l) => boxAround(l.badgeAt, 11)), ...panelFrameBoxes(panel, layout, detail)];
}

type Panels = { overview: Panel; detail: Panel };

/** A leg's line, arrow and numbered badge, with its tooltip. */
function legMark({ view: v, geometry, badgeAt }: DrawnLeg, lang: Lang): string {
  return flowMark({
    id: v.leg.id,
    classes: `flow--${v.leg.mode} flow--${v.leg.evidence}`,
    curve: geometry,
    width: 2.5,
    tip: { title: t(lang, 'legTitle', { order: v.leg.order, route: v.route }), lines: legTipLines(v, lang) },
    badge: {
      text: String(v.leg.order),
      shape: badgeShape[v.leg.mode],
      offset: [badgeAt[0] - geometry.mid[0], badgeAt[1] - geometry.mid[1]],
    },
  });
}

/** A place's mark and placed label in a panel; its tooltip only in the panel that is its home. */
function placeMarkIn(data: Dataset, place: Place, label: PlacedLabel | undefined, panel: Panel, { overview, detail }: Panels): string {
  const at = panel.xy(lonLat(place));
  const home = panelFor([lonLat(place)], overview, detail) === panel;
  return placeMark({
    id: place.id,
    at,
    label: label?.text ?? '',
    kind: place.kind,
    ...(label ? labelOffset(label, at) : { dx: 0, dy: 0, anchor: 'start' as const }),
    leader: label?.status === 'leader' ? label.leader : undefined,
    tip: home ? { title: place.name, lines: placeLines(data, place) } : undefined,
  });
}

function drawPanel(data: Dataset, views: LegView[], roles: Set<string>, layout: LayoutSpec) {
  return (panel: Panel, panels: Panels): string => {
    const { overview, detail } = panels;
    const legs = drawLegs(
      data,
      views.filter((v) => panelFor([lonLat(v.from), lonLat(v.to)], overview, detail) === panel),
      panel,
    );
    // The destination first: it is the place a reader looks for, so it gets the first free spot.
    const inOrder = [...new Set(legs.flatMap((l) => [l.view.from.id, l.view.to.id]))];
    const placeIds = [...inOrder.slice(-1), ...inOrder.slice(0, -1)];
    const places = placeIds.map((id) => data.places.find((p) => p.id === id)!);
    const countries = COUNTRY_LABELS[panel.name]
      .filter(([id]) => roles.has(id))
      .map(([id, at]) => ({ id, at: panel.xy(at), name: data.countries.find((c) => c.id === id)!.name }));
    const [x, y, w, h] = panel.rect;
    const inset =
      panel.name === 'overview' ? [projectLine(panel.projection, regionOutline(detail.region).geometry.coordinates[0] as LonLat[])] : [];
    const labels = layoutMapLabels({
      bounds: [x + 2, y + 2, x + w - 2, y + h - 2],
      places: places.map((p) => ({ id: p.id, at: panel.xy(lonLat(p)), text: shortName(p) })),
      countries,
      routes: [...legs.map((l) => l.geometry.points), ...inset],
      obstacles: panelObstacles(panel, legs, layout, detail),
    });
    const marks = legs.map((l) => legMark(l, langOf(data)));
    const placeMarks = places.map((place) => placeMarkIn(data, place, labels.places.get(place.id), panel, panels));
    const names = countries
      .filter((c) => labels.countries.has(c.id))
      .map((c) => countryLabel(centreOf(labels.countries.get(c.id)!), c.name, c.id === 'north-korea' ? 'destination' : 'story'));
    return `<g class="country-labels">${names.join('')}</g><g class="flows">${marks.join('')}</g><g class="places">${placeMarks.join('')}</g>`;
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
  return journeyLayouts(langOf(data)).map((layout) =>
    renderMapSvg({
      layout,
      idPrefix: MAYBACH_JOURNEY,
      roles: byIso,
      labelledBy: figure.title,
      describedBy: figure.alt,
      drawPanel: drawPanel(data, views, ids, layout),
    }),
  );
}

/** Map 1 as a figure: the map, its step-through control, legend, route table and sources. */
export function maybachJourneyFigure(data: Dataset): MapFigure {
  const lang = langOf(data);
  const views = legViews(data);
  const first = views[0];
  const last = views[views.length - 1];
  const dates = views.flatMap((v) => [v.leg.depart?.date, v.leg.arrive?.date]).filter((d): d is string => Boolean(d));
  const sources = [
    ...new Set([
      ...views.flatMap((v) => v.sources),
      ...views.flatMap((v) => [v.from, v.to].map((p) => p.coordinates.source)),
      ...(views.some((v) => legShape(data, v.leg) === 'sea-lane') ? [SEA_LANES_SOURCE] : []),
    ]),
  ];
  return {
    id: MAYBACH_JOURNEY,
    title: journeyTitle(views, lang),
    dek: t(lang, dates.length ? 'dekDates' : 'dek', {
      count: views.length,
      from: shortName(first.from),
      to: shortName(last.to),
      dates: dates.length ? formatDateRange(dates[0], dates[dates.length - 1], lang) : '',
    }),
    svgs: journeySvgs(data),
    alt: t(lang, 'alt', {
      count: views.length,
      legs: views
        .map((v) =>
          t(lang, 'altLeg', { order: v.leg.order, route: v.route, mode: v.mode.toLowerCase(), evidence: v.evidence.toLowerCase() }),
        )
        .join('; '),
    }),
    legend: journeyLegend(MAYBACH_JOURNEY, lang),
    steps: renderSteps(stepCards(data, views), { how: t(lang, 'stepHow'), prev: t(lang, 'stepPrev'), next: t(lang, 'stepNext') }),
    table: journeyTable(data, views),
    notes: journeyNotes(data, views),
    sources,
  };
}
