/**
 * A small locator map for an entity page: where its places are and which legs of the Maybach
 * journey it takes part in, drawn to SVG at build time. It frames only the entity's own places
 * (countries outside the frame are clipped away, which keeps each page light), draws the legs as
 * the story map does (sea legs on their lanes, air legs on great circles, legs of unknown mode as
 * schematic lines), hatches North Korea, and names the places and the countries it shows, with
 * labels placed clear of each other and of the legs.
 */
import { type GeoProjection, geoConicEqualArea, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Dataset } from '../lib/data';
import type { EntityProfile } from '../lib/entity-pages/profile';
import { escapeHtml, html } from '../lib/html';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { mapText as t } from '../lib/i18n/ui/maps';
import { joinList } from './journey-model';
import { hatchPattern } from './basemap';
import type { Point } from './curves';
import { legLine, type LegShape, legShape, SEA_LANES_SOURCE } from './leg-geometry';
import { locatorLabels, NORTH_KOREA, placeMarks, projectPlaces } from './locator-labels';
import type { LonLat } from './sea/geo';
import { projectLine } from './tracks';
import { sourceHref } from '../markup/credits';

const WIDTH = 640;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;

/** A box [west, south, east, north] around the points, padded and never smaller than a region. */
export function frame(points: [number, number][], minSpan: [number, number] = [16, 9]): [number, number, number, number] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max((east - west) * 0.12, (minSpan[0] - (east - west)) / 2, 0);
  const padLat = Math.max((north - south) * 0.2, (minSpan[1] - (north - south)) / 2, 0);
  [west, east, south, north] = [west - padLon, east + padLon, Math.max(south - padLat, -80), Math.min(north + padLat, 80)];
  return [west, south, east, north];
}

/** A closed ring along the edge of a box, dense enough for fitting to follow curved parallels. */
function outline([west, south, east, north]: [number, number, number, number]): GeoJSON.Feature<GeoJSON.Polygon> {
  const ring: [number, number][] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, south]);
  for (let i = 1; i <= steps; i++) ring.push([east, south + ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, north]);
  for (let i = 1; i < steps; i++) ring.push([west, north - ((north - south) * i) / steps]);
  ring.push(ring[0]);
  // d3-geo reads a clockwise ring as the small area it encloses; the trace above runs anticlockwise.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

type Place = Dataset['places'][number];
type Path = ReturnType<typeof geoPath>;

/** The places an entity's locator map shows, in the profile's order. */
export function locatorPlaces(data: Dataset, profile: EntityProfile): Place[] {
  return profile.mapPlaces.map((id) => data.places.find((p) => p.id === id)!).filter(Boolean);
}

/** A conic projection fitted to the box at the map's width, clipped to it, and the height that fit needs. */
export function fitLocator(box: [number, number, number, number]): { projection: GeoProjection; height: number } {
  const [west, south, east, north] = box;
  const projection = geoConicEqualArea()
    .parallels([south + (north - south) / 4, north - (north - south) / 4])
    .rotate([-(west + east) / 2, 0]);
  projection.fitWidth(WIDTH, outline(box));
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline(box));
  const height = Math.round(Math.min(Math.max(bottom - top, 220), 420));
  projection.fitExtent(
    [
      [4, 4],
      [WIDTH - 4, height - 4],
    ],
    outline(box),
  );
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ]);
  return { projection, height };
}

function landPaths(path: Path, focusCountry: string | undefined, hatchId: string): string {
  const shapes = countries.map((f) => {
    const d = path(f);
    if (!d) return '';
    const id = String(f.id);
    const role = id === NORTH_KOREA ? ' locator__land--destination' : id === focusCountry ? ' locator__land--focus' : '';
    const hatch = id === NORTH_KOREA ? `<path class="locator__hatch" fill="url(#${hatchId})" d="${d}"/>` : '';
    return `<path class="locator__land${role}" d="${d}"/>${hatch}`;
  });
  return shapes.join('');
}

interface DrawnLeg {
  svg: string;
  /** The leg in screen units, for label placement. */
  points: Point[];
  shape: LegShape;
}

/** The legs whose two ends the map shows. */
function shownLegs(data: Dataset, profile: EntityProfile) {
  const shown = new Set(profile.mapPlaces);
  return data.journeyLegs.filter((leg) => shown.has(leg.from) && shown.has(leg.to));
}

function legPaths(data: Dataset, profile: EntityProfile, projection: GeoProjection, path: Path): DrawnLeg[] {
  const own = new Set(profile.legs.map(({ leg }) => leg.id));
  return shownLegs(data, profile).flatMap((leg) => {
    const from = data.places.find((p) => p.id === leg.from)!;
    const to = data.places.find((p) => p.id === leg.to)!;
    // A leg with no known mode is a straight schematic link; the caption says so.
    const coordinates = legLine(data, leg) ?? [
      [from.lon, from.lat],
      [to.lon, to.lat],
    ];
    const d = path({ type: 'LineString', coordinates });
    if (!d) return [];
    const shape = legShape(data, leg);
    const cls = [
      'locator__leg',
      `locator__leg--${leg.mode}`,
      own.has(leg.id) ? 'locator__leg--own' : '',
      leg.evidence === 'documented' ? '' : 'locator__leg--uncertain',
    ];
    const svg = `<path class="${cls.filter(Boolean).join(' ')}" data-leg="${leg.id}" data-mode="${leg.mode}" d="${d}"/>`;
    return [{ svg, points: projectLine(projection, coordinates as LonLat[]), shape }];
  });
}

