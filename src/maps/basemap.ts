/**
 * The basemap under every flow map: Natural Earth countries projected for one panel. North Korea
 * is filled and hatched, the other countries of the map's story are darker than the rest, and
 * both carry name labels elsewhere, so colour is never the only cue.
 */
import { geoPath, type GeoProjection } from 'd3';
import { countryShapes, type Resolution } from './geography';

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
}

/** The hatch that marks the destination country without relying on its colour. */
export function hatchPattern(id: string): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5" class="land__hatch-line"/></pattern>`;
}

/** Countries as SVG paths, decorative to assistive technology: labels and marks carry the meaning. */
export function renderCountries({ projection, resolution, keep = 1, digits = 1, roles, hatchId }: BasemapOptions): string {
  const path = geoPath(projection).digits(digits);
  const shapes: string[] = [];
  const overlays: string[] = [];
  for (const country of countryShapes(resolution, keep)) {
    const d = path(country);
    if (!d) continue;
    const role = roles.get(String(country.id));
    shapes.push(`<path class="land${role ? ` land--${role}` : ''}" d="${d}"/>`);
    if (role === 'destination') overlays.push(`<path class="land__hatch" fill="url(#${hatchId})" d="${d}"/>`);
  }
  return `<g class="countries" aria-hidden="true">${shapes.join('')}${overlays.join('')}</g>`;
}
