/**
 * A small locator map for an entity page: where its places are and which legs of the Maybach
 * journey it takes part in, drawn to SVG at build time. It frames only the entity's own places
 * (countries outside the frame are clipped away, which keeps each page light), draws the legs as
 * great-circle lines (not the ships' tracks, which no source gives) and names every place it shows.
 */
import { type GeoProjection, geoConicEqualArea, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Dataset } from '../lib/data';
import type { EntityProfile } from '../lib/entity-pages/profile';
import { escapeHtml, html } from '../lib/html';
import { sourceHref } from '../markup/credits';
import { shortName } from './journey-model';

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

/** Rough size of a label in map units at the phone's type size (20 units), the larger of the two sizes. */
const labelWidth = (text: string) => text.length * 11;
const LABEL_HEIGHT = 22;

export interface PlacedLabel {
  tx: number;
  ty: number;
  anchor: 'start' | 'end' | 'middle';
  /** The words shown: the place's name, or its number in the caption's key when the name would not fit. */
  text: string;
  /** Set when the label is a number standing for the name. */
  key?: number;
}

/**
 * Where each place's label goes: right of its point, else left, above or below, taking the first
 * position that stays inside the map and covers no point and no label placed before it. Where no name fits,
 * the point gets a number instead, and the caption says which place it is.
 */
