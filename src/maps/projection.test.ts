import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { inRegion, REGION, regionProjection } from './projection';

describe('regionProjection(rect, region)', () => {
  it('fits the region from Western Europe to Japan inside the rectangle', () => {
    const rect: [number, number, number, number] = [0, 0, 960, 560];
    const project = regionProjection(rect, REGION);
    const corners: [number, number][] = [
      [REGION[0], REGION[1]],
      [REGION[2], REGION[1]],
      [REGION[0], REGION[3]],
      [REGION[2], REGION[3]],
    ];
    for (const corner of corners) {
      const [x, y] = project(corner)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(960);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(560);
    }
  });

  it('keeps every place of the story inside the region, west of east and north of south', () => {
    const data = getDataset();
    for (const place of data.places) expect(inRegion([place.lon, place.lat], REGION), place.id).toBe(true);
    const project = regionProjection([0, 0, 960, 560]);
    const rotterdam = data.places.find((p) => p.id === 'rotterdam')!;
    const osaka = data.places.find((p) => p.id === 'osaka')!;
    expect(project([rotterdam.lon, rotterdam.lat])![0]).toBeLessThan(project([osaka.lon, osaka.lat])![0]);
  });
});
