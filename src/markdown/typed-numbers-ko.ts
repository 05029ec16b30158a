/**
 * Finds numbers typed by hand into Korean prose. As in English (src/lib/content/numerals.ts), every
 * figure must come from data/ through :figure[…]; what may be typed:
 * - dates and years as Korean writes them: "2018년 6월 14일", "2018년 6월", "6월 14일", "10월 1~19일",
 *   "2019년", "2015~2017년", "2010년대", and "6·25" style day names;
 * - UN resolution numbers and the committee: "결의 2094호", "2356·2371·2375호", "1718 위원회";
 * - names with digits: DN5505, S600, Il-76, S/2020/151; chapter references "제6장".
 * What is a number (and fails): Arabic digits in any other use, with or without a counter or unit
 * ("803", "803대", "90개국", "51억 달러", "5억7000만", "93%", "3년", "14일 동안"), and Sino-Korean
 * numerals spelled in Hangul ("삼십", "오십 대", "팔백삼", "백 명") or native tens before a counter
 * ("스무 대", "서른 곳"). Native words for one to ten ("한 척", "두 나라", "열 곳") may be typed, as
 * English may type "two ships": Korean writes small counts in words, and "한 번" is not a figure.
 */
import type { TypedNumber } from '../lib/content/numerals';

const YEAR = '(?:1[89]|20)\\d{2}';
const TILDE = '[~～∼〜–-]';
const MONTH = `(?:1[0-2]|0?[1-9])(?:${TILDE}(?:1[0-2]|0?[1-9]))?월`;
const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:${TILDE}(?:3[01]|[12]\\d|0?[1-9]))?일`;
/** Counters and units: after a digit they make it a quantity, never a date or a name. */
const COUNTER =
  '(?:개국|개월|개비|개|대|명|척|곳|건|편|차례|톤|배|상자|병|쪽|번|회|달러|유로|파운드|원|퍼센트|%|년간|년|일간|일|주일|주|시간|분|살|세|가지|나라)';

const ALLOWED: RegExp[] = [
  // A year, a span of years or a decade, optionally with its month and day: "2018년 6월 14일", "2015~2017년".
  new RegExp(`${YEAR}(?:${TILDE}(?:${YEAR}|\\d{2}))?년(?:대)?(?:\\s*${MONTH}(?:\\s*${DAY})?)?`, 'g'),
  // A month, optionally with its day: "6월 14일", "10월 1~19일", "6~8월".
  new RegExp(`(?<!\\d)${MONTH}(?:\\s*${DAY})?`, 'g'),
  // A bare year or span of years, not followed by a counter: "2019", "2015~2017".
  new RegExp(`(?<![\\d.,])${YEAR}(?:${TILDE}(?:${YEAR}|\\d{2}))?(?![\\d.,]|\\s*${COUNTER}|\\s*[만억조천])`, 'g'),
  // Days named by their date: "6·25 전쟁", "9·11 테러".
  /(?<!\d)\d{1,2}·\d{1,2}(?![\d·])(?!\s*(?:호|[조억만]))/g,
  // Resolution numbers, singly or in a list, and the committee named after one: "2094호", "2356·2371·2375호", "1718 위원회".
  /(?<!\d)\d{4}(?:\s*[·,、]\s*\d{4})*(?:\s*(?:와|과|및|,)\s*\d{4})*\s*호/g,
  /(?<!\d)\d{4}\s*(?:제재\s*)?위원회/g,
  // Ordinal references: "제6장", "제2조", "제1차"; and centuries: "21세기".
  /제\s?\d{1,3}\s?(?:장|조|항|차|절)/g,
  /(?<!\d)\d{1,2}세기/g,
  // Names with digits in them, as in English: DN5505, S600, Il-76, P-912, LX570, S/2020/151, 95MY.
  /\b[A-Za-z]+(?:[-/][A-Za-z]*)?\d[\w/.-]*/g,
  /\b\d+[A-Z]{2,}\b/g,
];

/** Digits with separators, Korean myriad units between them, and the currency or counter after. */
const ARABIC = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[조억만천](?:\\s?\\d[\\d,]*(?:\\.\\d+)?)?)*(?:\\s?${COUNTER})?`, 'g');

