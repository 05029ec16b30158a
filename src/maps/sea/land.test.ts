import { geoConicEqualArea } from 'd3';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import places from '../../../data/places.json' with { type: 'json' };
import seaRoutes from '../../../data/sea-routes.json' with { type: 'json' };
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import { type LonLat, densify } from './geo';
import { COAST_TOLERANCE_KM, PORT_APPROACH_KM, coastDistanceKm, landCrossings, landIndex, onLand, screenLandCrossings } from './land';

const land = landIndex(land50 as unknown as Topology);
const port = (id: string): LonLat => {
  const p = places.find((q) => q.id === id)!;
  return [p.lon, p.lat];
};
const stored = (id: string) => seaRoutes.find((r) => r.id === id)!.points as LonLat[];

describe('onLand(index, at) and coastDistanceKm(index, at, withinKm)', () => {
  it('puts Ulan Bator on land, far from any coast, and the middle of the Sea of Japan at sea', () => {
    expect(onLand(land, [106.9, 47.9])).toBe(true);
    expect(coastDistanceKm(land, [106.9, 47.9], 100)).toBe(Infinity);
    expect(onLand(land, [134, 40])).toBe(false);
  });

  it('measures a point 0.1° of latitude off a straight stretch of coast at about 11 km', () => {
    // Off the Dutch coast near Zandvoort the 1:50m shore runs almost due north.
    const d = coastDistanceKm(land, [4.38, 52.37], 50);
    expect(d).toBeGreaterThan(2);
    expect(d).toBeLessThan(20);
  });
});

describe(`landCrossings(index, path): coastal tolerance ${COAST_TOLERANCE_KM} km, port approach ${PORT_APPROACH_KM} km`, () => {
  it('finds no land on any stored sea route', () => {
    for (const route of seaRoutes) expect(landCrossings(land, route.points as LonLat[]), route.id).toEqual([]);
  });

  it('catches the great-circle arc Rotterdam → Dalian, which runs over Russia and Mongolia for thousands of km', () => {
    const crossings = landCrossings(land, [port('rotterdam'), port('dalian')]);
    expect(crossings.length * 10).toBeGreaterThan(5000);
    expect(crossings.some(({ at }) => at[1] > 50 && at[0] > 60 && at[0] < 100)).toBe(true);
  });

  it('catches the straight line Busan → Nakhodka, which cuts across the south-east corner of Korea', () => {
    const crossings = landCrossings(land, [port('busan'), port('nakhodka')]);
    expect(crossings.length).toBeGreaterThan(0);
    for (const { at, coastKm } of crossings) {
      expect(at[1]).toBeGreaterThan(35.2);
      expect(at[1]).toBeLessThan(36);
      expect(coastKm).toBeGreaterThan(COAST_TOLERANCE_KM);
    }
  });

  it('lets the stored Busan → Nakhodka route through, though it starts inside Busan harbour', () => {
    expect(landCrossings(land, stored('sea-route-busan-nakhodka'))).toEqual([]);
  });

  it('would flag the Rotterdam → Dalian route without the tolerances: they are what lets it pass', () => {
    const strict = landCrossings(land, stored('sea-route-rotterdam-dalian'), { coastKm: 0, portKm: 0, waterways: [] });
    expect(strict.length).toBeGreaterThan(0);
    // The Suez Canal, which 1:50m land does not cut, is the widest of them.
    expect(strict.some(({ at }) => at[0] > 32 && at[0] < 32.7 && at[1] > 30 && at[1] < 31)).toBe(true);
  });

  it('finds a crossing whatever the sampling step, as long as the step is shorter than the land', () => {
    for (const stepKm of [5, 10, 50])
      expect(landCrossings(land, [port('rotterdam'), port('dalian')], { stepKm }).length).toBeGreaterThan(0);
  });
});

describe('screenLandCrossings(index, projection, points)', () => {
  const projection = geoConicEqualArea().parallels([27, 55]).rotate([-72, 0]).fitSize([960, 500], { type: 'Sphere' });
  const toScreen = (line: LonLat[]) => densify(line, 50).map((p) => projection(p) as [number, number]);

  it('inverts a drawn path and agrees with the lon/lat check: the sea route passes, the arc does not', () => {
    expect(screenLandCrossings(land, projection, toScreen(stored('sea-route-rotterdam-dalian')))).toEqual([]);
    expect(screenLandCrossings(land, projection, toScreen([port('rotterdam'), port('dalian')])).length).toBeGreaterThan(0);
  });

  it('refuses a projection that cannot be inverted', () => {
    expect(() => screenLandCrossings(land, {}, [[0, 0]])).toThrow(/cannot be inverted/);
  });
});
