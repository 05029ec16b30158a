/**
 * Where the squares and words of ninety-countries go, as pure functions of its rows and width: a
 * block per group, one under another. Each count block is its heading, its squares in rows across
 * the full width, then a line under them for each named country and for the unnamed rest; the last
 * block lists the other named countries in columns, a square beside each name. All in SVG units on
 * identity scales; the drawing is in ninety-countries.ts.
 */
import { formatValue } from '../lib/format';
import { charsIn, FONT_SIZE, wrapText } from './layout';
import type { CountryUnitRow } from './ninety-countries-rows';
import { capitalise } from './text';
import type { Lang } from '../lib/i18n/langs';
import { w } from './words/ninety-countries';

/** A square's side and the step from one square to the next; the height of a line of text. */
export const UNIT = 14;
const PITCH = UNIT + 4;
const LINE = FONT_SIZE + 5;

/** A square placed: its row, its top-left corner and the row's index, for its tooltip. */
export interface Unit {
  row: CountryUnitRow;
  x: number;
  y: number;
  i: number;
}

/** A line of words under a group's squares, tied to the row it describes. */
export interface Note {
  t: string;
  x: number;
  y: number;
  row: CountryUnitRow;
  i: number;
}

interface Block {
  headings: { t: string; x: number; y: number; bold: boolean }[];
  units: Unit[];
  notes: Note[];
  labels: { t: string; x: number; y: number }[];
  bottom: number;
}

/** The heading over each group, from its count as the source words it. */
export function headingFor(group: CountryUnitRow['group'], count: string, period: string | null = null, lang: Lang = 'en'): string {
  const when = period ? w(lang, 'when', { period }) : '';
  if (group === 'suppliers') return w(lang, 'heading.suppliers', { count: capitalise(count), when });
  if (group === 'reported') return w(lang, 'heading.reported', { count: capitalise(count), when });
  return w(lang, count === '1' ? 'heading.namedOne' : 'heading.named', { count });
}

/** A count of countries in words for a heading: "14" in English (the heading names them), "14개국" in Korean. */
export function countriesText(n: number, lang: Lang): string {
  return lang === 'en' ? formatValue(n, 'count') : formatValue(n, 'count', { noun: 'countries', lang });
}

/** A group's heading in bold, wrapped to the width, from y down. */
function heading(text: string, y: number, width: number): Pick<Block, 'headings' | 'bottom'> {
  const headings: Block['headings'] = [];
  for (const t of wrapText(text, charsIn(width * 0.95))) {
    y += LINE;
    headings.push({ t, x: 0, y: y - 4, bold: true });
  }
  return { headings, bottom: y + 6 };
}

/** What the line under a count's squares says of a row: the named country (with its share), or how many are unnamed. */
function noteText(row: CountryUnitRow): string {
  if (row.country) return row.share ? w(row.lang, 'noteShare', { country: row.country, share: row.share }) : row.country;
  return w(row.lang, 'noteUnnamed', { count: countriesText(row.units, row.lang) });
}

/** A count's block: heading, one square per country row by row, then under the squares the named ones by name and what the outlined ones are. */
function countBlock(rows: CountryUnitRow[], group: 'suppliers' | 'reported', top: number, width: number): Block {
  const perRow = Math.floor((width + 4) / PITCH);
  const here = rows.filter((r) => r.group === group);
  const total = here.reduce((n, r) => n + r.units, 0);
  const lang = here[0]?.lang ?? 'en';
  const head = heading(headingFor(group, here[0]?.count ?? countriesText(total, lang), here[0]?.period ?? null, lang), top, width);
  let y = head.bottom;
  const units: Unit[] = [];
  let k = 0;
  for (const row of here)
    for (let u = 0; u < row.units; u++, k++)
      units.push({ row, x: (k % perRow) * PITCH, y: y + Math.floor(k / perRow) * PITCH, i: rows.indexOf(row) });
  y += Math.ceil(total / perRow) * PITCH + 4;
  const notes: Note[] = [];
  for (const row of here) {
    const lines = wrapText(noteText(row), charsIn(width));
    lines.forEach((t, n) => notes.push({ t, x: 0, y: y + (n + 1) * LINE - 4, row, i: rows.indexOf(row) }));
    y += lines.length * LINE;
  }
  return { headings: head.headings, units, notes, labels: [], bottom: y + 14 };
}

/** The other named countries: a heading, then a square and a name each, in four columns when wide, two when narrow. */
function namedBlock(rows: CountryUnitRow[], top: number, width: number, wide: boolean): Block {
  const others = rows.filter((r) => r.group === 'named');
  const lang = rows[0]?.lang ?? 'en';
  const head = heading(headingFor('named', countriesText(others.length, lang), null, lang), top, width);
  const y = head.bottom;
  const columns = wide ? 4 : 2;
  const colWidth = width / columns;
  const units: Unit[] = [];
  const labels: Block['labels'] = [];
  others.forEach((row, k) => {
    const x = (k % columns) * colWidth;
    const rowTop = y + Math.floor(k / columns) * (PITCH + 6);
    units.push({ row, x, y: rowTop, i: rows.indexOf(row) });
    labels.push({ t: row.country!, x: x + PITCH + 2, y: rowTop + UNIT / 2 });
  });
  return { headings: head.headings, units, notes: [], labels, bottom: y + Math.ceil(others.length / columns) * (PITCH + 6) };
}

/** Where everything goes: C4ADS's suppliers, the states that reported to the UN, the other named countries, and the chart's height. */
export function unitLayout(rows: CountryUnitRow[], width: number, wide: boolean) {
  const suppliers = countBlock(rows, 'suppliers', 0, width);
  const reported = countBlock(rows, 'reported', suppliers.bottom, width);
  const named = namedBlock(rows, reported.bottom, width, wide);
  const blocks = [suppliers, reported, named];
  return {
    headings: blocks.flatMap((b) => b.headings),
    units: blocks.flatMap((b) => b.units),
    notes: blocks.flatMap((b) => b.notes),
    labels: blocks.flatMap((b) => b.labels),
    height: Math.ceil(named.bottom + 4),
  };
}
