/**
 * The house style for numbers and dates, in one place: "$5.17bn", "$191m", "803 vehicles", "93%",
 * "14 June 2018", ranges with an en dash. Every page, chart, table and tooltip prints through it.
 */

import { formatDateKo, formatDateRangeKo, formatMoneyKo, formatNumberKo, formatValueKo } from './i18n/format-ko';
import type { Lang } from './i18n/langs';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const threeSignificant = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });
const upToTwoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export type Unit = 'usd' | 'eur' | 'gbp' | 'count' | 'percent' | 'tonnes' | 'days' | 'months' | 'years' | 'times';
export type Qualifier = 'exact' | 'about' | 'as many as' | 'at least' | 'over' | 'up to' | 'under';

const currencySymbol: Partial<Record<Unit, string>> = { usd: '$', eur: '€', gbp: '£' };

/** A plain number with thousands separators and at most two decimals: 2,588 or 17.9. */
export function formatNumber(value: number, lang: Lang = 'en'): string {
  if (lang === 'ko') return formatNumberKo(value);
  return Number.isInteger(value) ? integer.format(value) : upToTwoDecimals.format(value);
}

/** A money amount: millions and billions shortened to three significant digits ("$5.17bn", "$191m"). */
export function formatMoney(value: number, unit: 'usd' | 'eur' | 'gbp', lang: Lang = 'en'): string {
  if (lang === 'ko') return formatMoneyKo(value, unit);
  const symbol = currencySymbol[unit] ?? '';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${sign}${symbol}${threeSignificant.format(abs / 1e9)}bn`;
  if (abs >= 1e6) return `${sign}${symbol}${threeSignificant.format(abs / 1e6)}m`;
  return `${sign}${symbol}${formatNumber(abs)}`;
}

/** Pluralises a unit word: 1 day, 18 days. */
function plural(value: number, one: string, many: string): string {
  return value === 1 ? one : many;
}

export interface FormatOptions {
  /** The plural noun for counts, e.g. "vehicles"; its singular is the noun without a final "s". */
  noun?: string;
  /** How the source qualifies the value; "exact" (the default) adds nothing. */
  qualifier?: Qualifier;
  /** The page's language; Korean follows src/lib/i18n/format-ko.ts. */
  lang?: Lang;
}

/** A value in its unit, in house style; `null` prints as "unknown". */
export function formatValue(value: number | null, unit: Unit, options: FormatOptions = {}): string {
  if (value === null) return options.lang === 'ko' ? '알 수 없음' : 'unknown';
  if (options.lang === 'ko') return formatValueKo(value, unit, options.noun, options.qualifier);
  let text: string;
  switch (unit) {
    case 'usd':
    case 'eur':
    case 'gbp':
      text = formatMoney(value, unit);
      break;
    case 'percent':
      text = `${formatNumber(value)}%`;
      break;
    case 'tonnes':
      text = `${formatNumber(value)} ${plural(value, 'tonne', 'tonnes')}`;
      break;
    case 'days':
      text = `${formatNumber(value)} ${plural(value, 'day', 'days')}`;
      break;
    case 'months':
      text = `${formatNumber(value)} ${plural(value, 'month', 'months')}`;
      break;
    case 'years':
      text = `${formatNumber(value)} ${plural(value, 'year', 'years')}`;
      break;
    case 'times':
      text = `${formatNumber(value)} times`;
      break;
    case 'count': {
      const noun = options.noun;
      text = noun ? `${formatNumber(value)} ${value === 1 ? noun.replace(/s$/, '') : noun}` : formatNumber(value);
      break;
    }
  }
  const qualifier = options.qualifier && options.qualifier !== 'exact' ? `${options.qualifier} ` : '';
  return `${qualifier}${text}`;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A partial date in words: "14 June 2018", "June 2018" or "2018". */
export function formatDate(date: string, lang: Lang = 'en'): string {
  if (lang === 'ko') return formatDateKo(date);
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = monthNames[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A span of dates with an en dash, sharing the month and year where it can: "1–19 October 2018". */
export function formatDateRange(start: string, end: string, lang: Lang = 'en'): string {
  if (lang === 'ko') return formatDateRangeKo(start, end);
  if (start === end) return formatDate(start);
  const [y1, m1, d1] = start.split('-');
  const [y2, m2, d2] = end.split('-');
  if (d1 && d2 && y1 === y2 && m1 === m2) return `${Number(d1)}–${formatDate(end)}`;
  if (d1 && d2 && y1 === y2) return `${Number(d1)} ${monthNames[Number(m1) - 1]} – ${formatDate(end)}`;
  if (!d1 && !d2 && m1 && m2 && y1 === y2) return `${monthNames[Number(m1) - 1]}–${formatDate(end)}`;
  if (!m1 && !m2) return `${y1}–${y2}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** A period as readers see it: "2015–2017". */
export function formatPeriod(period: { start: string; end: string }, lang: Lang = 'en'): string {
  return formatDateRange(period.start, period.end, lang);
}
