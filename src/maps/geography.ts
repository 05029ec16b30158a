/**
 * Natural Earth boundaries from world-atlas, through topojson-client: countries at 1:110m,
 * simplified for the wide views, at 1:50m for the enlarged panels, and land for the locator globe.
 * Each variant is computed once per build.
 */
import { geoBounds } from 'd3';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json';
import world50 from 'world-atlas/countries-50m.json';

export type Resolution = '110m' | '50m';

/** The bibliography id of the boundaries, credited under every map. */
export const BOUNDARIES_SOURCE = 'natural-earth-world-atlas';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const topologies: Record<Resolution, CountriesTopology> = {
  '110m': world110 as unknown as CountriesTopology,
  '50m': world50 as unknown as CountriesTopology,
};
const weighted = new Map<Resolution, CountriesTopology>();
const simplified = new Map<string, CountriesTopology>();
const shapes = new Map<string, CountryFeature[]>();

/**
 * The countries topology at a resolution, keeping the share `keep` of points that matter most (1
 * keeps all). Simplification drops the smallest-area points first, so coastlines stay recognisable,
 * and it works on shared arcs, so neighbours keep a common border.
 */
export function countryTopology(resolution: Resolution, keep = 1): CountriesTopology {
  const key = `${resolution}:${keep}`;
  let topology = simplified.get(key);
  if (!topology) {
    topology = topologies[resolution];
    if (keep < 1) {
      // Weighing the points is the slow part, so it is done once per resolution.
      let weights = weighted.get(resolution);
      if (!weights) {
        weights = presimplify(topology) as CountriesTopology;
        weighted.set(resolution, weights);
      }
      // quantile(t, p) is the weight above which the share p of points lies: p is the share kept.
      topology = simplify(weights, quantile(weights, keep)) as CountriesTopology;
    }
    simplified.set(key, topology);
  }
  return topology;
}

/** Country shapes at a resolution (see countryTopology). */
export function countryShapes(resolution: Resolution, keep = 1): CountryFeature[] {
  const key = `${resolution}:${keep}`;
  let found = shapes.get(key);
  if (!found) {
    const topology = countryTopology(resolution, keep);
    found = feature(topology, topology.objects.countries).features as CountryFeature[];
    shapes.set(key, found);
  }
  return found;
}

let bounds: Map<string, [[number, number], [number, number]]> | undefined;

/**
 * Whether a country can show in a lon/lat box widened by `margin` degrees, from its 1:110m bounds.
 * Countries that straddle the antimeridian (Russia, Fiji) are always kept.
 */
export function nearRegion(id: string, [west, south, east, north]: [number, number, number, number], margin = 15): boolean {
  bounds ??= new Map(countryShapes('110m').map((c) => [String(c.id), geoBounds(c)]));
  const box = bounds.get(id);
  if (!box) return true;
  const [[w, s], [e, n]] = box;
  if (w > e) return true;
  return e >= west - margin && w <= east + margin && n >= south - margin && s <= north + margin;
}

let land: Feature<Geometry> | undefined;

/** All land as one shape, coarsely simplified: enough for a locator globe a few dozen pixels wide. */
export function landShape(): Feature<Geometry> {
  if (land) return land;
  const weights = presimplify(topologies['110m']);
  const coarse = simplify(weights, quantile(weights, 0.05)) as CountriesTopology;
  land = feature(coarse, coarse.objects.land) as unknown as Feature<Geometry>;
  return land;
}
