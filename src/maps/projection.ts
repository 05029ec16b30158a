/**
 * The projection for the story's region, from Western Europe to the Russian Far East and Japan:
 * a conic equal-area projection centred on Eurasia, fitted to the region's bounding box.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3';

/** The region the routes cover, as [west, south, east, north] in degrees. */
export const REGION: [number, number, number, number] = [-2, 20, 146, 62];

/** A closed ring tracing the region's edge densely, so fitting follows the curved parallels. */
export function regionOutline([west, south, east, north] = REGION): GeoJSON.Feature<GeoJSON.Polygon> {
  const ring: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 2) ring.push([lon, south]);
  for (let lat = south; lat <= north; lat += 2) ring.push([east, lat]);
  for (let lon = east; lon >= west; lon -= 2) ring.push([lon, north]);
  for (let lat = north; lat >= south; lat -= 2) ring.push([west, lat]);
  ring.push(ring[0]);
  // d3-geo wants the exterior ring clockwise on the sphere: reverse the counter-clockwise trace.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** The fitted projection for a map of the given size in pixels. */
export function regionProjection(width: number, height: number, margin = 8): GeoProjection {
  return geoConicEqualArea()
    .parallels([30, 55])
    .rotate([-72, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      regionOutline(),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
