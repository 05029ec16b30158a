/**
 * Curved flow lines in screen space: a quadratic Bézier between two projected points, bowed to one
 * side of the chord, trimmed so it stops short of the points' symbols, with a separate arrowhead
 * so that direction reads at any line width. Pure geometry: points in, path data out.
 */

export type Point = [number, number];

export interface CurveOptions {
  /** How far the curve bows, as a share of the chord; positive bows to the left of travel. */
  bend?: number;
  /** Gap left before the end point, e.g. the radius of the place symbol. */
  gapStart?: number;
  gapEnd?: number;
  /** Width of the line, which sizes the arrowhead. */
  width?: number;
  /** A head barely wider than the line, for flows drawn side by side in a ribbon. */
  narrowHead?: boolean;
  /** Moves the whole curve sideways by this much, along the chord's left normal (for ribbons). */
  shift?: number;
}

export interface Curve {
  /** Path data for the line, stopping at the base of the arrowhead. */
  line: string;
  /** Path data for the arrowhead, a closed triangle whose tip touches the end gap. */
  head: string;
  /** The point half-way along the curve, for a number badge or a label. */
  mid: Point;
  /** The full, untrimmed curve as [start, control, end], for tests and hit areas. */
  controls: [Point, Point, Point];
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const fmt = ([x, y]: Point) => `${r1(x)},${r1(y)}`;

/** The point at t on the quadratic curve p0–c–p2. */
export function pointAt([p0, c, p2]: [Point, Point, Point], t: number): Point {
  const u = 1 - t;
  return [u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1]];
}

/** The control point of the piece of a quadratic curve between t0 and t1. */
function subControl([p0, c, p2]: [Point, Point, Point], t0: number, t1: number): Point {
  const a = (1 - t0) * (1 - t1);
  const b = (1 - t0) * t1 + t0 * (1 - t1);
  const d = t0 * t1;
  return [a * p0[0] + b * c[0] + d * p2[0], a * p0[1] + b * c[1] + d * p2[1]];
}

/**
 * The parameter t, searched between `from` and `to`, where the curve first lies `distance` away
 * from the point at `from`. Distances along a gentle curve grow steadily, so bisection suffices.
 */
function paramAtDistance(curve: [Point, Point, Point], from: number, to: number, distance: number): number {
  if (distance <= 0) return from;
  const anchor = pointAt(curve, from);
  let near = from;
  let far = to;
  for (let i = 0; i < 30; i++) {
    const mid = (near + far) / 2;
    const p = pointAt(curve, mid);
    if (Math.hypot(p[0] - anchor[0], p[1] - anchor[1]) < distance) near = mid;
    else far = mid;
  }
  return far;
}

/** Arrowhead length and half-width for a line of the given width. */
export function headSize(width: number, narrow = false): { length: number; half: number } {
  return narrow
    ? { length: Math.max(7, width * 0.8), half: width / 2 + 3 }
    : { length: Math.max(7, width * 1.5), half: Math.max(3.5, width * 0.9) };
}

/** A bowed, trimmed curve from `a` to `b` with its arrowhead. */
export function flowCurve(
  from: Point,
  to: Point,
  { bend = 0.2, gapStart = 0, gapEnd = 0, width = 2, narrowHead = false, shift = 0 }: CurveOptions = {},
): Curve {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const chord = Math.hypot(dx, dy) || 1;
  const [sx, sy] = [(dy / chord) * shift, (-dx / chord) * shift];
  const a: Point = [from[0] + sx, from[1] + sy];
  const b: Point = [to[0] + sx, to[1] + sy];
  // The left normal of the direction of travel, in SVG's downward y.
  const c: Point = [(a[0] + b[0]) / 2 + dy * bend, (a[1] + b[1]) / 2 - dx * bend];
  const curve: [Point, Point, Point] = [a, c, b];
  const { length, half } = headSize(width, narrowHead);
  const t0 = paramAtDistance(curve, 0, 0.5, gapStart);
  const tTip = paramAtDistance(curve, 1, 0.5, gapEnd);
  const tip = pointAt(curve, tTip);
  const tBase = paramAtDistance(curve, tTip, t0, length * 0.8);
  const start = pointAt(curve, t0);
  const base = pointAt(curve, tBase);
  const control = subControl(curve, t0, tBase);
  const dirX = tip[0] - base[0];
  const dirY = tip[1] - base[1];
  const norm = Math.hypot(dirX, dirY) || 1;
  const ux = dirX / norm;
  const uy = dirY / norm;
  const back: Point = [tip[0] - ux * length, tip[1] - uy * length];
  const left: Point = [back[0] - uy * half, back[1] + ux * half];
  const right: Point = [back[0] + uy * half, back[1] - ux * half];
  return {
    line: `M${fmt(start)}Q${fmt(control)} ${fmt(base)}`,
    head: `M${fmt(tip)}L${fmt(left)}L${fmt(right)}Z`,
    mid: pointAt(curve, 0.5),
    controls: curve,
  };
}