export function placeLabels(points: { x: number; y: number; label: string }[], width: number, height: number): PlacedLabel[] {
  // Every point is an obstacle from the start, so no label covers another place's dot.
  const placed = points.map(({ x, y }) => ({ left: x - 5, right: x + 5, top: y - 5, bottom: y + 5 }));
  let keys = 0;
  const positions = (x: number, y: number, w: number) =>
    [
      { tx: x + 8, ty: y + 6, anchor: 'start' as const, left: x + 8, right: x + 8 + w },
      { tx: x - 8, ty: y + 6, anchor: 'end' as const, left: x - 8 - w, right: x - 8 },
      { tx: x, ty: y - 8, anchor: 'middle' as const, left: x - w / 2, right: x + w / 2 },
      { tx: x, ty: y + 24, anchor: 'middle' as const, left: x - w / 2, right: x + w / 2 },
    ].map((o) => ({ ...o, top: o.ty - LABEL_HEIGHT + 5, bottom: o.ty + 5 }));
  const free = (o: ReturnType<typeof positions>[number]) =>
    o.left >= 0 &&
    o.right <= width &&
    o.top >= 0 &&
    o.bottom <= height &&
    !placed.some((p) => o.left < p.right && o.right > p.left && o.top < p.bottom && o.bottom > p.top);
  return points.map(({ x, y, label }) => {
    const named = positions(x, y, labelWidth(label)).find(free);
    if (named) {
      placed.push(named);
      return { tx: named.tx, ty: named.ty, anchor: named.anchor, text: label };
    }
    const key = ++keys;
    const numbered = positions(x, y, labelWidth(String(key))).find(free) ?? positions(x, y, labelWidth(String(key)))[0];
    placed.push(numbered);
    return { tx: numbered.tx, ty: numbered.ty, anchor: numbered.anchor, text: String(key), key };
  });
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

function landPaths(path: Path, focusCountry: string | undefined): string {
  return countries
    .map((f) => {
      const d = path(f);
      if (!d) return '';
      return `<path class="locator__land${String(f.id) === focusCountry ? ' locator__land--focus' : ''}" d="${d}"/>`;
    })
    .join('');
}

function legPaths(data: Dataset, profile: EntityProfile, path: Path): string {
  const own = new Set(profile.legs.map(({ leg }) => leg.id));
  const shown = new Set(profile.mapPlaces);
  return data.journeyLegs
    .filter((leg) => shown.has(leg.from) && shown.has(leg.to))
    .map((leg) => {
      const from = data.places.find((p) => p.id === leg.from)!;
      const to = data.places.find((p) => p.id === leg.to)!;
      const d = path({
        type: 'LineString',
        coordinates: [
          [from.lon, from.lat],
          [to.lon, to.lat],
        ],
      });
      const cls = [
        'locator__leg',
        own.has(leg.id) ? 'locator__leg--own' : '',
        leg.evidence === 'documented' ? '' : 'locator__leg--uncertain',
      ];
      return d ? `<path class="${cls.filter(Boolean).join(' ')}" d="${d}"/>` : '';
    })
    .join('');
}

interface LocatorPoint {
  place: Place;
  x: number;
  y: number;
  label: string;
}

function projectPlaces(places: Place[], projection: GeoProjection): LocatorPoint[] {
  return places
    .map((p) => ({ place: p, xy: projection([p.lon, p.lat]) }))
    .filter((p): p is { place: Place; xy: [number, number] } => !!p.xy)
    .map(({ place, xy }) => ({ place, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, label: shortName(place) }));
}

function placeMarks(points: LocatorPoint[], labels: PlacedLabel[], self: string | undefined): string {
  return points
    .map(({ place, x, y }, i) => {
      const { tx, ty, anchor, text } = labels[i];
      return html`<g class="locator__place${place.id === self ? ' locator__place--self' : ''}"><circle cx="${x}" cy="${y}" r="${place.id === self ? 5 : 3.5}"/><text x="${tx}" y="${ty}" text-anchor="${anchor}">${text}</text></g>`;
    })
    .join('');
}

/** The map's text alternative: which places it shows and whether the entity's legs are drawn. */
export function locatorAlt(places: Place[], profile: EntityProfile): string {
  const names = places.map((p) => p.name);
  return profile.legs.length > 0
    ? `Map of ${names.join(', ')}, with the legs of the Maybachs’ journey on which ${profile.entity.name} appears drawn as darker lines.`
    : `Map showing where ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'}.`;
}

function locatorCaption(data: Dataset, places: Place[], keyed: string[], hasLegs: boolean): string {
  const credit = (id: string) => {
    const source = data.sources.find((s) => s.id === id);
    return source ? html`<a href="${sourceHref(id)}">${source.publisher.split(',')[0]}</a>` : '';
  };
  const positions = [...new Set(places.map((p) => p.coordinates.source))].map(credit).join(' and ');
  const key = keyed.length ? `Numbered points: ${keyed.join('; ')}. ` : '';
  return `<figcaption class="locator__caption">${key}${
    hasLegs
      ? 'Legs are drawn as straight lines on the globe, not the routes the ships or aircraft took; dashed legs are inferred or disputed. '
      : ''
  }Boundaries: ${credit('natural-earth-world-atlas') || 'Natural Earth'}. Positions: ${positions}.</figcaption>`;
}

/** The drawn map and its numbered-point key, from one layout of the labels. */
function drawLocator(data: Dataset, profile: EntityProfile, places: Place[]): { svg: string; keyed: string[]; hasLegs: boolean } {
  const { projection, height } = fitLocator(frame(places.map((p) => [p.lon, p.lat])));
  // Whole pixels: at this size finer coordinates change nothing a reader can see, and cost bytes.
  const path = geoPath(projection).digits(0);
  const focusCountry = profile.entity.kind === 'country' ? data.countries.find((c) => c.id === profile.entity.id)?.isoNumeric : undefined;
  const land = landPaths(path, focusCountry);
  const legs = legPaths(data, profile, path);
  const self = profile.entity.kind === 'place' ? profile.entity.id : undefined;
  const points = projectPlaces(places, projection);
  const labels = placeLabels(points, WIDTH, height);
  const marks = placeMarks(points, labels, self);
  const label = locatorAlt(places, profile);
  const svg = `<svg class="locator__svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}"><g class="locator__lands">${land}</g><g class="locator__legs">${legs}</g><g class="locator__places">${marks}</g></svg>`;
  const keyed = labels.map((l, i) => (l.key ? html`${l.key}: ${points[i].label}` : '')).filter(Boolean);
  return { svg, keyed, hasLegs: legs !== '' };
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
  const { svg, keyed, hasLegs } = drawLocator(data, profile, places);
  return svg + locatorCaption(data, places, keyed, hasLegs);
}
