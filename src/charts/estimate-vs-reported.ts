/**
 * How much bigger is the trade C4ADS traced than what governments told the UN? Reads four
 * figures in data/figures.json: the value estimate against the value reported, and the supplier
 * countries against the reporting ones. Each pair has its own scale (dollars, countries), so the
 * bars compare within a pair only; every bar is labelled with its value as the source words it.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import type { Figure } from '../lib/schemas/figure';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { barList, type BarGroup } from './bar-list';
import { chartCredit, capitalise, figure, figureText, joinList, lowerFirst, sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/estimate-vs-reported';

export interface ComparisonRow {
  /** The figure's id in data/figures.json. */
  id: string;
  measure: 'value' | 'countries';
  /** Whose number it is: C4ADS's finding or what states reported to the UN. */
  side: 'c4ads' | 'reported';
  label: string;
  value: number | null;
  unit: Figure['unit'];
  qualifier: Figure['qualifier'];
  /** The value as printed: "about $5.17bn". */
  display: string;
  status: Figure['status'];
  period: string | null;
  sources: string[];
  /** The language the row's words are in. */
  lang: Lang;
}

// Which figures the chart compares; each bar's short label is the message label.<measure>.<side>.
const PAIRS: Pick<ComparisonRow, 'measure' | 'side' | 'id'>[] = [
  { measure: 'value', side: 'c4ads', id: 'value-estimate-c4ads' },
  { measure: 'value', side: 'reported', id: 'value-reported-to-un' },
  { measure: 'countries', side: 'c4ads', id: 'source-countries' },
  { measure: 'countries', side: 'reported', id: 'countries-reported-to-un' },
];

/** The four plotted rows: each pair's C4ADS figure first, worded in the data set's language. */
export function comparisonRows(data: Dataset): ComparisonRow[] {
  const lang = langOf(data);
  return PAIRS.map(({ measure, side, id }) => {
    const f = figure(data, id);
    return {
      id,
      measure,
      side,
      label: w(lang, `label.${measure}.${side}`),
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      display: figureText(f, lang),
      status: f.status,
      period: f.period ? formatPeriod(f.period, lang) : null,
      sources: f.sources,
      lang,
    };
  });
}

const heading = (lang: Lang, measure: ComparisonRow['measure']) => w(lang, `heading.${measure}`);
const barTitle = (r: ComparisonRow) => w(r.lang, 'barTitle', { heading: heading(r.lang, r.measure), label: lowerFirst(r.label) });
const statusWords = (row: ComparisonRow): string => w(row.lang, `status.${row.status}`);

export const estimateVsReported: ChartSpec<ComparisonRow> = {
  id: 'estimate-vs-reported',
  title: (_rows, data) => w(langOf(data), 'title', { multiple: figureText(figure(data, 'value-multiple'), langOf(data)) }),
  dek: (rows, data) => {
    const lang = langOf(data);
    const period = rows.find((r) => r.period)?.period;
    return w(lang, 'dek', { period: period ? w(lang, 'dekPeriod', { period }) : '' });
  },
  rows: comparisonRows,
  columns: (lang) => [
    { key: 'label', label: w(lang, 'col.measure'), format: barTitle },
    { key: 'display', label: w(lang, 'col.value') },
    { key: 'period', label: w(lang, 'col.period'), format: (r) => r.period ?? w(lang, 'notGiven') },
    { key: 'status', label: w(lang, 'col.status'), format: statusWords },
    { key: 'id', label: 'Figure', in: 'download' },
    { key: 'measure', label: 'Measure', in: 'download' },
    { key: 'side', label: 'Whose figure', in: 'download' },
    { key: 'value', label: 'Value', in: 'download' },
    { key: 'unit', label: 'Unit', in: 'download' },
    { key: 'qualifier', label: 'Qualifier', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows, data) => [...rows.flatMap((r) => r.sources), ...figure(data, 'value-multiple').sources],
  notes: (rows, data) => {
    const lang = langOf(data);
    const notes: string[] = [];
    for (const row of rows) {
      const f = figure(data, row.id);
      for (const alt of f.alternatives.filter((a) => a.relation !== 'rounded')) {
        const credits = joinList(
          alt.sources.map((id) => chartCredit(data, id)),
          lang,
        );
        const shown = alt.display ?? formatValue(alt.value, f.unit, { lang });
        const reading = alt.meaning ? w(lang, 'reading', { meaning: lowerFirst(alt.meaning) }) : '';
        notes.push(
          sentence(w(lang, 'otherReading', { heading: heading(lang, row.measure), label: lowerFirst(row.label), credits, shown, reading })),
        );
      }
    }
    notes.push(w(lang, 'ownScale'));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const pair = (m: ComparisonRow['measure']) =>
      w(lang, 'altPair', {
        heading: heading(lang, m),
        bars: rows
          .filter((r) => r.measure === m)
          .map((r) =>
            w(lang, 'altBar', {
              label: lowerFirst(r.label),
              display: r.display,
              disputed: r.status === 'disputed' ? w(lang, 'altDisputed') : '',
            }),
          )
          .join('; '),
      });
    return sentence(w(lang, 'alt', { pairs: [pair('value'), pair('countries')].join('. ') }));
  },
  legend: (rows, lang) => [
    { className: 'mark mark--c4ads', label: w(lang, 'legend.c4ads') },
    { className: 'mark mark--reported', label: w(lang, 'legend.reported') },
    ...(rows.some((r) => r.status === 'disputed')
      ? [{ className: 'mark mark--reported mark--disputed', label: w(lang, 'legend.disputed') }]
      : []),
  ],
  render: (rows, options) => {
    const { lang } = options;
    const groups: BarGroup[] = (['value', 'countries'] as const).map((m) => ({ key: m, heading: heading(lang, m) }));
    return barList(
      rows.map((r, i) => ({
        group: r.measure,
        label: r.label,
        value: r.value,
        valueText: r.status === 'disputed' ? w(lang, 'valueDisputed', { display: r.display }) : r.display,
        missingText: w(lang, 'notKnown'),
        className: `mark mark--${r.side}${r.status === 'disputed' ? ' mark--disputed' : ''}`,
        tip: {
          title: barTitle(r),
          lines: [capitalise(r.display), ...(r.period ? [r.period] : []), w(lang, 'statusLine', { status: statusWords(r) })],
          row: i,
        },
      })),
      groups,
      options,
      { labelWidth: 160, valueWidth: options.layout === 'wide' ? 170 : 110 },
    );
  },
};
