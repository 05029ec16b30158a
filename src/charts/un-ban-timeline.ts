/**
 * How did the UN's luxury ban grow? Reads data/resolutions.json. One block per resolution: a point
 * on a time track at its adoption date (a bar across the whole year where the sources give only
 * the year), then the items and price thresholds the sources say it added, or in words that it
 * added none or that what it added is unknown. Wide: track left, items right. Narrow: stacked.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../lib/data';
import { formatDate, formatMoney } from '../lib/format';
import type { Resolution } from '../lib/schemas/resolution';
import { chartStyle } from './layout';
import { annotate } from './marks';
import {
  AXIS_HEIGHT,
  columns,
  completenessText,
  endOf,
  resolutionBlocks,
  startOf,
  trackYears,
  year,
  type Block,
} from './un-ban-timeline-layout';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/un-ban-timeline';

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
  /** The language the row's words are in (the data set's). */
  lang: Lang;
}

/** The rows plotted: one per resolution, in order of adoption. */
export function resolutionRows(data: Dataset): ResolutionRow[] {
  const lang = langOf(data);
  const item = (i: Resolution['items'][number]) =>
    i.thresholdUsd === undefined ? i.item : w(lang, 'threshold', { item: i.item, value: formatMoney(i.thresholdUsd, 'usd', lang) });
  return [...data.resolutions]
    .sort((a, b) => a.adopted.localeCompare(b.adopted) || a.number - b.number)
    .map((r) => ({
      id: r.id,
      resolution: r.number,
      adopted: r.adopted,
      precision: r.adopted.length === 10 ? 'day' : r.adopted.length === 7 ? 'month' : 'year',
      items: r.items.map(item),
      completeness: r.completeness,
      summary: r.summary,
      sources: [...new Set([...r.sources, ...r.items.flatMap((i) => i.sources)])],
      lang,
    }));
}

function adoptedText(r: ResolutionRow): string {
  const date = formatDate(r.adopted, r.lang);
  return r.precision === 'day' ? date : w(r.lang, 'adoptedYear', { date });
}

function itemsText(r: ResolutionRow): string {
  const completeness = completenessText(r.completeness, r.lang);
  return r.items.length ? w(r.lang, 'itemsWith', { items: r.items.join('; '), completeness }) : completeness;
}

export const unBanTimeline: ChartSpec<ResolutionRow> = {
  id: 'un-ban-timeline',
  title: (rows, data) => {
    const lang = langOf(data);
    const first = rows[0];
    const firstItems = rows.find((r) => r.items.length);
    return firstItems && first ? w(lang, 'title', { first: year(first.adopted), items: year(firstItems.adopted) }) : w(lang, 'titleAll');
  },
  dek: (_rows, data) => w(langOf(data), 'dek'),
  rows: resolutionRows,
  columns: (lang) => [
    { key: 'resolution', label: w(lang, 'col.resolution') },
    { key: 'adopted', label: w(lang, 'col.adopted'), format: adoptedText },
    { key: 'items', label: w(lang, 'col.items'), format: itemsText },
    { key: 'summary', label: w(lang, 'col.summary'), in: 'table' },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'precision', label: 'Date precision', in: 'download' },
    { key: 'completeness', label: 'Completeness', in: 'download' },
    { key: 'summary', label: 'Summary', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const lang = langOf(data);
    const notes: string[] = [];
    const yearOnly = rows.filter((r) => r.precision !== 'day').map((r) => r.resolution);
    if (yearOnly.length) notes.push(sentence(w(lang, 'noteYears', { list: yearOnly.join(', ') })));
    const unchecked = rows.filter((r) => r.completeness === 'partial' || r.completeness === 'unknown').map((r) => r.resolution);
    if (unchecked.length) notes.push(sentence(w(lang, 'noteUnchecked', { list: unchecked.join(', ') })));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const blocks = rows.map((r) => w(lang, 'altBlock', { number: r.resolution, adopted: adoptedText(r), items: itemsText(r) }));
    return sentence(w(lang, 'alt', { blocks: blocks.join('. ') }));
  },
  legend: (rows, lang) => [
    { className: 'mark mark--resolution', label: w(lang, 'legend.day'), swatch: 'dot' },
    ...(rows.some((r) => r.precision !== 'day') ? [{ className: 'mark mark--resolution mark--year', label: w(lang, 'legend.year') }] : []),
  ],
  render: (rows, { width, layout, document }) => {
    const wide = layout === 'wide';
    const { trackRight, textX, chars } = columns(width, wide);
    const { blocks, height } = resolutionBlocks(rows, chars, wide);
    const { domain, ticks } = trackYears(rows, wide ? 2 : 4);
    return Plot.plot({
      document,
      width,
      height,
      marginTop: AXIS_HEIGHT,
      marginBottom: 0,
      marginLeft: TRACK_LEFT,
      marginRight: width - trackRight,
      style: chartStyle,
      x: { type: 'utc', domain, label: null, axis: 'top', ticks, tickFormat: (d: Date) => String(d.getUTCFullYear()), grid: true },
      y: { type: 'identity', axis: null },
      marks: [...(wide ? [leaders(blocks, domain[1])] : []), ...adoptionMarks(blocks), ...textMarks(blocks, textX)],
    });
  },
};

const TRACK_LEFT = 16;

/** Dotted leaders from each resolution's mark to the right end of the track, towards its words. */
function leaders(blocks: Block[], end: Date): Plot.Markish {
  return Plot.ruleY(blocks, {
    y: 'markY',
    x1: (b: Block) => endOf(b.row.adopted),
    x2: end,
    className: 'grid-line',
    strokeDasharray: '2 3',
    ariaHidden: 'true',
  });
}

/** A point at the adoption day, or a bar across the year where the sources give only the year. */
function adoptionMarks(blocks: Block[]): Plot.Markish[] {
  const days = blocks.filter((b) => b.row.precision === 'day');
  const spans = blocks.filter((b) => b.row.precision !== 'day');
  const tip = (b: Block) => ({
    title: w(b.row.lang, 'resolution', { number: b.row.resolution }),
    lines: [adoptedText(b.row), b.row.summary],
    className: `mark mark--resolution${b.row.precision === 'day' ? '' : ' mark--year'}`,
    row: b.index,
  });
  return [
    Plot.rect(spans, {
      x1: (b: Block) => startOf(b.row.adopted),
      x2: (b: Block) => endOf(b.row.adopted),
      y1: (b: Block) => b.markY - 5,
      y2: (b: Block) => b.markY + 5,
      render: annotate(spans, tip),
    }),
    Plot.dot(days, { x: (b: Block) => startOf(b.row.adopted), y: 'markY', r: 6, render: annotate(days, tip) }),
  ];
}

/** Each block's words beside (wide) or under (narrow) the track. Plot's font options are constants, so one mark per style. */
function textMarks(blocks: Block[], textX: number): Plot.Markish[] {
  const lines = blocks.flatMap((b) => b.lines);
  const styles = [...new Set(lines.map((l) => `${l.muted}|${l.weight}|${l.indent}`))].sort();
  return styles.map((style) => {
    const [muted, weight, indent] = style.split('|');
    return Plot.text(
      lines.filter((l) => `${l.muted}|${l.weight}|${l.indent}` === style),
      {
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        fontWeight: Number(weight),
        fontStyle: muted === 'true' ? 'italic' : 'normal',
        frameAnchor: 'left',
        dx: textX - TRACK_LEFT + (indent === 'true' ? 9 : 0),
        ariaHidden: 'true',
      },
    );
  });
}
