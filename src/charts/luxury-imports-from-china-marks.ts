/**
 * The drawing of the luxury-imports-from-China chart on Plot's utc (years) and linear (dollars)
 * scales: resolutions and the series break as rules, a line per series over consecutive years,
 * a reachable point per value, rings for part years, a cross where a year has no value, and the
 * values the title states printed beside their points, anchored so they stay inside the drawing.
 */
import * as Plot from '@observablehq/plot';
import { formatDate, formatMoney } from '../lib/format';
import { chartStyle } from './layout';
import {
  importDomain,
  LABEL_LINE,
  lineRuns,
  periodMiddle,
  resolutionMarks,
  textWidth,
  valueLabels,
  POINT_R,
  type ResolutionMark,
} from './luxury-imports-from-china-layout';
import { importsFinding, SERIES, seriesRows, type ImportRow } from './luxury-imports-from-china-rows';
import { annotate, decorate } from './marks';
import { capitalise } from './text';
import type { ChartDrawOptions } from './types';
import type { Lang } from '../lib/i18n/langs';
import { w } from './words/luxury-imports-from-china';

// Korean tick labels ("5000만 달러") run wider than "$50m": the left margin fits the widest.
const MARGIN = { right: 14, bottom: 24 };
const LEFT: Record<Lang, number> = { en: 54, ko: 84 };
const seriesKey = (r: ImportRow) => (r.series === 'seoul-list-unification-ministry' ? 'ministry' : 'lawmakers');

/** Draws the chart at the given width and layout. */
export function drawImports(rows: ImportRow[], { width, layout, document, lang }: ChartDrawOptions): Element {
  const left = LEFT[lang];
  const wide = layout === 'wide';
  const domain = importDomain(rows);
  const xScale = Plot.scale({ x: { type: 'utc', domain, range: [left, width - MARGIN.right] } });
  const x = (d: Date) => xScale.apply(d) as number;
  const resolutions = resolutionMarks(rows, x);
  const marginTop = (Math.max(0, ...resolutions.map((r) => r.level)) + 1) * LABEL_LINE + 10;
  const height = marginTop + (wide ? 300 : 240) + MARGIN.bottom;
  const yDomain = [0, Math.max(...seriesRows(rows).map((r) => r.value ?? 0)) * 1.12];
  const yScale = Plot.scale({ y: { domain: yDomain, range: [height - MARGIN.bottom, marginTop] } });
  const y = (v: number) => yScale.apply(v) as number;
  return Plot.plot({
    document,
    width,
    height,
    marginTop,
    marginLeft: left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    style: chartStyle,
    x: { type: 'utc', domain, ticks: yearTicks(domain, wide ? 2 : 4), tickFormat: (d: Date) => String(d.getUTCFullYear()), label: null },
    y: {
      domain: yDomain,
      ticks: wide ? 5 : 4,
      tickFormat: (v: number) => (v === 0 ? (lang === 'en' ? '$0' : '0') : formatMoney(v, 'usd', lang)),
      label: null,
      grid: true,
    },
    marks: [
      ...resolutionRules(rows, resolutions, lang),
      ...breakMarks(rows, x, width, lang),
      ...SERIES.flatMap(({ series }) => seriesMarks(rows, series)),
      ...valueLabelMarks(rows, { x, y, width }),
    ],
  });
}

/** 1 January every `step` years from the first year of the domain. */
function yearTicks([start, end]: [Date, Date], step: number): Date[] {
  const [first, last] = [start.getUTCFullYear(), end.getUTCFullYear()];
  return Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, k) => new Date(Date.UTC(first + k * step, 0, 1)));
}

/** Each resolution as a rule at its adoption day (a band across the year where only that is known), numbered above the plot. */
function resolutionRules(all: ImportRow[], resolutions: ResolutionMark[], lang: Lang): Plot.Markish[] {
  const days = resolutions.filter((r) => r.row.periodStart.length === 10);
  const spans = resolutions.filter((r) => r.row.periodStart.length < 10);
  const levels = [...new Set(resolutions.map((r) => r.level))];
  return [
    Plot.ruleX(days, { x: 'start', render: decorate('mark-resolution-rule') }),
    Plot.rect(spans, { x1: 'start', x2: 'end', render: decorate('mark-resolution-band') }),
    ...levels.map((level) => {
      const labelled = resolutions.filter((r) => r.level === level);
      return Plot.text(labelled, {
        x: 'start',
        text: 'label',
        frameAnchor: 'top',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dx: 2,
        dy: -4 - level * LABEL_LINE,
        render: annotate(labelled, (r) => ({
          title: r.row.label,
          lines: [w(lang, 'adopted', { date: formatDate(r.row.periodStart, lang) }), ...(r.row.note ? [r.row.note] : [])],
          className: 'chart__resolution-label',
          row: all.indexOf(r.row),
        })),
      });
    }),
  ];
}

