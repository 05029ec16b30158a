/**
 * How much did North Korea import from China of the goods on Seoul's 2009 luxury list, year by
 * year? Reads data/china-luxury-imports.json and the adoption dates in data/resolutions.json. One
 * line per series (lawmakers' and Unification Ministry's figures are never merged); a line joins
 * only consecutive years with a value, so a year no source gives is a break, never bridged; part
 * years are rings, not joined to the line; a change of compilation is a dashed rule; the UN
 * resolutions are rules on the time axis with their numbers above the plot.
 */
import { drawImports } from './luxury-imports-from-china-marks';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { statusWord } from '../lib/i18n/ui/figures';
import { fullYears, importRows, importsFinding, seriesWords, yearsWithoutValue, type ImportRow } from './luxury-imports-from-china-rows';
import { importDomain } from './luxury-imports-from-china-layout';
import { joinList, sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/luxury-imports-from-china';

export { importRows, type ImportRow } from './luxury-imports-from-china-rows';

function title(rows: ImportRow[], lang: Lang): string {
  const { peak, low, latest } = importsFinding(rows);
  if (!peak) return w(lang, 'titleNone');
  const lead = w(lang, 'titleLead', { peak: peak.display, peakYear: peak.year });
  if (!low) return lead;
  const vars = { lead, low: low.display, lowYear: low.year };
  return latest ? w(lang, 'titleLatest', { ...vars, latest: latest.display, latestYear: latest.year }) : w(lang, 'titleLow', vars);
}

function gapsNote(rows: ImportRow[], lang: Lang): string[] {
  return seriesWords(lang).flatMap(({ series, short }) => {
    const gaps = yearsWithoutValue(rows, series);
    const parts = rows.filter((r) => r.series === series && r.partialYear && r.value !== null);
    if (!gaps.length && !parts.length) return [];
    const gapText = gaps.length ? w(lang, 'gaps', { years: joinList(gaps.map(String), lang) }) : '';
    const values = joinList(
      parts.map((r) => w(lang, 'partValue', { display: r.display, period: r.period })),
      lang,
    );
    const partText = parts.length ? w(lang, 'parts', { values }) : '';
    return [sentence(w(lang, 'gapsNote', { series: short, parts: [gapText, partText].filter(Boolean).join('; ') }))];
  });
}

function coverageNote(rows: ImportRow[], lang: Lang): string[] {
  return seriesWords(lang)
    .slice(1)
    .flatMap(({ series, short }) => {
      const years = fullYears(rows, series).map((r) => String(r.year));
      return years.length ? [sentence(w(lang, 'coverage', { series: short, years: joinList(years, lang) }))] : [];
    });
}

export const luxuryImportsFromChina: ChartSpec<ImportRow> = {
  id: 'luxury-imports-from-china',
  title: (rows, data) => title(rows, langOf(data)),
  dek: (rows, data) => {
    const [first, last] = importDomain(rows).map((d) => d.getUTCFullYear());
    return w(langOf(data), 'dek', { first, last: last - 1 });
  },
  rows: importRows,
  columns: (lang) => [
    { key: 'label', label: w(lang, 'col.label') },
    { key: 'compiler', label: w(lang, 'col.compiler') },
    { key: 'kind', label: 'Kind', in: 'download' },
    { key: 'period', label: 'Period', in: 'download' },
    { key: 'display', label: w(lang, 'col.imports'), format: (r) => r.display || '—' },
    { key: 'status', label: w(lang, 'col.status'), format: (r) => (r.status ? statusWord(lang, 'status', r.status) : '') },
    { key: 'note', label: w(lang, 'col.note'), in: 'table', format: (r) => [r.break, r.note].filter(Boolean).join(' ') || '—' },
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
    const lang = langOf(data);
    const drawn = new Set(rows.map((r) => r.id));
    const before = data.resolutions.filter((r) => !drawn.has(r.id)).map((r) => r.number);
    const list = joinList(before.map(String), lang);
    return [
      w(lang, 'definition'),
      ...gapsNote(rows, lang),
      ...coverageNote(rows, lang),
      ...rows.filter((r) => r.break).map((r) => sentence(w(lang, 'breakNote', { year: r.year, break: r.break! }))),
      ...(before.length ? [sentence(w(lang, before.length > 1 ? 'beforeMany' : 'beforeOne', { list }))] : []),
    ];
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const series = seriesWords(lang)
      .map(({ series: s, short }) => {
        const values = rows.filter((r) => r.series === s).map((r) => w(lang, 'altValue', { period: r.period, display: r.display }));
        return values.length ? w(lang, 'altSeries', { series: short, values: values.join('; ') }) : '';
      })
      .filter(Boolean);
    const resolutions = rows
      .filter((r) => r.kind === 'resolution')
      .map((r) => w(lang, 'altResolution', { number: r.resolution!, date: r.period }));
    return sentence(w(lang, 'alt', { series: series.join('. '), resolutions: joinList(resolutions, lang) }));
  },
  legend: (rows, lang) => {
    const [lawmakers, ministry] = seriesWords(lang);
    return [
      { className: 'mark-line mark-line--lawmakers', label: lawmakers.short, swatch: 'line' },
      ...(rows.some((r) => r.series === ministry.series && r.value !== null)
        ? [{ className: 'mark mark--ministry', label: ministry.short, swatch: 'bar' as const }]
        : []),
      ...(rows.some((r) => r.partialYear)
        ? [{ className: 'mark mark--lawmakers mark--partial', label: w(lang, 'legend.part'), swatch: 'dot' as const }]
        : []),
      ...(rows.some((r) => !r.partialYear && r.value === null)
        ? [{ className: 'mark mark-missing-year', label: w(lang, 'legend.missing'), swatch: 'cross' as const }]
        : []),
      { className: 'mark-resolution-rule', label: w(lang, 'legend.resolution'), swatch: 'line' },
    ];
  },
  render: (rows, options) => drawImports(rows, options),
};
