import { geoConicEqualArea, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import places from '../../../data/places.json' with { type: 'json' };
import seaRoutes from '../../../data/sea-routes.json' with { type: 'json' };
import {
  type Box,
  type LabelInput,
  type Mark,
  type Placement,
  type Point,
  boxesOverlap,
  placeLabels,
  segmentHitsBox,
  segmentsCross,
} from './labels';
import { textWidth } from './text-width';

/** A small seeded generator (mulberry32), so every run tests the same "random" maps. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const markBox = (m: Mark): Box => ({ x: m.at[0] - m.radius, y: m.at[1] - m.radius, width: 2 * m.radius, height: 2 * m.radius });

/** Every guarantee placeLabels makes, asserted on one result. */
function expectClean(result: Placement, labels: LabelInput[], marks: Mark[], routes: Point[][], bounds: [number, number, number, number]) {
  const [left, top, right, bottom] = bounds;
  const ids = [...result.labels.map((l) => l.id), ...result.omitted].sort();
  expect(ids).toEqual(labels.map((l) => l.id).sort());
  const boxes = result.labels.map((l) => l.box);
  boxes.forEach((a, i) => {
    expect(a.x >= left && a.y >= top && a.x + a.width <= right + 1e-9 && a.y + a.height <= bottom + 1e-9).toBe(true);
    boxes.forEach((b, j) => {
      if (i < j) expect(boxesOverlap(a, b, 4 - 1e-9), `${result.labels[i].id} / ${result.labels[j].id}`).toBe(false);
    });
    for (const m of marks) expect(boxesOverlap(a, markBox(m)), `${result.labels[i].id} over a mark`).toBe(false);
    for (const line of routes) for (let k = 1; k < line.length; k++) expect(segmentHitsBox(line[k - 1], line[k], a)).toBe(false);
  });
  for (const l of result.labels) {
    if (l.status === 'leader') for (const b of boxes) if (b !== l.box) expect(segmentHitsBox(l.leader[0], l.leader[1], b)).toBe(false);
  }
  const leaders = result.labels.flatMap((l) => (l.status === 'leader' ? [l] : []));
  leaders.forEach((a, i) =>
    leaders.slice(i + 1).forEach((b) => expect(segmentsCross(...a.leader, ...b.leader), `${a.id} / ${b.id}: leaders cross`).toBe(false)),
  );
  const numbers = result.labels.flatMap((l) => (l.status === 'numbered' ? [l.number] : []));
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
}

describe('textWidth(text, size, weight)', () => {
  it('measures Inter: "Osaka" at 12.5 px is about 37 px, wider in semibold, and "W" is wider than "i"', () => {
    expect(textWidth('Osaka', 12.5)).toBeCloseTo(37.1, 1);
    expect(textWidth('Osaka', 12.5, 600)).toBeGreaterThan(textWidth('Osaka', 12.5));
    expect(textWidth('W')).toBeGreaterThan(3 * textWidth('i'));
    expect(textWidth('')).toBe(0);
  });
});

describe('segmentHitsBox(p, q, box)', () => {
  const box = { x: 10, y: 10, width: 10, height: 10 };
  it('sees a segment crossing the box, one ending inside it, and misses one passing by', () => {
    expect(segmentHitsBox([0, 15], [30, 15], box)).toBe(true);
    expect(segmentHitsBox([0, 0], [12, 12], box)).toBe(true);
    expect(segmentHitsBox([0, 0], [30, 5], box)).toBe(false);
    expect(segmentHitsBox([0, 25], [25, 30], box)).toBe(false);
  });
});

describe('placeLabels(labels, options)', () => {
  it('puts a lone label to the right of its point, baseline inside its box', () => {
    const { labels } = placeLabels([{ id: 'a', at: [50, 50], text: 'Busan' }], {
      bounds: [0, 0, 200, 100],
      marks: [{ at: [50, 50], radius: 4 }],
    });
    expect(labels[0]).toMatchObject({ status: 'placed', anchor: 'start', text: 'Busan' });
    expect(labels[0].box.x).toBeGreaterThan(54);
    expect(labels[0].textAt[1]).toBeGreaterThan(labels[0].box.y);
    expect(labels[0].textAt[1]).toBeLessThan(labels[0].box.y + labels[0].box.height);
  });

  it('moves a label off a route that runs through its first choice', () => {
    const route: Point[] = [
      [40, 50],
      [200, 50],
    ];
    const { labels } = placeLabels([{ id: 'a', at: [50, 50], text: 'Dalian' }], {
      bounds: [0, 0, 200, 100],
      marks: [{ at: [50, 50], radius: 4 }],
      routes: [route],
    });
    expect(labels[0].status).toBe('placed');
    expect(segmentHitsBox(route[0], route[1], labels[0].box)).toBe(false);
  });

  it('uses a leader line when all eight places around the point are taken', () => {
    // A route circling the point 14 units away blocks every position beside it; leaders may cross routes.
    const circle: Point[] = Array.from({ length: 33 }, (_, i) => [
      100 + 14 * Math.cos((i * Math.PI) / 16),
      60 + 14 * Math.sin((i * Math.PI) / 16),
    ]);
    const marks = [{ at: [100, 60] as Point, radius: 4 }];
    const labels = [{ id: 'a', at: [100, 60] as Point, text: 'Osaka' }];
    const result = placeLabels(labels, { bounds: [0, 0, 300, 150], marks, routes: [circle] });
    expect(result.labels[0].status).toBe('leader');
    expectClean(result, labels, marks, [circle], [0, 0, 300, 150]);
  });

  it('numbers a label with no room for its text, and reports one with no room at all', () => {
    const labels: LabelInput[] = [
      { id: 'a', at: [10, 10], text: 'A very long place name indeed' },
      { id: 'b', at: [40, 10], text: 'Another very long name' },
    ];
    const result = placeLabels(labels, { bounds: [0, 0, 60, 24], marks: labels.map((l) => ({ at: l.at, radius: 3 })), leaderLengths: [] });
    expect(result.labels.map((l) => l.status)).toEqual(['numbered', 'numbered']);
    expect(result.labels.map((l) => l.text)).toEqual(['1', '2']);
    const none = placeLabels([{ id: 'c', at: [5, 5], text: 'Nowhere' }], { bounds: [0, 0, 10, 10], marks: [{ at: [5, 5], radius: 4 }] });
    expect(none).toEqual({ labels: [], omitted: ['c'] });
  });

  it('never lets a box overlap another box, a mark or a route: 300 random maps', () => {
    const names = [
      'Rotterdam',
      'Dalian',
      'Osaka',
      'Busan',
      'Nakhodka',
      'Vladivostok',
      'Pyongyang Sunan airport',
      'Pohang',
      'Hamburg',
      'Incheon',
    ];
    let leaders = 0;
    let numbered = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = random(seed);
      const bounds: [number, number, number, number] = [0, 0, 240 + r() * 400, 160 + r() * 240];
      const n = 2 + Math.floor(r() * 22);
      const labels: LabelInput[] = Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        at: [bounds[2] * (0.05 + 0.9 * r()), bounds[3] * (0.05 + 0.9 * r())],
        text: names[Math.floor(r() * names.length)],
        size: r() < 0.8 ? 12.5 : 11,
      }));
      const marks = labels.map((l) => ({ at: l.at, radius: 4 }));
      const routes: Point[][] = Array.from({ length: Math.floor(r() * 4) }, () => {
        const a = labels[Math.floor(r() * n)].at;
        const b = labels[Math.floor(r() * n)].at;
        const mid: Point = [(a[0] + b[0]) / 2 + (r() - 0.5) * 80, (a[1] + b[1]) / 2 + (r() - 0.5) * 80];
        return [a, mid, b];
      });
      const result = placeLabels(labels, { bounds, marks, routes });
      expectClean(result, labels, marks, routes, bounds);
      leaders += result.labels.filter((l) => l.status === 'leader').length;
      numbered += result.labels.filter((l) => l.status === 'numbered').length;
    }
    // The fallbacks are exercised, not just the easy case.
    expect(leaders).toBeGreaterThan(0);
    expect(numbered).toBeGreaterThan(0);
  });
});