const SINO_DIGIT = '[일이삼사오육칠팔구]';
/**
 * A Sino-Korean numeral of two syllables or more with a ten, hundred or thousand in it (삼십, 팔백삼,
 * 구십, 이천오백), standing as a word or before a counter; or 백/천 alone before a
 * counter written apart, as Korean spells it ("백 명"; "천주교" is not a number).
 * "수십", "수백" (tens, hundreds of) are vague, like "dozens", and may be typed: the 수 before them
 * is Hangul, so the pattern does not start there.
 */
const SINO = new RegExp(
  `(?<![가-힣])(?:(?:${SINO_DIGIT}[천백십]|[천백십](?=${SINO_DIGIT}|[천백십]))(?:${SINO_DIGIT}?[천백십])*${SINO_DIGIT}?(?:\\s?[만억조])?(?=\\s?${COUNTER}|[\\s.,!?)」』”]|$)|[백천](?=\\s${COUNTER}))(?:\\s?${COUNTER})?`,
  'g',
);
/** Native Korean tens before a counter: "스무 대", "서른 곳", "마흔두 명". */
const NATIVE_TENS = new RegExp(
  `(?<![가-힣])(?:스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)(?:한|하나|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉)?\\s?(?:${COUNTER}|사람)`,
  'g',
);

function allowedMask(text: string): boolean[] {
  const allowed = new Array<boolean>(text.length).fill(false);
  for (const pattern of ALLOWED) {
    for (const match of text.matchAll(pattern)) {
      for (let i = match.index!; i < match.index! + match[0].length; i++) allowed[i] = true;
    }
  }
  return allowed;
}

/** Every number in Korean `text` that is not a date, a year, a resolution number, a chapter or a name. */
export function handTypedNumbersKo(text: string): TypedNumber[] {
  const allowed = allowedMask(text);
  const found: TypedNumber[] = [];
  for (const match of text.matchAll(ARABIC)) {
    if (!allowed[match.index!]) found.push({ index: match.index!, text: match[0].trim() });
  }
  for (const pattern of [SINO, NATIVE_TENS]) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index!, text: match[0].trim() });
  }
  return found.sort((a, b) => a.index - b.index);
}

const SINO_VALUES: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const SMALL_UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const BIG_UNITS: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };

const NATIVE_TENS_VALUES: [RegExp, number][] = [
  [/스물|스무/, 20],
  [/서른/, 30],
  [/마흔/, 40],
  [/쉰/, 50],
  [/예순/, 60],
  [/일흔/, 70],
  [/여든/, 80],
  [/아흔/, 90],
];
const NATIVE_ONES: [RegExp, number][] = [
  [/다섯/, 5],
  [/여섯/, 6],
  [/일곱/, 7],
  [/여덟/, 8],
  [/아홉/, 9],
  [/(?:한|하나)(?!\S*흔)/, 1],
  [/두|둘/, 2],
  [/세(?!\S)|셋/, 3],
  [/네|넷/, 4],
];

function nativeValue(text: string): number | undefined {
  const tens = NATIVE_TENS_VALUES.find(([re]) => re.test(text));
  if (!tens) return undefined;
  const rest = text.replace(tens[0], '');
  const ones = NATIVE_ONES.find(([re]) => re.test(rest.split(/\s/)[0]));
  return tens[1] + (ones ? ones[1] : 0);
}

/** The value of a number written in Korean: "51억 달러" → 5100000000, "5억7000만" → 570000000, "삼십" → 30, "스무 대" → 20. */
export function typedValueKo(text: string): number {
  const native = nativeValue(text);
  if (native !== undefined) return native;
  let total = 0;
  let section = 0;
  let digits = '';
  let pending = 0;
  for (const ch of text.replace(/[\s,]/g, '')) {
    if (/[\d.]/.test(ch)) digits += ch;
    else if (ch in SINO_VALUES) pending = SINO_VALUES[ch];
    else if (ch in SMALL_UNITS) {
      section += (digits ? Number(digits) : pending || 1) * SMALL_UNITS[ch];
      digits = '';
      pending = 0;
    } else if (ch in BIG_UNITS) {
      total += (section + (digits ? Number(digits) : pending) || 1) * BIG_UNITS[ch];
      section = 0;
      digits = '';
      pending = 0;
    }
  }
  const value = total + section + (digits ? Number(digits) : pending);
  return value === 0 && !/[\d영]/.test(text) ? NaN : value;
}
