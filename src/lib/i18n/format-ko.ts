/**
 * Korean house style for numbers and dates, as Korean newsrooms print them: amounts in 억 and 만
 * with the currency after ("51억7000만 달러"), counts with their counter ("803대", "90개국"; from
 * 10,000 in myriads: "9만 병", "1만5600병"),
 * qualifiers in Korean word order ("약 …", "… 이상"), dates "2018년 6월 14일" and ranges with a
 * tilde ("2015~2017년"). src/lib/format.ts calls these for lang "ko".
 */
import type { Qualifier, Unit } from '../format';

const grouped = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 });
const threeSignificant = (n: number) => Number(n.toPrecision(3));

/** The counter each English plural noun in data/ takes in Korean: 803 vehicles → 803대. */
export const KOREAN_COUNTERS: Record<string, string> = {
  countries: '개국',
  vehicles: '대',
  cars: '대',
  aircraft: '대',
  computers: '대',
  pianos: '대',
  shipments: '건',
  changes: '건',
  occasions: '차례',
  companies: '곳',
  ports: '곳',
  jurisdictions: '곳',
  flights: '편',
  'crew members': '명',
  members: '명',
  ships: '척',
  categories: '개',
  items: '개',
  lists: '개',
  pages: '쪽',
  bottles: '병',
  boxes: '상자',
  cigarettes: '개비',
};

const currencyWord: Record<'usd' | 'eur' | 'gbp', string> = { usd: '달러', eur: '유로', gbp: '파운드' };

/** A number in Korean myriad units, digits within a unit unseparated: 5170000000 → "51억7000만". */
export function koreanMyriads(value: number): string {
  const n = Math.round(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (n < 10000) return sign + grouped.format(Math.abs(value));
  const parts: string[] = [];
  const jo = Math.floor(n / 1e12);
  const eok = Math.floor((n % 1e12) / 1e8);
  const man = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  if (jo) parts.push(`${jo}조`);
  if (eok) parts.push(`${eok}억`);
  if (man) parts.push(`${man}만`);
  if (rest) parts.push(String(rest));
  return sign + parts.join('');
}

/** A plain Korean number: "2,588", "17.9". */
export function formatNumberKo(value: number): string {
  return grouped.format(value);
}

/** Money as Korean newsrooms print it: millions and above rounded to three significant digits. */
export function formatMoneyKo(value: number, unit: 'usd' | 'eur' | 'gbp'): string {
  const shown = Math.abs(value) >= 1e6 ? Math.sign(value) * threeSignificant(Math.abs(value)) : value;
  return `${koreanMyriads(shown)} ${currencyWord[unit]}`;
}

/**
 * A count or weight with its counter: below 10,000 grouped ("2,588톤", "803대"); from 10,000 in
 * myriad units as Korean newsrooms write them, a space after a unit word ("9만 병") and none after
 * digits ("1만5600병"). Fractions stay grouped ("12,345.5톤"): myriads are for whole numbers.
 */
export function withCounter(value: number, counter: string): string {
  if (Math.abs(value) < 10000 || !Number.isInteger(value)) return `${formatNumberKo(value)}${counter}`;
  const n = koreanMyriads(value);
  return /[만억조]$/.test(n) && counter ? `${n} ${counter}` : `${n}${counter}`;
}

function counted(value: number, unit: Unit, noun: string | undefined): string {
  const n = formatNumberKo(value);
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'tonnes':
      return withCounter(value, '톤');
    case 'days':
      return `${n}일`;
    case 'months':
      return `${n}개월`;
    case 'years':
      return `${n}년`;
    case 'times':
      return `${n}배`;
    default: {
      if (!noun) return withCounter(value, '');
      const counter = KOREAN_COUNTERS[noun];
      if (!counter) throw new Error(`No Korean counter for "${noun}": add it to KOREAN_COUNTERS in src/lib/i18n/format-ko.ts.`);
      return withCounter(value, counter);
    }
  }
}

/** A value in its unit with its qualifier, Korean word order: "약 51억7000만 달러", "5억 달러 이상". */
export function formatValueKo(value: number, unit: Unit, noun?: string, qualifier?: Qualifier): string {
  const text = unit === 'usd' || unit === 'eur' || unit === 'gbp' ? formatMoneyKo(value, unit) : counted(value, unit, noun);
  switch (qualifier) {
    case 'about':
      return `약 ${text}`;
    case 'as many as':
    case 'up to':
      return `최대 ${text}`;
    case 'at least':
      return `최소 ${text}`;
    case 'over':
      return `${text} 이상`;
    case 'under':
      return `${text} 미만`;
    default:
      return text;
  }
}

/** A partial date: "2018년 6월 14일", "2018년 6월", "2018년". */
export function formatDateKo(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return `${y}년`;
  return d ? `${y}년 ${Number(m)}월 ${Number(d)}일` : `${y}년 ${Number(m)}월`;
}

/** A span of dates sharing what it can: "2015~2017년", "2018년 10월 1~19일", "2018년 6~8월". */
export function formatDateRangeKo(start: string, end: string): string {
  if (start === end) return formatDateKo(start);
  const [y1, m1, d1] = start.split('-');
  const [y2, m2, d2] = end.split('-');
  if (!m1 && !m2) return `${y1}~${y2}년`;
  if (y1 === y2 && m1 && m2 && !d1 && !d2) return `${y1}년 ${Number(m1)}~${Number(m2)}월`;
  if (y1 === y2 && m1 === m2 && d1 && d2) return `${y1}년 ${Number(m1)}월 ${Number(d1)}~${Number(d2)}일`;
  if (y1 === y2 && d1 && d2) return `${y1}년 ${Number(m1)}월 ${Number(d1)}일~${Number(m2)}월 ${Number(d2)}일`;
  return `${formatDateKo(start)}~${formatDateKo(end)}`;
}