describe('placeLabels on the East Asian cluster (Dalian, Osaka, Busan, Pohang, Nakhodka, Vladivostok, Pyongyang)', () => {
  const ids = ['dalian', 'busan', 'osaka', 'pohang', 'nakhodka', 'vladivostok-airport', 'pyongyang-airport'];
  for (const [width, height] of [
    [343, 260],
    [640, 420],
  ]) {
    it(`gives every place its name, clear of the sea routes and the marks, at ${width} × ${height}`, () => {
      const region = {
        type: 'MultiPoint' as const,
        coordinates: [
          [118, 32],
          [140, 32],
          [140, 45],
          [118, 45],
        ],
      };
      const projection = geoConicEqualArea()
        .parallels([34, 44])
        .rotate([-129, 0])
        .fitExtent(
          [
            [8, 8],
            [width - 8, height - 8],
          ],
          region,
        );
      const path = geoPath(projection);
      void path;
      const at = (id: string): Point => {
        const p = places.find((q) => q.id === id)!;
        return projection([p.lon, p.lat]) as Point;
      };
      const routes = seaRoutes
        .filter((r) => r.id !== 'sea-route-rotterdam-dalian')
        .map((r) => r.points.map((p) => projection(p as [number, number]) as Point));
      const labels: LabelInput[] = ids.map((id) => ({ id, at: at(id), text: places.find((q) => q.id === id)!.name }));
      const marks = labels.map((l) => ({ at: l.at, radius: 4 }));
      const bounds: [number, number, number, number] = [0, 0, width, height];
      const result = placeLabels(labels, { bounds, marks, routes });
      expectClean(result, labels, marks, routes, bounds);
      for (const id of ['dalian', 'osaka', 'busan'])
        expect(['placed', 'leader'], id).toContain(result.labels.find((l) => l.id === id)?.status);
      expect(result.omitted).toEqual([]);
    });
  }
});
