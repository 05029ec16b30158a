/**
 * The rows of the luxury-imports-from-China chart: one per record of data/china-luxury-imports.json,
 * each series kept apart, values as the sources give them (null stays null); then one per UN
 * resolution of data/resolutions.json adopted within those years, which the chart marks on its
 * time axis. Also the finding the title states, read from the lawmakers' full-year values.
 */
import type { Dataset } from '../lib/data';
import { formatDate, formatPeriod, formatValue } from '../lib/format';
import type { ChinaLuxuryImport } from '../lib/schemas/china-luxury-import';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import type { Resolution } from '../lib/schemas/resolution';
import { w } from './words/luxury-imports-from-china';

export type Series = ChinaLuxuryImport['series'];

const seriesKey = (s: Series) => (s === 'seoul-list-unification-ministry' ? 'ministry' : 'lawmakers');

/** The series in drawing order, with the words that label each in `lang`. */
export function seriesWords(lang: Lang = 'en'): { series: Series; label: string; short: string }[] {
  return (['seoul-list-lawmakers', 'seoul-list-unification-ministry'] as const).map((series) => ({
    series,
    label: w(lang, `series.${seriesKey(series)}`),
    short: w(lang, `short.${seriesKey(series)}`),
  }));
}

/** The series in drawing order, with their English words. */
export const SERIES = seriesWords();

export interface ImportRow {
  id: string;
  /** "imports": a value of a series; "resolution": a UN resolution marked on the time axis. */
  kind: 'imports' | 'resolution';
  /** The series of an imports row; null for a resolution. */
  series: Series | null;
  /** What the row is, as its mark's tooltip names it: "Lawmakers’ series, 2019", "Resolution 2397". */
  label: string;
  /** Who compiled the value, in words; for a resolution, the Security Council. */
  compiler: string;
  year: number;
  /** The months the value covers: "2019" or "January–June 2019". */
  period: string;
  periodStart: string;
  periodEnd: string;
  partialYear: boolean;
  /** Imports in US dollars; null where no source gives the value. */
  value: number | null;
  qualifier: ChinaLuxuryImport['qualifier'] | null;
  /** The value as printed: "about $272m", or "no value" where no source gives one. */
  display: string;
  status: ChinaLuxuryImport['status'] | null;
  confidence: ChinaLuxuryImport['confidence'] | null;
  /** On the first row after a change of definition or compilation: what changed. */
  break: string | null;
  /** The resolution's number; null for imports rows. */
  resolution: number | null;
  note: string | null;
  sources: string[];
  /** The language the row's words are in (the data set's). */
  lang: Lang;
}

const seriesOrder = (s: Series) => SERIES.findIndex((x) => x.series === s);

/** The rows plotted: every record, by series, then year, a part-year before its whole year; then the resolutions of those years. */
export function importRows(data: Dataset): ImportRow[] {
  const imports = [...data.chinaLuxuryImports]
    .sort((a, b) => seriesOrder(a.series) - seriesOrder(b.series) || a.year - b.year || Number(b.partialYear) - Number(a.partialYear))
    .map((r) => importRow(r, langOf(data)));
  const years = imports.map((r) => r.year);
  const within = (r: Resolution) =>
    Number(r.adopted.slice(0, 4)) >= Math.min(...years) && Number(r.adopted.slice(0, 4)) <= Math.max(...years);
  const resolutions = data.resolutions
    .filter(within)
    .sort((a, b) => a.adopted.localeCompare(b.adopted) || a.number - b.number)
    .map((r) => resolutionRow(r, langOf(data)));
  return [...imports, ...resolutions];
}

function importRow(r: ChinaLuxuryImport, lang: Lang): ImportRow {
  const words = seriesWords(lang)[seriesOrder(r.series)];
  const period = formatPeriod(r.period, lang);
  return {
    id: r.id,
    kind: 'imports',
    series: r.series,
    label: w(lang, 'rowLabel', { series: words.short, period }),
    compiler: words.label,
    year: r.year,
    period,
    periodStart: r.period.start,
    periodEnd: r.period.end,
    partialYear: r.partialYear,
    value: r.value,
    qualifier: r.qualifier,
    display: r.value === null ? w(lang, 'noValue') : formatValue(r.value, 'usd', { qualifier: r.qualifier, lang }),
    status: r.status,
    confidence: r.confidence,
    break: r.break ?? null,
    resolution: null,
    note: r.note ?? null,
    sources: r.sources,
    lang,
  };
}

function resolutionRow(r: Resolution, lang: Lang): ImportRow {
  return {
    id: r.id,
    kind: 'resolution',
    series: null,
    label: w(lang, 'resolution', { number: r.number }),
    compiler: w(lang, 'council'),
    year: Number(r.adopted.slice(0, 4)),
    period: formatDate(r.adopted, lang),
    periodStart: r.adopted,
    periodEnd: r.adopted,
    partialYear: false,
    value: null,
    qualifier: null,
    display: '',
    status: null,
    confidence: null,
    break: null,
    resolution: r.number,
    note: r.summary,
    sources: r.sources,
    lang,
  };
}

/** The rows with values of the series (not the resolutions). */
export function seriesRows(rows: ImportRow[]): ImportRow[] {
  return rows.filter((r) => r.kind === 'imports');
}

/** A series' full-year rows with a value, in order of year. */
export function fullYears(rows: ImportRow[], series: Series): ImportRow[] {
  return rows.filter((r) => r.series === series && !r.partialYear && r.value !== null);
}

/**
 * What the title says, from the lawmakers' full years: the highest value, the lowest after it, and
 * the latest after that where it is higher again. Null parts where the data hold none.
 */
export function importsFinding(rows: ImportRow[]): { peak?: ImportRow; low?: ImportRow; latest?: ImportRow } {
  const years = fullYears(rows, 'seoul-list-lawmakers');
  if (!years.length) return {};
  const peak = years.reduce((a, b) => (b.value! > a.value! ? b : a));
  const after = years.filter((r) => r.year > peak.year);
  if (!after.length) return { peak };
  const low = after.reduce((a, b) => (b.value! < a.value! ? b : a));
  const latest = after[after.length - 1];
  return { peak, low, latest: latest.year > low.year && latest.value! > low.value! ? latest : undefined };
}

/** The years of a series whose full-year value no source gives. */
export function yearsWithoutValue(rows: ImportRow[], series: Series): number[] {
  return rows.filter((r) => r.series === series && !r.partialYear && r.value === null).map((r) => r.year);
}
