/**
 * How much did North Korea import from China of the goods on Seoul's 2009 luxury list, year by
 * year? Reads data/china-luxury-imports.json and the adoption dates in data/resolutions.json. One
 * line per series (lawmakers' and Unification Ministry's figures are never merged); a line joins
 * only consecutive years with a value, so a year no source gives is a break, never bridged; part
 * years are rings, not joined to the line; a change of compilation is a dashed rule; the UN
 * resolutions are rules on the time axis with their numbers above the plot.
 */
import { drawImports } from './luxury-imports-from-china-marks';
import { fullYears, importRows, importsFinding, SERIES, yearsWithoutValue, type ImportRow } from './luxury-imports-from-china-rows';
import { importDomain } from './luxury-imports-from-china-layout';
import { joinList, sentence } from './text';
import type { ChartSpec } from './types';

export { importRows, type ImportRow } from './luxury-imports-from-china-rows';

function title(rows: ImportRow[]): string {
  const { peak, low, latest } = importsFinding(rows);
  if (!peak) return 'North Korea’s luxury imports from China, year by year, as far as the sources go';
  const lead = `North Korea’s luxury imports from China peaked at ${peak.display} in ${peak.year}`;
  if (!low) return lead;
  return `${lead} and fell to ${low.display} in ${low.year}${latest ? `; in ${latest.year} they were ${latest.display}` : ''}`;
}

function gapsNote(rows: ImportRow[]): string[] {
  return SERIES.flatMap(({ series, short }) => {
    const gaps = yearsWithoutValue(rows, series);
    const parts = rows.filter((r) => r.series === series && r.partialYear && r.value !== null);
    if (!gaps.length && !parts.length) return [];
    const gapText = gaps.length ? `no source gives a full-year value for ${joinList(gaps.map(String))}, so the line breaks there` : '';
    const partText = parts.length
      ? `rings are values for part of a year (${joinList(parts.map((r) => `${r.display} in ${r.period}`))}), not joined to the line or comparable with whole years`
      : '';
    return [sentence(`${short}: ${[gapText, partText].filter(Boolean).join('; ')}`)];
  });
}

function coverageNote(rows: ImportRow[]): string[] {
  return SERIES.slice(1).flatMap(({ series, short }) => {
    const years = fullYears(rows, series).map((r) => String(r.year));
    return years.length
      ? [sentence(`${short}: figures for ${joinList(years)} only, drawn as their own points and never added to the other series`)]
      : [];
  });
}

export const luxuryImportsFromChina: ChartSpec<ImportRow> = {
  id: 'luxury-imports-from-china',
  title,
  dek: (rows) => {
    const [first, last] = importDomain(rows).map((d) => d.getUTCFullYear());
    return `Imports from China of the goods on Seoul’s 2009 luxury list, ${first}–${last - 1}, in US dollars, as South Korean lawmakers and the Unification Ministry compiled them from Chinese customs data, with the UN resolutions of those years`;
  },
  rows: importRows,
  columns: [
    { key: 'label', label: 'Series and period, or resolution' },
    { key: 'compiler', label: 'Compiled by' },
    { key: 'kind', label: 'Kind', in: 'download' },
    { key: 'period', label: 'Period', in: 'download' },
    { key: 'display', label: 'Imports', format: (r) => r.display || '—' },
    { key: 'status', label: 'Status', format: (r) => r.status ?? '' },
    { key: 'note', label: 'Note', in: 'table', format: (r) => [r.break, r.note].filter(Boolean).join(' ') || '—' },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'series', label: 'Series id', in: 'download' },
    { key: 'year', label: 'Year', in: 'download' },
    { key: 'periodStart', label: 'Period start', in: 'download' },
    { key: 'periodEnd', label: 'Period end', in: 'download' },
    { key: 'partialYear', label: 'Part of the year', in: 'download' },
    { key: 'value', label: 'Value (USD)', in: 'download' },
    { key: 'qualifier', label: 'Qualifier', in: 'download' },
    { key: 'confidence', label: 'Confidence', in: 'download' },
    { key: 'break', label: 'Break', in: 'download' },
    { key: 'note', label: 'Note', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const drawn = new Set(rows.map((r) => r.id));
    const before = data.resolutions.filter((r) => !drawn.has(r.id)).map((r) => r.number);
    return [
      'All values count only the categories on Seoul’s 2009 luxury list: a far narrower definition than C4ADS’s, so they cannot be compared with its estimate.',
      ...gapsNote(rows),
      ...coverageNote(rows),
      ...rows.filter((r) => r.break).map((r) => sentence(`From ${r.year} (dashed rule): ${r.break}`)),
      ...(before.length
        ? [
            sentence(
              `Resolution${before.length > 1 ? 's' : ''} ${joinList(before.map(String))}, adopted outside these years, ${before.length > 1 ? 'are' : 'is'} not marked`,
            ),
          ]
        : []),
    ];
  },
  alt: (rows) => {
    const series = SERIES.map(({ series: s, short }) => {
      const values = rows.filter((r) => r.series === s).map((r) => `${r.period}: ${r.display}`);
      return values.length ? `${short}: ${values.join('; ')}` : '';
    }).filter(Boolean);
    const resolutions = rows.filter((r) => r.kind === 'resolution').map((r) => `${r.resolution} (${r.period})`);
    return sentence(`Line chart of yearly imports. ${series.join('. ')}. UN resolutions marked: ${joinList(resolutions)}`);
  },
  legend: (rows) => [
    { className: 'mark-line mark-line--lawmakers', label: SERIES[0].short, swatch: 'line' },
    ...(rows.some((r) => r.series === SERIES[1].series && r.value !== null)
      ? [{ className: 'mark mark--ministry', label: SERIES[1].short, swatch: 'bar' as const }]
      : []),
    ...(rows.some((r) => r.partialYear)
      ? [{ className: 'mark mark--lawmakers mark--partial', label: 'Part of a year', swatch: 'dot' as const }]
      : []),
    ...(rows.some((r) => !r.partialYear && r.value === null)
      ? [{ className: 'mark mark-missing-year', label: 'No full-year value', swatch: 'cross' as const }]
      : []),
    { className: 'mark-resolution-rule', label: 'UN resolution adopted', swatch: 'line' },
  ],
  render: (rows, options) => drawImports(rows, options),
};
