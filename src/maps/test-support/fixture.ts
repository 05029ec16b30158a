/**
 * A small dataset for map tests and snapshots, built in memory: the shared test fixture (three
 * ports, two sea legs, a few flows) with its sea lanes routed over the real network, so that a
 * snapshot shows lanes without depending on data/sea-routes.json or any other live record.
 */
import type { Dataset } from '../../lib/data';
import { fixtureDataset } from '../../lib/data/test-support/dataset';
import { NETWORK, loadNetworkLines } from '../sea/network';
import { buildGraph } from '../sea/route';
import { seaRouteRecords } from '../sea/sea-routes';
import type { Topology } from 'topojson-specification';
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import { landIndex } from '../sea/land';

let cached: Dataset | undefined;

/** The fixture dataset with a sea lane for each of its sea legs. */
export function mapFixture(): Dataset {
  if (cached) return cached;
  const base = fixtureDataset();
  const network = {
    id: NETWORK.source,
    publisher: 'Eurostat (test fixture)',
    title: 'SeaRoute maritime network',
    titleSupplied: false,
    url: 'https://example.org/searoute',
    published: null,
    language: 'en',
    kind: 'dataset',
    licence: NETWORK.licence,
  } as unknown as Dataset['sources'][number];
  cached = {
    ...base,
    sources: [...base.sources, network],
    seaRoutes: seaRouteRecords(buildGraph(loadNetworkLines()), landIndex(land50 as unknown as Topology), base.journeyLegs, base.places),
  };
  return cached;
}
