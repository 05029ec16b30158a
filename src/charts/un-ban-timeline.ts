/**
 * How did the UN's luxury ban grow? Reads data/resolutions.json. One block per resolution: a point
 * on a time track at its adoption date (a bar across the whole year where the sources give only
 * the year), then the items and price thresholds the sources say it added, or in words that it
 * added none or that what it added is unknown. Wide: track left, items right. Narrow: stacked.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../lib/data';
import { latestDay } from '../lib/dates';
import { formatDate, formatMoney } from '../lib/format';
import type { Resolution } from '../lib/schemas/resolution';
import { charsIn, chartStyle, FONT_SIZE, wrapText } from './layout';
import { annotate } from './marks';
import { sentence } from './text';
import type { ChartSpec } from './types';

export interface ResolutionRow {
  id: string;
  resolution: number;
  adopted: string;
  /** "day" when the sources give the full date, "year" when only the year (or "month"). */
  precision: 'day' | 'month' | 'year';
  /** The items, with their thresholds in house style: "Rugs and tapestries (over $500)". */
  items: string[];
  completeness: Resolution['completeness'];
  summary: string;
  sources: string[];
}

/** The rows plotted: one per resolution, in order of adoption. */
export function resolutionRows(data: Dataset): ResolutionRow[] {
  return [...data.resolutions]
    .sort((a, b) => a.adopted.localeCompare(b.adopted) || a.number - b.number)
    .map((r) => ({
      id: r.id,
      resolution: r.number,
      adopted: r.adopted,
      precision: r.adopted.length === 10 ? 'day' : r.adopted.length === 7 ? 'month' : 'year',
      items: r.items.map((i) => (i.thresholdUsd === undefined ? i.item : `${i.item} (over ${formatMoney(i.thresholdUsd, 'usd')})`)),
      completeness: r.completeness,
      summary: r.summary,
      sources: [...new Set([...r.sources, ...r.items.flatMap((i) => i.sources)])],
    }));
}

const completenessWords: Record<Resolution['completeness'], string> = {
  complete: 'the full list',
  partial: 'items the sources name; not the full list',
  none: 'added no items: each state was to define luxury goods itself',
  unknown: 'what it added, if anything, is unknown',
};

function adoptedText(r: ResolutionRow): string {
  return r.precision === 'day' ? formatDate(r.adopted) : `${formatDate(r.adopted)} (exact date not in our sources)`;
}

function itemsText(r: ResolutionRow): string {
  return r.items.length ? `${r.items.join('; ')} (${completenessWords[r.completeness]})` : completenessWords[r.completeness];
}

