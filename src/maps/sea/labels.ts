/**
 * Label placement for point marks on a map, in screen units. Each label is measured (./text-width)
 * and tried at eight positions around its point; when none is free it is set off along a leader
 * line; when that fails too it is replaced by a number (the caption then names the place, as the
 * maps do today); when even the number has no room it is left out and reported. Every box returned
 * is clear of every other box, of every mark and of every route, and no leader line crosses another,
 * by construction: a candidate is taken only after it has been tested against all of them.
 */
import { besideBox, type Box, boxesOverlap, containsPoint, grow, type Point, segmentHitsBox, segmentsCross } from './boxes';
import { textWidth } from './text-width';

export { type Box, boxesOverlap, grow, type Point, segmentHitsBox, segmentsCross } from './boxes';

export interface LabelInput {
  id: string;
  /** The point the label names. */
  at: Point;
  text: string;
  /** Font size in px (default 12.5, the maps' place labels) and weight. */
  size?: number;
  weight?: 400 | 600;
  /** The text's width when it is not plain Inter at `size` (letter-spaced capitals, say). */
  width?: number;
  /** Try the box centred on the point first: for names of areas, not of points. */
  centred?: boolean;
  /** false: no leader line and no number; a label with no room beside its point is left out. */
  fallback?: boolean;
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
  /** Boxes already taken, e.g. badges, a legend box or a caption. */
  obstacles?: readonly Box[];
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

function markBox(m: Mark): Box {
  return { x: m.at[0] - m.radius, y: m.at[1] - m.radius, width: 2 * m.radius, height: 2 * m.radius };
}

function textPosition(box: Box, size: number): { textAt: Point; anchor: 'start' } {
  return { textAt: [box.x, box.y + ASCENT * size], anchor: 'start' };
}

/** The obstacles a label may not touch, and the test a candidate box must pass. */
class Board {
  readonly taken: Box[] = [];
  readonly leaders: [Point, Point][] = [];
  private readonly marks: Box[];
  private readonly segments: [Point, Point][] = [];
  constructor(readonly options: PlacementOptions) {
    this.marks = (options.marks ?? []).map(markBox);
    for (const line of options.routes ?? []) for (let i = 1; i < line.length; i++) this.segments.push([line[i - 1], line[i]]);
    this.taken.push(...(options.obstacles ?? []));
  }
  private get pad() {
    return this.options.pad ?? 2;
  }
  inside(b: Box): boolean {
    const [left, top, right, bottom] = this.options.bounds;
    return b.x >= left && b.y >= top && b.x + b.width <= right && b.y + b.height <= bottom;
  }
  /** A box inside the bounds, clear of every label, obstacle, mark, route and leader line. */
  free(b: Box): boolean {
    if (!this.inside(b)) return false;
    const halo = grow(b, this.pad);
    if (this.taken.some((t) => boxesOverlap(halo, t)) || this.marks.some((m) => boxesOverlap(halo, m))) return false;
    const wide = grow(halo, this.options.routeHalfWidth ?? 2);
    if (this.segments.some(([p, q]) => segmentHitsBox(p, q, wide))) return false;
    return !this.leaders.some(([p, q]) => segmentHitsBox(p, q, halo));
  }
  /** A leader may not cross another label, another leader or any mark but the one it starts from. */
  leaderClear(p: Point, q: Point, own: readonly Mark[]): boolean {
    if (this.taken.some((t) => segmentHitsBox(p, q, t))) return false;
    if (this.leaders.some(([r, s]) => segmentsCross(p, q, r, s))) return false;
    return !(this.options.marks ?? []).some((m) => !own.includes(m) && segmentHitsBox(p, q, markBox(m)));
  }
  take(b: Box): void {
    this.taken.push(grow(b, this.pad));
  }
}

/** The first free box beside the point (centred on it first, for labels that name an area). */
function besideFree(board: Board, label: LabelInput, width: number, height: number, gap: number): Box | undefined {
  const centred = label.centred ? [{ x: label.at[0] - width / 2, y: label.at[1] - height / 2, width, height }] : [];
  return [...centred, ...AROUND.map((dir) => besideBox(label.at, dir, width, height, gap))].find((b) => board.free(b));
}

/**
 * A box set off along a leader line, trying each length and direction in turn. A leader that runs
 * up or down ends at the middle of the box's near edge, or at either end of it (the box then runs
 * right or left from the leader), so a label can sit above its point without covering a neighbour's.
 */
function leaderFree(
  board: Board,
  label: LabelInput,
  width: number,
  height: number,
  lengths: readonly number[],
): { box: Box; leader: [Point, Point] } | undefined {
  const own = (board.options.marks ?? []).filter((m) => containsPoint(markBox(m), label.at));
  const ownRadius = Math.max(0, ...own.map((m) => m.radius * Math.SQRT2));
  for (const length of lengths) {
    for (const [dx, dy] of DIRECTIONS) {
      const end: Point = [label.at[0] + dx * length, label.at[1] + dy * length];
      const sx = dx > 0.2 ? 1 : dx < -0.2 ? -1 : 0;
      const sy = sx === 0 ? (dy > 0 ? 1 : -1) : 0;
      const centred = besideBox(end, [sx, sy], width, height, 2);
      const inset = Math.min(4, width / 2);
      const boxes = sx === 0 ? [centred, { ...centred, x: end[0] - inset }, { ...centred, x: end[0] + inset - width }] : [centred];
      const start: Point = [label.at[0] + dx * (ownRadius + 1), label.at[1] + dy * (ownRadius + 1)];
      if (!board.leaderClear(start, end, own)) continue;
      const box = boxes.find((b) => board.free(b));
      if (box) return { box, leader: [start, end] };
    }
  }
  return undefined;
}

/** One label: beside its point, else on a leader, else as a number; undefined when nothing fits. */
function placeOne(board: Board, label: LabelInput, numbered: number, options: PlacementOptions): PlacedLabel | undefined {
  const size = label.size ?? 12.5;
  const height = size * LINE;
  const width = label.width ?? textWidth(label.text, size, label.weight ?? 400);
  const base = { id: label.id, text: label.text };
  const beside = besideFree(board, label, width, height, options.gap ?? 6);
  if (beside) {
    board.take(beside);
    return { ...base, status: 'placed', box: beside, ...textPosition(beside, size) };
  }
  if (label.fallback === false) return undefined;
  const led = leaderFree(board, label, width, height, options.leaderLengths ?? [22, 34, 50, 70]);
  if (led) {
    board.take(led.box);
    board.leaders.push(led.leader);
    return { ...base, status: 'leader', box: led.box, leader: led.leader, ...textPosition(led.box, size) };
  }
  const number = numbered + 1;
  const key = String(number);
  const keyBox = besideFree(board, { ...label, centred: false }, textWidth(key, size, 600), height, options.gap ?? 6);
  if (!keyBox) return undefined;
  board.take(keyBox);
  return { id: label.id, status: 'numbered', number, box: keyBox, text: key, ...textPosition(keyBox, size) };
}

/**
 * Places `labels` in the order given (put the most important first) against the marks, the routes,
 * the obstacles and each other. See the module comment for the order of fallbacks.
 */
export function placeLabels(labels: readonly LabelInput[], options: PlacementOptions): Placement {
  const board = new Board(options);
  const out: PlacedLabel[] = [];
  const omitted: string[] = [];
  let numbered = 0;
  for (const label of labels) {
    const placed = placeOne(board, label, numbered, options);
    if (!placed) omitted.push(label.id);
    else {
      if (placed.status === 'numbered') numbered = placed.number;
      out.push(placed);
    }
  }
  return { labels: out, omitted };
}

/**
 * The free box of `width` × `height` nearest to `near` (its top-left corner), searched on a grid
 * of `step` units over the bounds: for a block of text, such as a stack of direct labels, that has
 * no single point to sit beside. Undefined when no box is free.
 */
export function freeSpot(width: number, height: number, near: Point, options: PlacementOptions, step = 4): Box | undefined {
  const board = new Board(options);
  const [left, top, right, bottom] = options.bounds;
  const spots: Box[] = [];
  for (let x = left; x + width <= right; x += step) for (let y = top; y + height <= bottom; y += step) spots.push({ x, y, width, height });
  const distance = (b: Box) => Math.hypot(b.x - near[0], b.y - near[1]);
  return spots.sort((a, b) => distance(a) - distance(b)).find((b) => board.free(b));
}
