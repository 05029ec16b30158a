/**
 * How much bigger is the trade C4ADS traced than what governments told the UN? Reads four
 * figures in data/figures.json: the value estimate against the value reported, and the supplier
 * countries against the reporting ones. Each pair has its own scale (dollars, countries), so the
 * bars compare within a pair only; every bar is labelled with its value as the source words it.
 */
import type { Dataset } from '../lib/data';
import { shortCredit } from '../lib/sources';
import { formatPeriod, formatValue } from '../lib/format';
import type { Figure } from '../lib/schemas/figure';
import { barList, type BarGroup } from './bar-list';
import { capitalise, figure, figureText, joinList, lowerFirst, sentence } from './text';
import type { ChartSpec } from './types';

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
}

// Which figures the chart compares, and the short label each bar carries.
const PAIRS: Pick<ComparisonRow, 'measure' | 'side' | 'id' | 'label'>[] = [
  { measure: 'value', side: 'c4ads', id: 'value-estimate-c4ads', label: 'Traced by C4ADS' },
  { measure: 'value', side: 'reported', id: 'value-reported-to-un', label: 'Reported to the UN' },
  { measure: 'countries', side: 'c4ads', id: 'source-countries', label: 'Found by C4ADS' },
  { measure: 'countries', side: 'reported', id: 'countries-reported-to-un', label: 'Reported to the UN' },
];

/** The four plotted rows: each pair's C4ADS figure first. */
export function comparisonRows(data: Dataset): ComparisonRow[] {
  return PAIRS.map(({ measure, side, id, label }) => {
    const f = figure(data, id);
    return {
      id,
      measure,
      side,
      label,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      display: figureText(f),
      status: f.status,
      period: f.period ? formatPeriod(f.period) : null,
      sources: f.sources,
    };
  });
}

const headings: Record<ComparisonRow['measure'], string> = {
  value: 'Value of the luxury goods',
  countries: 'Countries they came from',
};

function statusWords(row: ComparisonRow): string {
  return row.status === 'disputed' ? 'sources read it differently' : row.status;
}

export const estimateVsReported: ChartSpec<ComparisonRow> = {
  id: 'estimate-vs-reported',
  title: (_rows, data) =>
    `C4ADS’s estimate from trade data is ${figureText(figure(data, 'value-multiple'))} the luxury exports states reported to the UN, on one reading of the smaller figure`,
  dek: (rows) => {
    const period = rows.find((r) => r.period)?.period;
    return `Luxury goods exported to North Korea${period ? `, ${period}` : ''}: what C4ADS found against what states told the Security Council`;
  },
  rows: comparisonRows,
  columns: [
    { key: 'label', label: 'Measure', format: (r) => `${headings[r.measure]}: ${lowerFirst(r.label)}` },
    { key: 'display', label: 'Value' },
    { key: 'period', label: 'Period', format: (r) => r.period ?? 'not given' },
    { key: 'status', label: 'Status', format: statusWords },
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
    const notes: string[] = [];
    for (const row of rows) {
      const f = figure(data, row.id);
      for (const alt of f.alternatives.filter((a) => a.relation !== 'rounded')) {
        const credits = joinList(alt.sources.map((id) => shortCredit(data, id)));
        const shown = alt.display ?? formatValue(alt.value, f.unit);
        const reading = alt.meaning ? `: ${lowerFirst(alt.meaning)}` : '';
        notes.push(sentence(`${headings[row.measure]}, ${lowerFirst(row.label)}: ${credits} give “${shown}” another meaning${reading}`));
      }
    }
    notes.push('Each pair of bars has its own scale: compare the bars within a pair.');
    return notes;
  },
  alt: (rows) =>
    sentence(
      `Two pairs of bars. ${(['value', 'countries'] as const)
        .map(
          (m) =>
            `${headings[m]}: ${rows
              .filter((r) => r.measure === m)
              .map((r) => `${lowerFirst(r.label)}, ${r.display}${r.status === 'disputed' ? ' (disputed reading)' : ''}`)
              .join('; ')}`,
        )
        .join('. ')}`,
    ),
  legend: (rows) => [
    { className: 'mark mark--c4ads', label: 'C4ADS’s finding' },
    { className: 'mark mark--reported', label: 'Reported to the UN' },
    ...(rows.some((r) => r.status === 'disputed')
      ? [{ className: 'mark mark--reported mark--disputed', label: 'Meaning disputed between sources' }]
      : []),
  ],
  render: (rows, options) => {
    const groups: BarGroup[] = (['value', 'countries'] as const).map((m) => ({
      key: m,
      heading: headings[m],
    }));
    return barList(
      rows.map((r, i) => ({
        group: r.measure,
        label: r.label,
        value: r.value,
        valueText: r.status === 'disputed' ? `${r.display} (disputed)` : r.display,
        missingText: 'not known',
        className: `mark mark--${r.side}${r.status === 'disputed' ? ' mark--disputed' : ''}`,
        tip: {
          title: `${headings[r.measure]}: ${lowerFirst(r.label)}`,
          lines: [capitalise(r.display), ...(r.period ? [r.period] : []), `Status: ${statusWords(r)}`],
          row: i,
        },
      })),
      groups,
      options,
      { labelWidth: 160, valueWidth: options.layout === 'wide' ? 170 : 110 },
    );
  },
};
