/**
 * Label placement for point marks on a map, in screen units. Each label is measured (./text-width)
 * and tried at eight positions around its point; when none is free it is set off along a leader
 * line; when that fails too it is replaced by a number (the caption then names the place, as the
 * maps do today); when even the number has no room it is left out and reported. Every box returned
 * is clear of every other box, of every mark and of every route, by construction: a candidate is
 * taken only after it has been tested against all of them.
 */
import { textWidth } from './text-width';

export type Point = [number, number];

/** A rectangle, top-left corner and size, in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelInput {
  id: string;
  /** The point the label names. */
  at: Point;
  text: string;
  /** Font size in px (default 12.5, the maps' place labels) and weight. */
  size?: number;
  weight?: 400 | 600;
}

export interface Mark {
  at: Point;
  /** Half the mark's width: a dot of radius 4 is 4. */
  radius: number;
}

export interface PlacementOptions {
  /** The area labels must stay inside: [left, top, right, bottom]. */
  bounds: [number, number, number, number];
  /** Every point mark on the map, labelled or not. */
  marks?: readonly Mark[];
  /** Every drawn route, as screen polylines. */
  routes?: readonly (readonly Point[])[];
  /** Half a route's stroke width plus its halo (default 2). */
  routeHalfWidth?: number;
  /** Clear space kept around each text box, for the label's halo (default 2). */
  pad?: number;
  /** Distance from the point to the nearest edge of the text box (default 6). */
  gap?: number;
  /** Lengths of leader lines to try, in SVG units (default 22, 34, 50, 70). */
  leaderLengths?: readonly number[];
}

export type PlacedLabel = {
  id: string;
  /** The text box; text is drawn inside it. */
  box: Box;
  /** The string drawn: the label, or its number. */
  text: string;
  /** Where to draw the text: x with `anchor`, y is the baseline. */
  textAt: Point;
  anchor: 'start' | 'middle' | 'end';
} & ({ status: 'placed' } | { status: 'leader'; leader: [Point, Point] } | { status: 'numbered'; number: number });

export interface Placement {
  labels: PlacedLabel[];
  /** Labels with no room even for a number: the caption must name them. */
  omitted: string[];
}

/** Box height per px of font size: Inter's ascender plus descender (0.97 + 0.24 em) for one line. */
const LINE = 1.21;
/** Baseline below the top of the box, per px of font size: the ascender. */
const ASCENT = 0.97;

/**
 * The eight positions around a point, in order of preference: right, upper right, lower right,
 * left, upper left, lower left, above, below (the right side first, as most map style guides do).
 */
