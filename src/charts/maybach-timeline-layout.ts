/**
 * Where the parts of the Maybach timeline go, as pure functions of its rows: the date domain, the
 * period labels above the lanes and one lane per leg below them. Across, everything is a date on
 * Plot's utc scale; down, the lanes are stacked in SVG units, because their height follows how
 * many lines their words wrap to, not the data.
 */
import { earliestDay } from '../lib/dates';
import { charsIn, FONT_SIZE, textWidth, wrapText } from './layout';
import { legCarrier, legStatus, periodLabel, type TimelineRow } from './maybach-timeline-rows';

const MS_DAY = 86_400_000;

/** Height of one line of chart text, and of a leg's bar. */
export const LINE = FONT_SIZE + 4;
export const BAR = 14;

/** The first day of a (partial) date, as a UTC date. */
export const toDate = (d: string): Date => new Date(`${earliestDay(d)}T00:00:00Z`);

/** The end of a day: bars and periods run to the end of their last day. */
export const endOfDay = (d: string): Date => new Date(Number(toDate(d)) + MS_DAY);

/** The dates the axis spans: every date in the rows, with four days to spare either side. */
export function timelineDomain(rows: TimelineRow[]): [Date, Date] {
  const times = rows
    .flatMap((r) => [r.start, r.end])
    .filter((d): d is string => !!d)
    .map((d) => Number(toDate(d)));
  return [new Date(Math.min(...times) - 4 * MS_DAY), new Date(Math.max(...times) + 4 * MS_DAY)];
}

/** A period's label: where it is anchored (a date, or an edge of the drawing) and its lines. */
export interface PeriodLabel {
  row: TimelineRow;
  /** "start": begins at the period's start; "end": ends at its end; "right" or "left": held at that edge. */
  anchor: 'start' | 'end' | 'right' | 'left';
  date: Date | null;
  lines: { text: string; y: number }[];
}

export { textWidth };

/**
 * Period labels stack above the lanes, one under another. Each begins at its period's start where
 * it fits, else ends at the period's end, else is held at the drawing's right (or, wider than the
 * drawing, left) edge. `x` is the chart's x scale: a date to its position in SVG units.
 */
export function periodLabels(periods: TimelineRow[], x: (d: Date) => number, width: number, wide: boolean): PeriodLabel[] {
  let top = 0;
  return periods.map((row) => {
    const texts = wide ? [periodLabel(row)] : wrapText(periodLabel(row), charsIn(width * 0.7));
    const w = Math.max(...texts.map((t) => textWidth(t)));
    const [start, end] = [toDate(row.start!), endOfDay(row.end!)];
    const anchor = x(start) + w <= width ? 'start' : x(end) - w >= 0 ? 'end' : w <= width ? 'right' : 'left';
    const date = anchor === 'start' ? start : anchor === 'end' ? end : null;
    const lines = texts.map((text, k) => ({ text, y: top + (k + 1) * LINE - 3 }));
    top += texts.length * LINE;
    return { row, anchor, date, lines };
  });
}

/** How far down the first lane starts: below two lines of period labels at least, more if they need it. */
export function lanesTop(periods: number, labels: PeriodLabel[]): number {
  const labelHeight = labels.reduce((sum, l) => sum + l.lines.length * LINE, 0);
  return Math.max(2, periods) * LINE + 12 + Math.max(0, labelHeight - 2 * LINE);
}

/** One leg's lane: its words, then its bar (rings for other dates sit in a gap above the bar). */
export interface Lane {
  row: TimelineRow;
  /** The row's position in the chart's rows, and so in its downloads. */
  index: number;
  text: string[];
  labelY: number;
  barY: number;
}

/** The lanes, top to bottom from `top`, and the y just below the last. */
export function lanes(rows: TimelineRow[], top: number, width: number, wide: boolean): { lanes: Lane[]; bottom: number } {
  let y = top;
  const placed = rows
    .filter((r) => r.kind === 'leg')
    .map((row) => {
      const text = wide
        ? wrapText(`${row.label} · ${legCarrier(row)} · ${legStatus(row)}`, charsIn(width))
        : [row.label, legCarrier(row), legStatus(row)].flatMap((t) => wrapText(t, charsIn(width)));
      const ringed = rows.some((o) => o.kind === 'other-date' && o.leg === row.leg);
      const labelY = y;
      const barY = y + text.length * LINE + (ringed ? 12 : 3);
      y = barY + BAR + 14;
      return { row, index: rows.indexOf(row), text, labelY, barY };
    });
  return { lanes: placed, bottom: y };
}
