/**
 * Finds numbers typed by hand into prose. Every figure a reader sees must come from data/ through
 * :figure[…], so outside directives the only numerals allowed are dates ("14 June 2018", "1–19
 * October"), years and spans of years ("2015–2017"), UN resolution numbers ("Resolution 2094",
 * "resolutions 2356, 2371 and 2375", "the 1718 Committee") and names that contain digits (DN5505,
 * S600, Il-76, P-912, S/2020/151). Numbers written in words ("two cars") are not flagged.
 */

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '(?:1[89]|20)\\d{2}';

/** Words that turn a four-digit number into a quantity, so "2018 vehicles" is not read as a year. */
const QUANTITY_WORDS = [
  'aircraft', 'bottles', 'boxes', 'cars', 'categories', 'changes', 'companies', 'computers', 'countries', 'crew', 'days',
  'dollars', 'euros', 'flights', 'items', 'jurisdictions', 'months', 'occasions', 'pages', 'per', 'percent',
  'pianos', 'ports', 'pounds', 'shipments', 'tonnes', 'tons', 't', 'times', 'units', 'vehicles', 'years',
];

const ALLOWED: RegExp[] = [
  // A day or span of days with its month, and optionally the year: "14 June 2018", "1–19 October".
  new RegExp(`\\b\\d{1,2}(?:\\s*(?:–|-|and|to|or)\\s*\\d{1,2})?\\s+${MONTH}(?:\\s+${YEAR})?\\b`, 'g'),
  // A month and year: "March 2018", whatever word follows.
  new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g'),
  // Resolution numbers, singly or in a list: "Resolution 2094", "resolutions 2356, 2371 and 2375".
  /\b(?:[Rr]esolutions?|UNSCR)\s+\d{4}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[–-]\s*)\d{4})*/g,
  // The sanctions committee is named after its resolution: "the 1718 Committee".
  /\b\d{4}\s+(?:[Ss]anctions\s+)?Committee\b/g,
  // Names with digits in them: DN5505, S600, S62, Il-76, Il-76MD, P-912, LX570, S/2020/151, 95MY.
  /\b[A-Za-z]+(?:[-/][A-Za-z]*)?\d[\w/.-]*/g,
  /\b\d+[A-Z]{2,}\b/g,
  // A year, a decade or a span of years: "2019", "2010s", "2015–2017", "2015-17"; not "2018 vehicles".
  new RegExp(`\\b${YEAR}s?(?:\\s*[–-]\\s*(?:${YEAR}|\\d{2}))?\\b(?!\\s+(?:${QUANTITY_WORDS.join('|')})\\b|\\s*%)`, 'g'),
];

/** A number, with a currency sign, thousands separators, decimals and a scale: "$5.17bn", "803", "93%". */
const NUMBER = /[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|m|million|k|%|per cent)\b|%)?/g;

export interface TypedNumber {
  /** Offset in the text where the number starts. */
  index: number;
  /** The number as typed, e.g. "$5.17bn". */
  text: string;
}

/** Every number in `text` that is not a date, a year, a resolution number or part of a name. */
export function handTypedNumbers(text: string): TypedNumber[] {
  const allowed = new Array<boolean>(text.length).fill(false);
  for (const pattern of ALLOWED) {
    for (const match of text.matchAll(pattern)) {
      for (let i = match.index!; i < match.index! + match[0].length; i++) allowed[i] = true;
    }
  }
  const found: TypedNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const digit = match.index! + match[0].search(/\d/);
    if (!allowed[digit]) found.push({ index: match.index!, text: match[0].trim() });
  }
  return found;
}

/** The value a typed number stands for ("$5.17bn" → 5170000000, "93%" → 93), to suggest a figure. */
export function typedValue(text: string): number {
  const scale = /bn|billion/.test(text) ? 1e9 : /\d\s?(?:m\b|million)/.test(text) ? 1e6 : /\dk\b/.test(text) ? 1e3 : 1;
  return Number(text.replace(/[^\d.]/g, '')) * scale;
}
