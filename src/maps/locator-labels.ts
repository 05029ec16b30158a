/**
 * The labels of an entity's locator map: place names (with a leader line, or a number for the
 * caption's key, where they must) and the names of the countries of those places, all placed by
 * ./sea/labels clear of each other, of the place marks and of the drawn legs.
 */
import type { GeoProjection } from 'd3';
import type { Dataset } from '../lib/data';
import { html, raw } from '../lib/html';
import { countryAnchor } from './anchors';
import type { Point } from './curves';
import { countryShapes } from './geography';
import { shortName } from './journey-model';
import { centreOf, layoutMapLabels } from './map-labels';

type Place = Dataset['places'][number];

/** Place names are measured at the larger of their two sizes (14 units, 20 on a phone: entities.css). */
const PLACE_SIZE = 20;
/** Country names, capitals at one size (entities.css .locator__country). */
const COUNTRY_SIZE = 17;
/** ISO 3166 numeric code of North Korea, filled and hatched on every locator. */
export const NORTH_KOREA = '408';

export interface LocatorLabel {
  tx: number;
  ty: number;
  anchor: 'start' | 'end' | 'middle';
  /** The words shown: the place's name, or its number in the caption's key when the name would not fit. */
  text: string;
  /** Set when the label is a number standing for the name. */
  key?: number;
  leader?: [Point, Point];
}

export interface LocatorPoint {
  place: Place;
  x: number;
  y: number;
  label: string;
}

export function projectPlaces(places: Place[], projection: GeoProjection): LocatorPoint[] {
  return places
    .map((p) => ({ place: p, xy: projection([p.lon, p.lat]) }))
    .filter((p): p is { place: Place; xy: [number, number] } => !!p.xy)
    .map(({ place, xy }) => ({ place, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, label: shortName(place) }));
}

export function placeMarks(points: LocatorPoint[], labels: LocatorLabel[], self: string | undefined): string {
  return points
    .map(({ place, x, y }, i) => {
      const { tx, ty, anchor, text, leader } = labels[i];
      const line = leader ? html`<path class="locator__leader" d="M${leader[0][0]},${leader[0][1]}L${leader[1][0]},${leader[1][1]}"/>` : '';
      return html`<g class="locator__place${place.id === self ? ' locator__place--self' : ''}"><circle cx="${x}" cy="${y}" r="${place.id === self ? 5 : 3.5}"/>${raw(line)}<text x="${tx}" y="${ty}" text-anchor="${anchor}">${text}</text></g>`;
    })
    .join('');
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Labels for the places (a leader or a number where they must) and the countries that fit, clear of the legs. */
export function locatorLabels(
  data: Dataset,
  points: LocatorPoint[],
  routes: Point[][],
  projection: GeoProjection,
  [width, height]: [number, number],
): { places: LocatorLabel[]; countries: string } {
  const named = new Set([...points.map((p) => p.place.country), 'north-korea']);
  const visible = data.countries
    .filter((c) => named.has(c.id))
    .filter((c) => countryShapes('110m').some((f) => String(f.id) === c.isoNumeric))
    .map((c) => ({ c, at: projection(countryAnchor(c.isoNumeric)) }))
    .filter(
      (v): v is { c: (typeof data.countries)[number]; at: [number, number] } =>
        !!v.at && v.at[0] > 0 && v.at[0] < width && v.at[1] > 0 && v.at[1] < height,
    );
  const labels = layoutMapLabels({
    bounds: [2, 2, width - 2, height - 2],
    places: points.map((p) => ({ id: p.place.id, at: [p.x, p.y] as Point, text: p.label })),
    countries: visible.map(({ c, at }) => ({ id: c.id, at, name: c.name })),
    routes,
    obstacles: [],
    markRadius: 5,
    placeSize: PLACE_SIZE,
    countrySize: COUNTRY_SIZE,
  });
  let keys = 0;
  const places = points.map((p): LocatorLabel => {
    const l = labels.places.get(p.place.id);
    if (!l) return { tx: p.x, ty: p.y, anchor: 'start', text: '' };
    const key = l.status === 'numbered' ? ++keys : undefined;
    const leader = l.status === 'leader' ? (l.leader.map(([x, y]) => [r1(x), r1(y)]) as [Point, Point]) : undefined;
    return { tx: r1(l.textAt[0]), ty: r1(l.textAt[1]), anchor: 'start', text: l.text, key, leader };
  });
  const countries = visible
    .filter(({ c }) => labels.countries.has(c.id))
    .map(({ c }) => {
      const [x, y] = centreOf(labels.countries.get(c.id)!);
      const role = c.isoNumeric === NORTH_KOREA ? ' locator__country--destination' : '';
      return html`<text class="locator__country${role}" x="${r1(x)}" y="${r1(y)}">${c.name}</text>`;
    });
  return { places, countries: countries.join('') };
}