/** The map's text alternative: which places it shows and whether the entity's legs are drawn. */
export function locatorAlt(places: Place[], profile: EntityProfile, lang: Lang = 'en'): string {
  const names = places.map((p) => p.name).join(t(lang, 'listSep'));
  if (profile.legs.length > 0) return t(lang, 'locAltLegs', { places: names, entity: profile.entity.name });
  return t(lang, places.length === 1 ? 'locAltOne' : 'locAltMany', { places: names });
}

function locatorCaption(data: Dataset, places: Place[], keyed: string[], shapes: Set<LegShape>): string {
  const lang = langOf(data);
  const credit = (id: string) => {
    const source = data.sources.find((s) => s.id === id);
    return source ? html`<a href="${sourceHref(id, lang)}">${source.publisher.split(',')[0]}</a>` : '';
  };
  const positions = joinList(lang, [...new Set(places.map((p) => p.coordinates.source))].map(credit));
  const key = keyed.length ? t(lang, 'locKey', { list: keyed.join('; ') }) : '';
  const legs = shapes.size ? `${legWords(shapes, lang)} ${t(lang, 'locDashed')}` : '';
  const boundaries = t(lang, 'locBoundaries', { credit: credit('natural-earth-world-atlas') || 'Natural Earth' });
  const lanes = shapes.has('sea-lane') ? t(lang, 'locLanes', { credit: credit(SEA_LANES_SOURCE) || 'Eurostat SeaRoute' }) : '';
  return `<figcaption class="locator__caption">${key}${legs}${boundaries}${lanes}${t(lang, 'locPositions', { list: positions })}</figcaption>`;
}

/** What the drawn legs are, in words, by the kinds of line on the map. */
function legWords(shapes: Set<LegShape>, lang: Lang): string {
  return [
    shapes.has('sea-lane') ? t(lang, 'locSea') : '',
    shapes.has('great-circle') ? t(lang, 'locAir') : '',
    shapes.has('schematic') ? t(lang, 'locSchematic') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The drawn map and its numbered-point key, from one layout of the labels. */
function drawLocator(data: Dataset, profile: EntityProfile, places: Place[]): { svg: string; keyed: string[]; shapes: Set<LegShape> } {
  // The frame holds the places and the legs between them, so a sea lane is not cut off.
  const box = frame([
    ...places.map((p): [number, number] => [p.lon, p.lat]),
    ...shownLegs(data, profile).flatMap((leg) => legLine(data, leg) ?? []),
  ]).map((v) => Math.round(v * 100) / 100) as [number, number, number, number];
  // Rounded above, so the box written into the SVG (data-box) rebuilds exactly this projection.
  const { projection, height } = fitLocator(box);
  // Whole pixels: at this size finer coordinates change nothing a reader can see, and cost bytes.
  const path = geoPath(projection).digits(0);
  const focusCountry = profile.entity.kind === 'country' ? data.countries.find((c) => c.id === profile.entity.id)?.isoNumeric : undefined;
  const hatchId = `locator-hatch-${profile.entity.id}`;
  const land = landPaths(path, focusCountry, hatchId);
  // Legs to a hundredth of a unit: a unit is 20 km or more on a wide locator, and a lane that
  // threads a strait (Dalian → Osaka through the Kanmon) passes within the land test's 10 km
  // tolerance only if rounding does not move the drawn line.
  const legs = legPaths(data, profile, projection, geoPath(projection).digits(2));
  const self = profile.entity.kind === 'place' ? profile.entity.id : undefined;
  const points = projectPlaces(places, projection);
  const labels = locatorLabels(
    data,
    points,
    legs.map((l) => l.points),
    projection,
    [WIDTH, height],
  );
  const marks = placeMarks(points, labels.places, self);
  const label = locatorAlt(places, profile, langOf(data));
  const svg = `<svg class="locator__svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}" data-box="${box.join(',')}"><defs>${hatchPattern(hatchId)}</defs><g class="locator__lands">${land}</g><g class="locator__countries" aria-hidden="true">${labels.countries}</g><g class="locator__legs">${legs.map((l) => l.svg).join('')}</g><g class="locator__places">${marks}</g></svg>`;
  const keyed = labels.places.map((l, i) => (l.key ? html`${l.key}: ${points[i].label}` : '')).filter(Boolean);
  return { svg, keyed, shapes: new Set(legs.map((l) => l.shape)) };
}

/** The locator map's SVG alone, empty when the entity has no places. */
export function locatorSvg(data: Dataset, profile: EntityProfile): string {
  const places = locatorPlaces(data, profile);
  return places.length ? drawLocator(data, profile, places).svg : '';
}

/** The locator map of an entity as SVG markup, with a caption; empty when it has no places. */
export function locatorMap(data: Dataset, profile: EntityProfile): string {
  const places = locatorPlaces(data, profile);
  if (places.length === 0) return '';
  const { svg, keyed, shapes } = drawLocator(data, profile, places);
  return svg + locatorCaption(data, places, keyed, shapes);
}
