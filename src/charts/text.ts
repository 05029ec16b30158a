/** Small helpers for the words around charts: looking up a figure by id, lists and sentences. */
import type { Dataset } from '../lib/data';
import type { Figure } from '../lib/schemas/figure';
import { formatDate, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';

/** The figure with this id; throws, naming the id, when data/figures.json has none. */
export function figure(data: Dataset, id: string): Figure {
  const found = data.figures.find((f) => f.id === id);
  if (!found) throw new Error(`A chart needs the figure "${id}", which data/figures.json does not have.`);
  return found;
}

/** A figure in house style with its qualifier and noun: "about $5.17bn", "as many as 90 countries", "최대 90개국". */
export function figureText(f: Figure, lang: Lang = 'en'): string {
  return formatValue(f.value, f.unit, { noun: f.noun, qualifier: f.qualifier, lang });
}

/** "a", "a and b", "a, b and c"; in Korean "a, b, c" (a particle would depend on the last syllable). */
export function joinList(items: string[], lang: Lang = 'en'): string {
  if (items.length < 2 || lang === 'ko') return items.join(', ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Text ending with exactly one full stop. */
export function sentence(text: string): string {
  return `${text.trim().replace(/[.\s]+$/, '')}.`;
}

export { capitalise } from '../markup/text';

/** A phrase with its first letter in lower case, for use inside a sentence ("Traced by C4ADS" → "traced by C4ADS"). */
export function lowerFirst(text: string): string {
  // An acronym or a name in capitals ("C4ADS", "UN") keeps its case; so does text not in Latin letters.
  if (/^\S[\dA-Z]/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A source credited in one line in the data set's language: "Asahi Shimbun, 18 July 2019",
 * "아사히신문, 2019년 7월 18일". Throws, naming the id, on an unknown source.
 */
export function chartCredit(data: Dataset, id: string): string {
  const source = data.sources.find((s) => s.id === id);
  if (!source) throw new Error(`A chart credits the source "${id}", which data/sources.json does not have.`);
  return source.published ? `${source.publisher}, ${formatDate(source.published, langOf(data))}` : source.publisher;
}
