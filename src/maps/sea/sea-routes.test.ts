import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/data/load';
import { distanceKm } from './geo';
import { NETWORK, loadNetworkLines } from './network';
import { buildGraph } from './route';
import { STORED_STEP_KM, seaRouteRecords, seaRoutesJson } from './sea-routes';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const file = `${root}data/sea-routes.json`;
const data = loadDataset(`${root}data`);
const computed = seaRouteRecords(buildGraph(loadNetworkLines()), data.journeyLegs, data.places);

// `npm run sea-routes` sets SEA_ROUTES_WRITE=1 to regenerate the file from the router.
if (process.env.SEA_ROUTES_WRITE === '1') writeFileSync(file, seaRoutesJson(computed));

describe('data/sea-routes.json', () => {
  it('equals, byte for byte, what seaRouteRecords(graph, legs, places) computes (run `npm run sea-routes` after a change)', () => {
    expect(readFileSync(file, 'utf8')).toBe(seaRoutesJson(computed));
  });

  it('holds one record for every sea leg and none for air or unknown legs', () => {
    const sea = data.journeyLegs.filter((l) => l.mode === 'sea').map((l) => l.id);
    expect(data.seaRoutes.map((r) => r.leg)).toEqual(sea);
    expect(sea.length).toBe(4);
  });

  it('starts and ends each line at its ports, with points no more than STORED_STEP_KM (+rounding) apart', () => {
    const places = new Map(data.places.map((p) => [p.id, p]));
    for (const route of data.seaRoutes) {
      const from = places.get(route.from)!;
      const to = places.get(route.to)!;
      expect(distanceKm(route.points[0], [from.lon, from.lat])).toBeLessThan(1);
      expect(distanceKm(route.points.at(-1)!, [to.lon, to.lat])).toBeLessThan(1);
      for (let i = 1; i < route.points.length; i++)
        expect(distanceKm(route.points[i - 1], route.points[i])).toBeLessThan(STORED_STEP_KM + 2);
    }
  });

  it('names the network and its licence, and cites it as a dataset source', () => {
    const source = data.sources.find((s) => s.id === NETWORK.source)!;
    expect(source.kind).toBe('dataset');
    for (const route of data.seaRoutes) {
      expect(route.network).toBe(NETWORK.name);
      expect(route.licence).toBe(NETWORK.licence);
      expect(route.sources).toEqual([NETWORK.source]);
    }
  });
});