const AROUND: [number, number][] = [
  [1, 0],
  [1, -1],
  [1, 1],
  [-1, 0],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

/** Sixteen directions for leader lines, starting right and turning through up. */
const DIRECTIONS: Point[] = Array.from({ length: 16 }, (_, i) => {
  const a = (-i * Math.PI) / 8;
  return [Math.cos(a), Math.sin(a)];
});

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

function markBox(m: Mark): Box {
  return { x: m.at[0] - m.radius, y: m.at[1] - m.radius, width: 2 * m.radius, height: 2 * m.radius };
}

/** The box of a text of `width` × `height` set beside `at` in direction (sx, sy), `gap` away. */
function besideBox(at: Point, [sx, sy]: [number, number], width: number, height: number, gap: number): Box {
  const diagonal = sx !== 0 && sy !== 0 ? Math.SQRT1_2 : 1;
  const x = sx > 0 ? at[0] + gap * diagonal : sx < 0 ? at[0] - gap * diagonal - width : at[0] - width / 2;
  const y = sy > 0 ? at[1] + gap * diagonal : sy < 0 ? at[1] - gap * diagonal - height : at[1] - height / 2;
  return { x, y, width, height };
}

function textPosition(box: Box, size: number): { textAt: Point; anchor: 'start' } {
  return { textAt: [box.x, box.y + ASCENT * size], anchor: 'start' };
}

/**
 * Places `labels` in the order given (put the most important first) against the marks, the routes
 * and each other. See the module comment for the order of fallbacks.
 */
export function placeLabels(labels: readonly LabelInput[], options: PlacementOptions): Placement {
  const [left, top, right, bottom] = options.bounds;
  const pad = options.pad ?? 2;
  const gap = options.gap ?? 6;
  const routeHalf = options.routeHalfWidth ?? 2;
  const leaderLengths = options.leaderLengths ?? [22, 34, 50, 70];
  const marks = (options.marks ?? []).map(markBox);
  const segments: [Point, Point][] = [];
  for (const line of options.routes ?? []) for (let i = 1; i < line.length; i++) segments.push([line[i - 1], line[i]]);
  const taken: Box[] = [];
  const leaders: [Point, Point][] = [];
  const out: PlacedLabel[] = [];
  const omitted: string[] = [];
  let numbered = 0;

  const inside = (b: Box) => b.x >= left && b.y >= top && b.x + b.width <= right && b.y + b.height <= bottom;
  const free = (b: Box) => {
    if (!inside(b)) return false;
    const halo = grow(b, pad);
    if (taken.some((t) => boxesOverlap(halo, t))) return false;
    if (marks.some((m) => boxesOverlap(halo, m))) return false;
    const wide = grow(halo, routeHalf);
    if (segments.some(([p, q]) => segmentHitsBox(p, q, wide))) return false;
    return !leaders.some(([p, q]) => segmentHitsBox(p, q, halo));
  };
  /** A leader may not cross another label or any mark but the one it starts from. */
  const leaderClear = (p: Point, q: Point, own: Mark[]) =>
    !taken.some((t) => segmentHitsBox(p, q, t)) && !(options.marks ?? []).some((m) => !own.includes(m) && segmentHitsBox(p, q, markBox(m)));
  const take = (b: Box) => taken.push(grow(b, pad));

  for (const label of labels) {
    const size = label.size ?? 12.5;
    const height = size * LINE;
    const width = textWidth(label.text, size, label.weight ?? 400);

    const beside = AROUND.map((dir) => besideBox(label.at, dir, width, height, gap)).find(free);
    if (beside) {
      take(beside);
      out.push({ id: label.id, status: 'placed', box: beside, text: label.text, ...textPosition(beside, size) });
      continue;
    }

    const own = (options.marks ?? []).filter((m) => containsPoint(markBox(m), label.at));
    const ownRadius = Math.max(0, ...own.map((m) => m.radius * Math.SQRT2));
    let placed: { box: Box; leader: [Point, Point] } | undefined;
    search: for (const length of leaderLengths) {
      for (const [dx, dy] of DIRECTIONS) {
        const end: Point = [label.at[0] + dx * length, label.at[1] + dy * length];
        const sx = dx > 0.2 ? 1 : dx < -0.2 ? -1 : 0;
        const sy = sx === 0 ? (dy > 0 ? 1 : -1) : 0;
        const box = besideBox(end, [sx, sy], width, height, 2);
        const start: Point = [label.at[0] + dx * (ownRadius + 1), label.at[1] + dy * (ownRadius + 1)];
        if (free(box) && leaderClear(start, end, own)) {
          placed = { box, leader: [start, end] };
          break search;
        }
      }
    }
    if (placed) {
      take(placed.box);
      leaders.push(placed.leader);
      out.push({
        id: label.id,
        status: 'leader',
        box: placed.box,
        leader: placed.leader,
        text: label.text,
        ...textPosition(placed.box, size),
      });
      continue;
    }

    const number = numbered + 1;
    const key = String(number);
    const keyWidth = textWidth(key, size, 600);
    const keyBox = AROUND.map((dir) => besideBox(label.at, dir, keyWidth, height, gap)).find(free);
    if (keyBox) {
      numbered = number;
      take(keyBox);
      out.push({ id: label.id, status: 'numbered', number, box: keyBox, text: key, ...textPosition(keyBox, size) });
    } else omitted.push(label.id);
  }
  return { labels: out, omitted };
}

function containsPoint(b: Box, [x, y]: Point): boolean {
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}