const year = (d: string) => Number(d.slice(0, 4));
const start = (d: string) => new Date(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
const end = (d: string) => new Date(`${latestDay(d)}T23:59:59Z`);

export const unBanTimeline: ChartSpec<ResolutionRow> = {
  id: 'un-ban-timeline',
  title: (rows) => {
    const first = rows[0];
    const firstItems = rows.find((r) => r.items.length);
    return firstItems && first
      ? `The UN banned luxury goods for North Korea in ${year(first.adopted)} but named the first items only in ${year(firstItems.adopted)}`
      : 'The UN luxury ban, resolution by resolution';
  },
  dek: 'The Security Council resolutions the sources tie to the luxury ban on North Korea, and the items and price thresholds each added',
  rows: resolutionRows,
  columns: [
    { key: 'resolution', label: 'Resolution' },
    { key: 'adopted', label: 'Adopted', format: adoptedText },
    { key: 'items', label: 'Items and thresholds it added', format: itemsText },
    { key: 'summary', label: 'What it did', in: 'table' },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'precision', label: 'Date precision', in: 'download' },
    { key: 'completeness', label: 'Completeness', in: 'download' },
    { key: 'summary', label: 'Summary', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows) => {
    const notes: string[] = [];
    const yearOnly = rows.filter((r) => r.precision !== 'day').map((r) => r.resolution);
    if (yearOnly.length)
      notes.push(sentence(`Resolutions ${yearOnly.join(', ')}: our sources give only the year, so each is drawn across it`));
    const unchecked = rows.filter((r) => r.completeness === 'partial' || r.completeness === 'unknown').map((r) => r.resolution);
    if (unchecked.length)
      notes.push(sentence(`For resolutions ${unchecked.join(', ')}, the items come from press and legal summaries, or are not known`));
    return notes;
  },
  alt: (rows) =>
    sentence(`Timeline of resolutions. ${rows.map((r) => `Resolution ${r.resolution}, ${adoptedText(r)}: ${itemsText(r)}`).join('. ')}`),
  legend: (rows) => [
    { className: 'mark mark--resolution', label: 'Adopted on a known day', swatch: 'dot' },
    ...(rows.some((r) => r.precision !== 'day')
      ? [{ className: 'mark mark--resolution mark--year', label: 'Only the year is known' }]
      : []),
  ],
  render: (rows, { width, layout, document }) => {
    const wide = layout === 'wide';
    const line = FONT_SIZE + 5;
    const trackRight = wide ? Math.round(width * 0.36) : width - 18;
    const textX = wide ? trackRight + 24 : 0;
    const chars = charsIn(width - textX);
    const axisHeight = 22;
    let y = axisHeight + 8;
    const blocks = rows.map((r, i) => {
      const heading = `Resolution ${r.resolution} · ${r.precision === 'day' ? formatDate(r.adopted) : `${formatDate(r.adopted)}, day not known`}`;
      // Items are bulleted with a hanging indent; the note on completeness follows them.
      const lines = r.items.length
        ? [
            ...r.items.flatMap((item) => wrapText(`• ${item}`, chars - 2).map((t, k) => ({ t, indent: k > 0 }))),
            ...wrapText(`(${completenessWords[r.completeness]})`, chars).map((t) => ({ t, indent: false })),
          ]
        : wrapText(completenessWords[r.completeness], chars).map((t) => ({ t, indent: false }));
      // Wide: the point sits on the heading's line. Narrow: on a line of its own above the heading.
      const markY = y + line / 2;
      const headingY = wide ? y : y + line;
      const bodyY = headingY + line;
      y = bodyY + lines.length * line + 10;
      return { r, i, heading, lines, markY, headingY, bodyY, muted: !r.items.length };
    });
    const height = y;
    const years = rows.map((r) => year(r.adopted));
    const domain = [new Date(Date.UTC(Math.min(...years), 0, 1)), new Date(Date.UTC(Math.max(...years) + 1, 0, 1))];
    const days = blocks.filter((b) => b.r.precision === 'day');
    const spans = blocks.filter((b) => b.r.precision !== 'day');
    const tip = (b: (typeof blocks)[number]) => ({
      title: `Resolution ${b.r.resolution}`,
      lines: [adoptedText(b.r), b.r.summary],
      className: `mark mark--resolution${b.r.precision === 'day' ? '' : ' mark--year'}`,
      row: b.i,
    });
    const texts = blocks.flatMap((b) => [
      { text: b.heading, y: b.headingY, weight: 600, muted: false, indent: false },
      ...b.lines.map((l, k) => ({ text: l.t, y: b.bodyY + k * line, weight: 400, muted: b.muted, indent: l.indent })),
    ]);
    const first = Math.min(...years);
    const step = wide ? 2 : 4;
    const ticks = Array.from(
      { length: Math.floor((Math.max(...years) + 1 - first) / step) + 1 },
      (_, k) => new Date(Date.UTC(first + k * step, 0, 1)),
    );
    return Plot.plot({
      document,
      width,
      height,
      marginTop: axisHeight,
      marginBottom: 0,
      marginLeft: 16,
      marginRight: width - trackRight,
      style: chartStyle,
      x: {
        type: 'utc',
        domain,
        label: null,
        axis: 'top',
        ticks,
        tickFormat: (d: Date) => String(d.getUTCFullYear()),
        grid: true,
      },
      y: { type: 'identity', axis: null },
      marks: [
        ...(wide
          ? [
              Plot.ruleY(blocks, {
                y: 'markY',
                x1: (b: (typeof blocks)[number]) => end(b.r.adopted),
                x2: domain[1],
                className: 'grid-line',
                strokeDasharray: '2 3',
                ariaHidden: 'true',
              }),
            ]
          : []),
        Plot.rect(spans, {
          x1: (b: (typeof blocks)[number]) => start(b.r.adopted),
          x2: (b: (typeof blocks)[number]) => end(b.r.adopted),
          y1: (b: (typeof blocks)[number]) => b.markY - 5,
          y2: (b: (typeof blocks)[number]) => b.markY + 5,
          render: annotate(spans, tip),
        }),
        Plot.dot(days, {
          x: (b: (typeof blocks)[number]) => start(b.r.adopted),
          y: 'markY',
          r: 6,
          render: annotate(days, tip),
        }),
        // Plot's text options are constants, so each style (weight, italics, indent) is its own mark.
        ...[false, true].flatMap((muted) =>
          [400, 600].flatMap((weight) =>
            [false, true].map((indent) =>
              Plot.text(
                texts.filter((t) => t.muted === muted && t.weight === weight && t.indent === indent),
                {
                  y: 'y',
                  text: 'text',
                  textAnchor: 'start',
                  lineAnchor: 'top',
                  fontWeight: weight,
                  fontStyle: muted ? 'italic' : 'normal',
                  frameAnchor: 'left',
                  dx: textX - 16 + (indent ? 9 : 0),
                  ariaHidden: 'true',
                },
              ),
            ),
          ),
        ),
      ],
    });
  },
};
