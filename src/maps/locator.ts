/**
 * The world locator: a small globe turned towards the map's region, with the region outlined, so
 * a reader sees at once which part of the world the map shows.
 */
import { geoOrthographic, geoPath } from 'd3';
import { landShape } from './geography';
import { type Region, regionOutline } from './projection';

/** A globe of radius `r` centred on (cx, cy), outlining `region`. */
export function renderLocator(cx: number, cy: number, r: number, region: Region): string {
  const [west, south, east, north] = region;
  const projection = geoOrthographic()
    .rotate([-(west + east) / 2, -(south + north) / 2 + 10])
    .scale(r)
    .translate([cx, cy]);
  // Whole units are enough at this size; the sphere is a plain circle.
  const path = geoPath(projection).digits(0);
  return `<g class="globe" aria-hidden="true"><circle class="globe__sphere" cx="${cx}" cy="${cy}" r="${r}"/><path class="globe__land" d="${path(landShape())}"/><path class="globe__region" d="${path(regionOutline(region))}"/></g>`;
}
