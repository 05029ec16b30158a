/**
 * The chart fixture as a Korean page receives it: every reader-facing text field of every record
 * gets a `ko` version (as K5, K6 and K6b write them in data/), then the data set is localized.
 * The Korean stand-ins are made from the English letter by letter (two letters to a syllable, so a
 * name is about as long as a real Korean one); they are test data, never shown on the site.
 */
import type { Dataset } from '../../lib/data';
import { localizeDataset } from '../../lib/i18n/localize';
import { chartDataset } from './chart-fixture';

const FIELDS = [
  'name',
  'title',
  'description',
  'summary',
  'item',
  'label',
  'note',
  'break',
  'detail',
  'role',
  'jurisdiction',
  'meaning',
  'display',
  'evidenceNote',
  'carrierNote',
  'placeName',
  'publisher',
  'method',
  'activity',
  'by',
];
const LISTS = ['examples'];

/** A Hangul stand-in for English text: each pair of letters one syllable; digits, spaces and punctuation kept. */
export function hangulFor(text: string): string {
  return text.replace(/[A-Za-z]{1,2}/g, (pair) => {
    const code = [...pair.toLowerCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 97, 0);
    return String.fromCharCode(0xac00 + ((code * 28) % 11172));
  });
}

function addKo(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(addKo);
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const v of Object.values(record)) addKo(v);
  const ko: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const text = record[field];
    // Kebab-case values are ids and enums (a country's role), not text.
    if (typeof text === 'string' && !/^[a-z0-9-]+$/.test(text)) ko[field] = hangulFor(text);
  }
  for (const field of LISTS)
    if (Array.isArray(record[field])) ko[field] = (record[field] as unknown[]).map((s) => (typeof s === 'string' ? hangulFor(s) : s));
  if (Object.keys(ko).length) record.ko = ko;
}

/** The chart fixture in Korean, as getDataset('ko') would give it. */
export function koChartDataset(): { en: Dataset; ko: Dataset } {
  const en = chartDataset();
  const withKo = chartDataset();
  addKo(withKo);
  return { en, ko: localizeDataset(withKo, 'ko') };
}
