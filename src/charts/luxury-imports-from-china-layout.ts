/**
 * Where the parts of the luxury-imports-from-China chart go, as pure functions: the years the
 * axis spans, where a year's or part-year's value sits on it, which points a line may join (only
 * values of consecutive years: a missing year breaks the line, nothing is drawn across it), how a
 * label is anchored so it stays inside the drawing, and the rows the resolutions' labels need.
 */
import { earliestDay, latestDay } from '../lib/dates';
import { FONT_SIZE, textWidth } from './layout';
import type { ImportRow } from './luxury-imports-from-china-rows';

/** Height of one row of resolution labels. */
export const LABEL_LINE = FONT_SIZE + 3;

const startOf = (d: string) => Date.parse(`${earliestDay(d)}T00:00:00Z`);
const endOf = (d: string) => Date.parse(`${latestDay(d)}T00:00:00Z`) + 86_400_000;

/** 1 January of the first year in the rows to 1 January after the last. */
export function importDomain(rows: ImportRow[]): [Date, Date] {
  const years = rows.filter((r) => r.kind === 'imports').map((r) => r.year);
  return [new Date(Date.UTC(Math.min(...years), 0, 1)), new Date(Date.UTC(Math.max(...years) + 1, 0, 1))];
}

/** Where a value sits across: the middle of the months it covers (a whole year: 1 July or so). */
export function periodMiddle(row: Pick<ImportRow, 'periodStart' | 'periodEnd'>): Date {
  return new Date((startOf(row.periodStart) + endOf(row.periodEnd)) / 2);
}

/** A full-year point on a line, and which unbroken run of consecutive years it belongs to. */
export type LinePoint = ImportRow & { run: number };

/** The full-year values a series' line joins, each tagged with its run: a year with no value, or no row, starts a new run. */
export function lineRuns(rows: ImportRow[], series: ImportRow['series']): LinePoint[] {
  const years = rows.filter((r) => r.series === series && !r.partialYear).sort((a, b) => a.year - b.year);
  let run = 0;
  let previous: ImportRow | undefined;
  const points: LinePoint[] = [];
  for (const row of years) {
    if (row.value === null) {
      previous = undefined;
      continue;
    }
    if (!previous || row.year !== previous.year + 1) run += 1;
    points.push({ ...row, run });
    previous = row;
  }
  // A run of one point has nothing to join: it is drawn as its point alone.
  return points.filter((p) => points.some((q) => q !== p && q.run === p.run));
}

/** How to anchor a label of width `w` at `x` so it stays inside 0 to `width`, with `pad` to spare: centred where it fits. */
export function anchorInside(x: number, w: number, width: number, pad = 4): 'middle' | 'start' | 'end' {
  if (x - w / 2 < pad) return 'start';
  if (x + w / 2 > width - pad) return 'end';
  return 'middle';
}

/** A value label: its row, how it is anchored across, and how far above its point its centre sits (negative, in SVG units). */
export interface ValueLabel {
  row: ImportRow;
  anchor: 'middle' | 'start' | 'end';
  dy: number;
}

/**
 * Places value labels above their points, clear of the other points under them and of the labels
 * placed before them (left to right), and inside the drawing across. `x` and `y` are the chart's
 * scales, from a date or a dollar value to SVG units.
 */
export function valueLabels(
  labelled: ImportRow[],
  rows: ImportRow[],
  { x, y, width }: { x: (d: Date) => number; y: (v: number) => number; width: number },
): ValueLabel[] {
  const points = rows.filter((r) => r.kind === 'imports' && r.value !== null);
  const placed: { left: number; right: number; centre: number }[] = [];
  return [...labelled]
    .sort((a, b) => Number(periodMiddle(a)) - Number(periodMiddle(b)))
    .map((row) => {
      const [at, w] = [x(periodMiddle(row)), textWidth(row.display)];
      const anchor = anchorInside(at, w, width);
      const [left, right] = anchor === 'middle' ? [at - w / 2, at + w / 2] : anchor === 'start' ? [at, at + w] : [at - w, at];
      const overlaps = (px: number) => px >= left - POINT_R && px <= right + POINT_R;
      const under = points.filter((r) => overlaps(x(periodMiddle(r)))).map((r) => y(r.value!) - POINT_R - FONT_SIZE / 2 - 2);
      const beside = placed.filter((p) => p.right >= left && p.left <= right).map((p) => p.centre - LABEL_LINE);
      const centre = Math.min(y(row.value!) - 12, ...under, ...beside);
      placed.push({ left, right, centre });
      return { row, anchor, dy: centre - y(row.value!) };
    });
}

/** Radius of a value's point. */
export const POINT_R = 4.5;

export { textWidth };

/** A resolution on the time axis: where it begins and ends (one day, or the year the sources give) and its label row. */
export interface ResolutionMark {
  row: ImportRow;
  label: string;
  start: Date;
  end: Date;
  /** The row of labels it takes: 0 is nearest the plot, later rows stack above. */
  level: number;
}

/**
 * The resolutions' marks, each label in the lowest row where it clears the label before it.
 * `x` is the chart's x scale: a date to its position in SVG units.
 */
export function resolutionMarks(rows: ImportRow[], x: (d: Date) => number): ResolutionMark[] {
  const ends: number[] = [];
  return rows
    .filter((r) => r.kind === 'resolution')
    .map((row) => {
      const label = String(row.resolution);
      const start = new Date(startOf(row.periodStart));
      const left = x(start);
      let level = ends.findIndex((end) => end + 4 <= left);
      if (level < 0) level = ends.push(0) - 1;
      ends[level] = left + textWidth(label);
      return { row, label, start, end: new Date(endOf(row.periodEnd)), level };
    });
}
