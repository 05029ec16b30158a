/**
 * The basemap under every flow map: Natural Earth countries (world-atlas, through topojson-client)
 * projected for the region, North Korea and the countries in the story marked by class (patterned
 * as well as coloured, so colour is never the only cue), and the story's places as labelled points.
 */
import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Dataset } from '../lib/data';
import { escapeHtml } from '../lib/html';
import { regionProjection } from './projection';

export interface BasemapOptions {
  width: number;
  height: number;
  /** Decimal digits kept in path coordinates: fewer digits, smaller pages. */
  digits?: number;
  /** Ids of places (data/places.json) to draw as labelled points. */
  places?: string[];
}

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries);

/** The basemap as SVG markup: country shapes, then places as points with labels. */
export function renderBasemap(data: Dataset, { width, height, digits = 1, places = [] }: BasemapOptions): string {
  const projection = regionProjection(width, height);
  const path = geoPath(projection).digits(digits);
  const inStory = new Map(data.countries.map((c) => [c.isoNumeric, c]));

  const shapes = countries.features
    .map((f) => {
      const d = path(f);
      if (!d) return '';
      const country = inStory.get(String(f.id));
      const cls = country ? (country.roles.some((r) => r.role === 'destination') ? 'land land--destination' : 'land land--story') : 'land';
      const name = country?.name ?? f.properties.name;
      return `<path class="${cls}" d="${d}" data-country="${escapeHtml(String(f.id))}"><title>${escapeHtml(name)}</title></path>`;
    })
    .join('');

  const points = places
    .map((id) => {
      const place = data.places.find((p) => p.id === id);
      if (!place) throw new Error(`renderBasemap: unknown place "${id}"`);
      const xy = projection([place.lon, place.lat]);
      if (!xy) return '';
      const [x, y] = xy.map((n) => Math.round(n * 10) / 10);
      return `<g class="place place--${place.kind}" data-place="${place.id}"><circle cx="${x}" cy="${y}" r="3.5"/><text x="${x + 6}" y="${y - 6}">${escapeHtml(place.name)}</text></g>`;
    })
    .join('');

  return `<svg class="basemap" viewBox="0 0 ${width} ${height}" role="img" aria-label="Map from Western Europe to the Russian Far East and Japan"><defs><pattern id="hatch-destination" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="4" class="hatch"/></pattern></defs><g class="countries">${shapes}</g><g class="places">${points}</g></svg>`;
}
