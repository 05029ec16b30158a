/**
 * The basemap under every flow map: Natural Earth countries projected for one panel. North Korea
 * is filled and hatched, the other countries of the map's story are darker than the rest, and
 * both carry name labels elsewhere, so colour is never the only cue.
 */
import { geoPath, type GeoProjection } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import { countryTopology, nearRegion, type Resolution } from './geography';
import type { Region } from './projection';

export type LandRole = 'destination' | 'story';

export interface BasemapOptions {
  projection: GeoProjection;
  resolution: Resolution;
  /** Share of boundary points kept (1 keeps all); fewer points, smaller pages. */
  keep?: number;
  /** Decimal digits kept in path coordinates. */
  digits?: number;
  /** Countries to mark, by ISO 3166 numeric code as world-atlas keys them. */
  roles: Map<string, LandRole>;
  /** Id of the hatch pattern (see hatchPattern) drawn over the destination. */
  hatchId: string;
  /** The panel's lon/lat box: countries far outside it are not drawn at all. */
  region: Region;
}

/** The hatch that marks the destination country without relying on its colour. */
export function hatchPattern(id: string): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5" class="land__hatch-line"/></pattern>`;
}

/**
 * Countries as SVG paths, decorative to assistive technology: labels and marks carry the meaning.
 * To keep pages small, the countries outside the story are merged into one shape and every border
 * is drawn once, as a single mesh, rather than twice as the edge of two neighbours.
 */
export function renderCountries({ projection, resolution, keep = 1, digits = 1, roles, hatchId, region }: BasemapOptions): string {
  const path = geoPath(projection).digits(digits);
  const topology = countryTopology(resolution, keep);
  const geometries = topology.objects.countries.geometries.filter((g) => nearRegion(String(g.id), region));
  const near = new Set<unknown>(geometries);
  // Country geometries in world-atlas are polygons and multipolygons, which is what merge takes.
  const plain = geometries.filter((g) => !roles.has(String(g.id))) as unknown as Parameters<typeof merge>[1];
  const shapes = [`<path class="land" d="${path(merge(topology, plain)) ?? ''}"/>`];
  const overlays: string[] = [];
  for (const geometry of geometries) {
    const role = roles.get(String(geometry.id));
    if (!role) continue;
    const d = path(feature(topology, geometry));
    if (!d) continue;
    shapes.push(`<path class="land land--${role}" d="${d}"/>`);
    if (role === 'destination') overlays.push(`<path class="land__hatch" fill="url(#${hatchId})" d="${d}"/>`);
  }
  const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b && near.has(a) && near.has(b))) ?? '';
  return `<g class="countries" aria-hidden="true">${shapes.join('')}${overlays.join('')}<path class="land__borders" d="${borders}"/></g>`;
}
