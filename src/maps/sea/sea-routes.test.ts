import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/data/load';
import { densify, distanceKm } from './geo';
import { NETWORK, loadNetworkLines } from './network';
import { buildGraph, routeSea } from './route';
import { STORED_STEP_KM, routeOffLand, seaRouteRecords, seaRoutesJson } from './sea-routes';
import type { Topology } from 'topojson-specification';
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import { landCrossings, landIndex } from './land';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const file = `${root}data/sea-routes.json`;
const data = loadDataset(`${root}data`);
const computed = seaRouteRecords(buildGraph(loadNetworkLines()), landIndex(land50 as unknown as Topology), data.journeyLegs, data.places);

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

describe('routeOffLand(graph, land, from, to)', () => {
  const graph = buildGraph(loadNetworkLines());
  const land = landIndex(land50 as unknown as Topology);
  const port = (id: string) => {
    const p = data.places.find((q) => q.id === id)!;
    return [p.lon, p.lat] as [number, number];
  };
  // Socotra, at 1:50m: about 53.3–54.6° E, 12.3–12.7° N.
  const overSocotra = ([lon, lat]: number[]) => lon > 53.3 && lon < 54.6 && lat > 12.3 && lat < 12.7;

  it("the network's own shortest lane from Rotterdam to Dalian runs over Socotra", () => {
    const raw = routeSea(graph, port('rotterdam'), port('dalian')).line.coordinates as [number, number][];
    expect(landCrossings(land, raw).filter(({ at }) => overSocotra(at)).length).toBeGreaterThan(0);
  });

  it('leaves that lane segment out and passes south of the island, a few dozen km longer, with no land crossed', () => {
    const raw = routeSea(graph, port('rotterdam'), port('dalian'));
    const { route, leftOut } = routeOffLand(graph, land, port('rotterdam'), port('dalian'));
    const line = route.line.coordinates as [number, number][];
    expect(leftOut).toBeGreaterThan(0);
    expect(landCrossings(land, line)).toEqual([]);
    const nearSocotra = densify(line, 10).filter(([lon]) => lon > 53 && lon < 55);
    expect(nearSocotra.length).toBeGreaterThan(0);
    for (const [, lat] of nearSocotra) expect(lat).toBeLessThan(12.3);
    expect(route.lengthKm - raw.lengthKm).toBeGreaterThan(0);
    expect(route.lengthKm - raw.lengthKm).toBeLessThan(200);
  });

  it('changes nothing on a route that stays at sea', () => {
    const { route, leftOut } = routeOffLand(graph, land, port('busan'), port('nakhodka'));
    expect(leftOut).toBe(0);
    expect(route).toEqual(routeSea(graph, port('busan'), port('nakhodka')));
  });
});
