import { describe, expect, it } from 'vitest';
import places from '../../../data/places.json' with { type: 'json' };
import { type LonLat, densify, distanceKm } from './geo';
import { loadNetworkLines } from './network';
import { buildGraph, routeSea, shortestPath } from './route';

const graph = buildGraph(loadNetworkLines());
const port = (id: string): LonLat => {
  const p = places.find((q) => q.id === id)!;
  return [p.lon, p.lat];
};
/** Whether the line comes within `km` of a position. */
const passes = (line: LonLat[], at: LonLat, km: number) => line.some((p) => distanceKm(p, at) < km);

describe('buildGraph(lines)', () => {
  it('joins the lines of the shipped network into one graph with no isolated vertex', () => {
    expect(graph.nodes.length).toBeGreaterThan(5000);
    expect(graph.edges.every((e) => e.length > 0)).toBe(true);
  });

  it('merges shared vertices and treats longitude 180 and -180 as one meridian', () => {
    const g = buildGraph([
      [
        [170, 0],
        [180, 0],
      ],
      [
        [-180, 0],
        [-170, 0],
      ],
    ]);
    expect(g.nodes.length).toBe(3);
    expect(shortestPath(g, new Map([[0, 0]]), new Map([[2, 0]]))).toEqual([0, 1, 2]);
  });
});

describe('routeSea(graph, from, to)', () => {
  const rd = routeSea(graph, port('rotterdam'), port('dalian'));
  const line = densify(rd.line.coordinates as LonLat[], 25);

  it('takes Rotterdam → Dalian the container-ship way: Channel, Gibraltar, Suez, Indian Ocean, Malacca, South China Sea, Yellow Sea', () => {
    const waypoints: [string, LonLat][] = [
      ['Dover Strait', [1.4, 51.0]],
      ['Strait of Gibraltar', [-5.6, 35.95]],
      ['Suez Canal', [32.35, 30.6]],
      ['Bab-el-Mandeb', [43.4, 12.6]],
      ['south of Sri Lanka', [80.6, 5.8]],
      ['Strait of Malacca', [100.5, 3.0]],
      ['Singapore Strait', [104.0, 1.2]],
      ['South China Sea, off Vietnam', [110.5, 13]],
      ['Yellow Sea', [123.5, 36.5]],
    ];
    const order = waypoints.map(([name, at]) => {
      const i = line.findIndex((p) => distanceKm(p, at) < 150);
      expect(i, name).toBeGreaterThan(-1);
      return i;
    });
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(Math.min(...line.map((p) => p[1]))).toBeLessThan(3);
  });

  it('measures Rotterdam → Dalian at about 11,000 nm, far more than the 8,233 km great circle', () => {
    expect(rd.lengthNm).toBeGreaterThan(10500);
    expect(rd.lengthNm).toBeLessThan(11500);
    expect(rd.lengthKm / rd.lengthNm).toBeCloseTo(1.852, 3);
    expect(distanceKm(port('rotterdam'), port('dalian'))).toBeLessThan(8300);
  });

  it('takes Busan → Nakhodka through the Korea Strait and the Sea of Japan, never north of 43.5°N', () => {
    const bn = routeSea(graph, port('busan'), port('nakhodka')).line.coordinates as LonLat[];
    expect(bn[0]).toEqual(port('busan'));
    expect(bn.at(-1)).toEqual(port('nakhodka'));
    expect(passes(bn, [129.6, 36.5], 120)).toBe(true);
    expect(Math.max(...bn.map((p) => p[1]))).toBeLessThan(43.5);
    expect(Math.min(...bn.map((p) => p[0]))).toBeGreaterThan(128);
  });

  it('is deterministic: the same call gives the same line', () => {
    expect(routeSea(graph, port('osaka'), port('busan'))).toEqual(routeSea(graph, port('osaka'), port('busan')));
  });

  it('throws, naming both positions, when the network does not join them', () => {
    const split = buildGraph([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [50, 50],
        [51, 50],
      ],
    ]);
    expect(() => routeSea(split, [0, 0], [51, 50])).toThrow(/No sea route joins \[0, 0\] and \[51, 50\]/);
  });
});
