/**
 * A labelled list of horizontal bars in groups, the layout behind several charts: each bar is
 * labelled directly with its value (no axis to read across), a value no source gives is written
 * out in words instead of a bar, and a bar can sit on a pale track showing the whole it is part of.
 * Wide: labels to the left of the bars. Narrow: labels above them, so bars keep the full width.
 * Each group has its own scale when its unit differs (dollars, countries), so headings name it.
 */
import * as Plot from '@observablehq/plot';
import { annotate, decorate, type ChartTip } from './marks';
import { charsIn, FONT_SIZE, textWidth, wrapText } from './layout';
import type { ChartDrawOptions } from './types';
import { unitPlot } from './unit-plot';

export interface BarItem {
  /** Key of the group the bar belongs to. */
  group: string;
  /** The label before (wide) or above (narrow) the bar. */
  label: string;
  /** The value in the group's unit; null draws no bar and prints `missingText`. */
  value: number | null;
  /** The whole the value is part of, drawn as a pale track; null or absent for none. */
  whole?: number | null;
  /** Text printed after the bar, e.g. "537" or "about $5.17bn". */
  valueText: string;
  /** Text printed in place of a bar when the value is null. */
  missingText?: string;
  /** CSS classes for the bar. */
  className: string;
  tip: ChartTip;
}

export interface BarGroup {
  key: string;
  /** Heading printed above the group; omitted when empty. */
  heading: string;
  /** The largest value the group's scale must reach (defaults to its largest value or whole). */
  max?: number;
}

export interface BarListOptions {
  /** Space for labels in the wide layout, in SVG units. */
  labelWidth?: number;
  /** Space after the longest bar for its value text. */
  valueWidth?: number;
}

const BAR = 20;
const LABEL_LINE = FONT_SIZE + 6;

/** A bar placed on the list: where its label, bar and track go, in SVG units. */
export type PlacedBar = BarItem & { top: number; labelY: number; lines: string; x: number; trackX: number | null };

/** Where the list's parts go: the bars' left edge, each group's headings, each bar and the height of the whole. */
export function placeBars(items: BarItem[], groups: BarGroup[], width: number, wide: boolean, options: BarListOptions = {}) {
  const labelWidth = wide ? (options.labelWidth ?? 180) : 0;
  const x0 = labelWidth;
  // The space after the longest bar fits the widest value text as estimated (Korean values such as
  // "약 51억7000만 달러" run wider than "about $5.17bn"), and never less than the chart asks for.
  const widest = Math.max(0, ...items.filter((i) => i.value !== null).map((i) => textWidth(i.valueText) + 8));
  const x1 = width - Math.max(options.valueWidth ?? (wide ? 120 : 96), widest);
  const maxOf = (g: BarGroup) =>
    g.max ?? Math.max(1, ...items.filter((i) => i.group === g.key).map((i) => Math.max(i.value ?? 0, i.whole ?? 0)));
  const placed: PlacedBar[] = [];
  const headings: { text: string; y: number }[] = [];
  let y = 0;
  for (const g of groups) {
    for (const text of g.heading ? wrapText(g.heading, charsIn(width * 0.92)) : []) {
      y += FONT_SIZE + 4;
      headings.push({ text, y });
    }
    if (g.heading) y += 8;
    const x = (v: number) => x0 + ((x1 - x0) * v) / maxOf(g);
    for (const item of items.filter((i) => i.group === g.key)) {
      const lines = wrapText(item.label, charsIn(wide ? labelWidth - 12 : width));
      const labelHeight = lines.length * LABEL_LINE;
      // Wide: the label's lines are centred on the bar. Narrow: they sit above it.
      const top = wide ? y + Math.max(0, (labelHeight - BAR) / 2) : y + labelHeight;
      const labelY = wide ? top + BAR / 2 : y;
      const trackX = item.whole ? x(item.whole) : null;
      placed.push({ ...item, top, labelY, lines: lines.join('\n'), x: item.value === null ? x0 : x(item.value), trackX });
      y = (wide ? Math.max(top + BAR, y + labelHeight) : top + BAR) + (wide ? 8 : 12);
    }
    y += 8;
  }
  return { x0, placed, headings, height: Math.ceil(y) };
}

/** Draws the grouped bar list at the given width and layout. */
export function barList(items: BarItem[], groups: BarGroup[], { width, layout, document }: ChartDrawOptions, options: BarListOptions = {}) {
  const wide = layout === 'wide';
  const { x0, placed, headings, height } = placeBars(items, groups, width, wide, options);
  return unitPlot(document, width, height, [
    ...barMarks(placed, x0),
    Plot.text(headings, { x: 0, y: 'y', text: 'text', textAnchor: 'start', fontWeight: 600, ariaHidden: 'true' }),
    Plot.text(placed, {
      x: wide ? x0 - 8 : 0,
      y: 'labelY',
      text: 'lines',
      lineHeight: LABEL_LINE / FONT_SIZE,
      lineAnchor: wide ? 'middle' : 'top',
      textAnchor: wide ? 'end' : 'start',
      ariaHidden: 'true',
    }),
    ...valueMarks(placed, x0),
  ]);
}

/** The pale tracks of the wholes, then the bars (reachable, with their tooltips). */
function barMarks(placed: PlacedBar[], x0: number): Plot.Markish[] {
  const bars = placed.filter((p) => p.value !== null);
  const tracks = bars.filter((p) => p.trackX !== null);
  const y2 = (p: PlacedBar) => p.top + BAR;
  return [
    Plot.rect(tracks, { x1: x0, x2: 'trackX', y1: 'top', y2, render: decorate('mark-track') }),
    Plot.rect(bars, {
      x1: x0,
      x2: (p: PlacedBar) => Math.max(p.x, x0 + 1.5),
      y1: 'top',
      y2,
      render: annotate(bars, (p) => ({ ...p.tip, className: p.className })),
    }),
  ];
}

/** Each value after its bar (and track), or in words where no source gives one. */
function valueMarks(placed: PlacedBar[], x0: number): Plot.Markish[] {
  const bars = placed.filter((p) => p.value !== null);
  const missing = placed.filter((p) => p.value === null);
  const middle = (p: PlacedBar) => p.top + BAR / 2;
  return [
    Plot.text(bars, {
      x: (p: PlacedBar) => Math.max(p.x, p.trackX ?? 0, x0 + 1.5) + 6,
      y: middle,
      text: 'valueText',
      textAnchor: 'start',
      ariaHidden: 'true',
    }),
    Plot.text(missing, {
      x: x0,
      y: middle,
      text: (p: PlacedBar) => p.missingText ?? 'not known',
      textAnchor: 'start',
      fontStyle: 'italic',
      render: annotate(missing, (p) => ({ ...p.tip, className: 'mark-missing' })),
    }),
  ];
}
