/**
 * Legs drawn as geographic lines rather than schematic curves: a sea leg along its computed lane
 * (data/sea-routes.json), an air leg along its great circle. The line is projected point by point,
 * clipped to its panel, trimmed short of the place symbols and given an arrowhead, like a curve
 * from ./curves, so that both kinds of leg share one mark (marks.ts flowMark).
 */
import type { GeoProjection } from 'd3';
import { headSize, type Point } from './curves';
import { type LonLat, densify } from './sea/geo';

/** What a drawn leg needs: path data for the line and the head, and a point for its badge. */
export interface Track {
  line: string;
  head: string;
  mid: Point;
  /** The drawn polyline in screen units, for label placement and tests. */
  points: Point[];
}

/** Points are projected at most this far apart along the line, in km: a pixel or two on the maps. */
const STEP_KM = 40;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The length of a screen polyline. */
function length(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  return total;
}

/** The point `distance` along a polyline, and the index of the vertex after it. */
function along(points: readonly Point[], distance: number): { at: Point; next: number } {
  let left = distance;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (left <= d && d > 0) return { at: [a[0] + ((b[0] - a[0]) * left) / d, a[1] + ((b[1] - a[1]) * left) / d], next: i };
    left -= d;
  }
  return { at: points[points.length - 1], next: points.length };
}

/** The part of a polyline between `from` and `to` (distances along it). */
export function slice(points: readonly Point[], from: number, to: number): Point[] {
  const start = along(points, from);
  const end = along(points, to);
  return [start.at, ...points.slice(start.next, end.next), end.at];
}

/** The longest run of a polyline that stays inside the rectangle [x, y, width, height]. */
export function insideRun(points: readonly Point[], [x, y, w, h]: [number, number, number, number]): Point[] {
  const inside = ([px, py]: Point) => px >= x && px <= x + w && py >= y && py <= y + h;
  let best: Point[] = [];
  let run: Point[] = [];
  for (const p of points) {
    if (inside(p)) run.push(p);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return run.length > best.length ? run : best;
}

/** Projects a lon/lat line (densified along great circles) into screen points, dropping any that do not project. */
export function projectLine(projection: GeoProjection, line: readonly LonLat[]): Point[] {
  return densify(line, STEP_KM)
    .map((p) => projection(p))
    .filter((p): p is [number, number] => p !== null && Number.isFinite(p[0]) && Number.isFinite(p[1]));
}

export interface TrackOptions {
  /** Space left before the first and after the last point, for the place symbols. */
  gapStart: number;
  gapEnd: number;
  /** Width of the line, which sizes the arrowhead. */
  width: number;
}

/**
 * A track from screen points: trimmed by the gaps, ending at the base of an arrowhead whose tip
 * touches the end gap. Null when the line is too short to draw.
 */
export function trackFromPoints(points: readonly Point[], { gapStart, gapEnd, width }: TrackOptions): Track | null {
  const total = length(points);
  const { length: headLength, half } = headSize(width);
  if (points.length < 2 || total <= gapStart + gapEnd + headLength) return null;
  const tipAt = total - gapEnd;
  const tip = along(points, tipAt).at;
  const body = slice(points, gapStart, tipAt - headLength * 0.8);
  const base = along(points, tipAt - headLength).at;
  const [dx, dy] = [tip[0] - base[0], tip[1] - base[1]];
  const norm = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / norm, dy / norm];
  const back: Point = [tip[0] - ux * headLength, tip[1] - uy * headLength];
  const left: Point = [back[0] - uy * half, back[1] + ux * half];
  const right: Point = [back[0] + uy * half, back[1] - ux * half];
  const fmt = ([px, py]: Point) => `${r1(px)},${r1(py)}`;
  const drawn = body.filter((p, i) => i === 0 || fmt(p) !== fmt(body[i - 1]));
  return {
    line: `M${drawn.map(fmt).join('L')}`,
    head: `M${fmt(tip)}L${fmt(left)}L${fmt(right)}Z`,
    mid: along(points, total / 2).at,
    points: [...drawn, tip],
  };
}

/** A lon/lat line as a track in a panel: projected, clipped to `rect`, trimmed and headed. */
export function track(
  projection: GeoProjection,
  rect: [number, number, number, number],
  line: readonly LonLat[],
  options: TrackOptions,
): Track | null {
  return trackFromPoints(insideRun(projectLine(projection, line), rect), options);
}
