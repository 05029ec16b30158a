/**
 * Projections for the story's region, from Western Europe to the Russian Far East and Japan: a
 * conic equal-area projection centred on the region, fitted to its bounding box. The same function
 * fits the enlarged East Asian panels, so areas stay comparable within each panel.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3';

/** A lon/lat box as [west, south, east, north] in degrees. */
export type Region = [number, number, number, number];

/** The region the routes cover. */
export const REGION: Region = [-2, 20, 146, 62];

/** A closed ring tracing the region's edge densely, so fitting follows the curved parallels. */
export function regionOutline([west, south, east, north]: Region = REGION): GeoJSON.Feature<GeoJSON.Polygon> {
  const ring: [number, number][] = [];
  const step = Math.min(2, (east - west) / 8, (north - south) / 8);
  for (let lon = west; lon < east; lon += step) ring.push([lon, south]);
  for (let lat = south; lat < north; lat += step) ring.push([east, lat]);
  for (let lon = east; lon > west; lon -= step) ring.push([lon, north]);
  for (let lat = north; lat > south; lat -= step) ring.push([west, lat]);
  ring.push(ring[0]);
  // d3-geo wants the exterior ring clockwise on the sphere: reverse the counter-clockwise trace.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** A rectangle in SVG user units: [x, y, width, height]. */
export type Rect = [number, number, number, number];

/** The projection that fits `region` into `rect` of the SVG, clipped to that rectangle. */
export function regionProjection(rect: Rect, region: Region = REGION, margin = 8): GeoProjection {
  const [x, y, width, height] = rect;
  const [west, south, east, north] = region;
  const span = north - south;
  return geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [x + margin, y + margin],
        [x + width - margin, y + height - margin],
      ],
      regionOutline(region),
    )
    .clipExtent([
      [x, y],
      [x + width, y + height],
    ]);
}

/** Whether a point lies inside a region. */
export function inRegion([lon, lat]: [number, number], [west, south, east, north]: Region): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
