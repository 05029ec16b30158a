/**
 * Natural Earth boundaries from world-atlas, through topojson-client: countries at 1:110m,
 * simplified for the wide views, at 1:50m for the enlarged panels, and land for the locator globe.
 * Each variant is computed once per build.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json';
import world50 from 'world-atlas/countries-50m.json';

export type Resolution = '110m' | '50m';

/** The bibliography id of the boundaries, credited under every map. */
export const BOUNDARIES_SOURCE = 'natural-earth-world-atlas';

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const topologies: Record<Resolution, CountriesTopology> = {
  '110m': world110 as unknown as CountriesTopology,
  '50m': world50 as unknown as CountriesTopology,
};
const cache = new Map<string, CountryFeature[]>();

/**
 * Country shapes at a resolution, keeping the share `keep` of points that matter most (1 keeps
 * all). Simplification drops the smallest-area points first, so coastlines stay recognisable.
 */
export function countryShapes(resolution: Resolution, keep = 1): CountryFeature[] {
  const key = `${resolution}:${keep}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let topology = topologies[resolution];
  if (keep < 1) {
    // presimplify mutates its input, so give it a copy of the shared topology.
    const weighted = presimplify(structuredClone(topology));
    topology = simplify(weighted, quantile(weighted, 1 - keep)) as CountriesTopology;
  }
  const shapes = feature(topology, topology.objects.countries).features as CountryFeature[];
  cache.set(key, shapes);
  return shapes;
}

let land: Feature<Geometry> | undefined;

/** All land as one shape, coarsely simplified: enough for a locator globe a few dozen pixels wide. */
export function landShape(): Feature<Geometry> {
  if (land) return land;
  const weighted = presimplify(structuredClone(topologies['110m']));
  const coarse = simplify(weighted, quantile(weighted, 0.85)) as CountriesTopology;
  land = feature(coarse, coarse.objects.land) as unknown as Feature<Geometry>;
  return land;
}