/** A dashed rule at the start of the year a series changes compilation, labelled beside it where it fits, else along it. */
function breakMarks(all: ImportRow[], x: (d: Date) => number, width: number, lang: Lang): Plot.Markish[] {
  const breaks = seriesRows(all).filter((r) => r.break);
  const at = (r: ImportRow) => new Date(Date.UTC(r.year, 0, 1));
  const label = w(lang, 'seriesBreak');
  const fits = (r: ImportRow) => x(at(r)) + 4 + textWidth(label) <= width;
  const common = { x: at, text: () => label, frameAnchor: 'top', render: decorate('chart__muted') } as const;
  return [
    Plot.ruleX(breaks, { x: at, render: decorate('mark-break') }),
    Plot.text(breaks.filter(fits), { ...common, textAnchor: 'start', lineAnchor: 'top', dx: 4, dy: 4 }),
    Plot.text(
      breaks.filter((r) => !fits(r)),
      { ...common, textAnchor: 'end', lineAnchor: 'bottom', rotate: -90, dx: -4, dy: 4 },
    ),
  ];
}

/** What a point says in its tooltip and to a screen reader. */
function valueTip(all: ImportRow[], r: ImportRow, className: string) {
  return {
    title: r.label,
    lines: [
      r.value === null ? w(r.lang, 'tipMissing') : capitalise(r.display),
      ...(r.partialYear ? [w(r.lang, 'tipPart')] : []),
      ...(r.status === 'disputed' ? [w(r.lang, 'tipDisputed')] : []),
    ],
    className,
    row: all.indexOf(r),
  };
}

/** One series: its line over consecutive years, a point per full-year value, rings for part years, crosses for missing years. */
function seriesMarks(all: ImportRow[], series: ImportRow['series']): Plot.Markish[] {
  const own = all.filter((r) => r.series === series);
  if (!own.length) return [];
  const key = seriesKey(own[0]);
  const points = own.filter((r) => !r.partialYear && r.value !== null);
  const parts = own.filter((r) => r.partialYear && r.value !== null);
  const gaps = own.filter((r) => !r.partialYear && r.value === null);
  const symbol = key === 'ministry' ? 'square' : 'circle';
  return [
    Plot.line(lineRuns(all, series), { x: periodMiddle, y: 'value', z: 'run', render: decorate(`mark-line mark-line--${key}`) }),
    Plot.dot(points, {
      x: periodMiddle,
      y: 'value',
      r: POINT_R,
      symbol,
      render: annotate(points, (r) => valueTip(all, r, `mark mark--${key}`)),
    }),
    Plot.dot(parts, {
      x: periodMiddle,
      y: 'value',
      r: POINT_R,
      symbol,
      render: annotate(parts, (r) => valueTip(all, r, `mark mark--${key} mark--partial`)),
    }),
    Plot.dot(gaps, {
      x: periodMiddle,
      y: 0,
      r: 5,
      symbol: 'times',
      render: annotate(gaps, (r) => valueTip(all, r, 'mark mark-missing-year')),
    }),
  ];
}

/** The values the title states, above their points and clear of the other points and labels; inside the drawing across. */
function valueLabelMarks(all: ImportRow[], scales: { x: (d: Date) => number; y: (v: number) => number; width: number }): Plot.Markish[] {
  const { peak, low, latest } = importsFinding(all);
  const labelled = [peak, low, latest].filter((r): r is ImportRow => !!r);
  // dy is a constant of a text mark, so each label is a mark of its own.
  return valueLabels(labelled, all, scales).map(({ row, anchor, dy }) =>
    Plot.text([row], { x: periodMiddle, y: 'value', text: 'display', textAnchor: anchor, dy, fontWeight: 600, ariaHidden: 'true' }),
  );
}
