import { describe, expect, it } from 'vitest';
import { flowCurve, headSize, pointAt, type Point } from './curves';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('flowCurve(from, to, options)', () => {
  it('bows to the left of the direction of travel for a positive bend, to the right for a negative one', () => {
    // Travelling east along y = 100: left is up (smaller y) in SVG coordinates.
    expect(flowCurve([0, 100], [200, 100], { bend: 0.2 }).mid[1]).toBeLessThan(100);
    expect(flowCurve([0, 100], [200, 100], { bend: -0.2 }).mid[1]).toBeGreaterThan(100);
  });

  it('stops short of both ends by the gaps, and puts the arrowhead’s tip at the end gap', () => {
    const curve = flowCurve([0, 0], [300, 0], { bend: 0.1, gapStart: 10, gapEnd: 12, width: 2 });
    const [x0, y0] = numbers(curve.line);
    const [tipX, tipY] = numbers(curve.head);
    expect(distance([x0, y0], [0, 0])).toBeCloseTo(10, 0);
    expect(distance([tipX, tipY], [300, 0])).toBeCloseTo(12, 0);
  });

  it('ends the line at the arrowhead’s base, so a thick line never pokes past the tip', () => {
    const width = 20;
    const curve = flowCurve([0, 0], [400, 0], { bend: 0, gapEnd: 5, width });
    const line = numbers(curve.line);
    const [endX] = line.slice(-2);
    const [tipX] = numbers(curve.head);
    expect(tipX - endX).toBeGreaterThanOrEqual(headSize(width).length * 0.75);
  });

  it('draws an arrowhead wider than the line it ends', () => {
    for (const width of [1.5, 4, 20]) {
      const [tipX, tipY, lx, ly, rx, ry] = numbers(flowCurve([0, 0], [400, 0], { bend: 0, width }).head);
      expect(tipY).toBeCloseTo(0, 5);
      expect(distance([lx, ly], [rx, ry])).toBeGreaterThan(width);
      expect(tipX).toBeGreaterThan(lx);
    }
  });

  it('shifts a curve sideways without changing its shape, for flows drawn side by side', () => {
    const base = flowCurve([0, 0], [200, 0], { bend: 0.2 });
    const shifted = flowCurve([0, 0], [200, 0], { bend: 0.2, shift: 10 });
    expect(shifted.mid[0]).toBeCloseTo(base.mid[0], 5);
    expect(shifted.mid[1]).toBeCloseTo(base.mid[1] - 10, 5);
  });

  it('keeps the midpoint on the curve', () => {
    const curve = flowCurve([10, 20], [310, 220], { bend: 0.3 });
    expect(pointAt(curve.controls, 0.5)).toEqual(curve.mid);
  });
});
