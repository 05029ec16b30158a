/**
 * The geometry that label placement (./labels) tests candidates with, in SVG units: boxes, their
 * overlaps, segments against boxes, and the box of a text set beside a point.
 */

export type Point = [number, number];

/** A rectangle, top-left corner and size, in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

/** Grows a box by `d` on every side. */
export function grow(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d };
}

/** Whether the segment p–q touches the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p[0] - b.x],
    [dx, b.x + b.width - p[0]],
    [-dy, p[1] - b.y],
    [dy, b.y + b.height - p[1]],
  ];
  for (const [pp, qq] of edges) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return t0 <= t1;
}

/** Whether the segments p–q and r–s cross or touch (shared end points included). */
export function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const side = (a: Point, b: Point, c: Point) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  const within = (a: Point, b: Point, c: Point) =>
    Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
  const [d1, d2, d3, d4] = [side(r, s, p), side(r, s, q), side(p, q, r), side(p, q, s)];
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (d1 === 0 && within(r, s, p)) || (d2 === 0 && within(r, s, q)) || (d3 === 0 && within(p, q, r)) || (d4 === 0 && within(p, q, s));
}

export function containsPoint(b: Box, [x, y]: Point): boolean {
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}

/** The box of a text of `width` × `height` set beside `at` in direction (sx, sy), `gap` away. */
export function besideBox(at: Point, [sx, sy]: [number, number], width: number, height: number, gap: number): Box {
  const diagonal = sx !== 0 && sy !== 0 ? Math.SQRT1_2 : 1;
  const x = sx > 0 ? at[0] + gap * diagonal : sx < 0 ? at[0] - gap * diagonal - width : at[0] - width / 2;
  const y = sy > 0 ? at[1] + gap * diagonal : sy < 0 ? at[1] - gap * diagonal - height : at[1] - height / 2;
  return { x, y, width, height };
}
