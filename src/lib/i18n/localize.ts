/**
 * A data set in one language: a deep copy of the validated data in which every object carrying a
 * `ko` object (see src/lib/schemas/korean.ts) has those fields replacing its English ones. English
 * returns the data set itself. The copy is marked with its language (dataset-lang.ts), so figures
 * drawn from it speak the page's language.
 */
import type { Dataset } from '../data/files';
import { langOf, markLang } from './dataset-lang';
import { DEFAULT_LANG, type Lang } from './langs';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One value with the language's versions swapped in, at every depth. */
export function localizeValue(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => localizeValue(v, lang));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = localizeValue(v, lang);
  const own = lang === DEFAULT_LANG ? undefined : value[lang];
  if (isPlainObject(own)) Object.assign(out, own);
  return out;
}

const cache = new WeakMap<Dataset, Map<Lang, Dataset>>();

/** The data set in `lang`, built once per data set and language. */
export function localizeDataset(data: Dataset, lang: Lang): Dataset {
  if (lang === DEFAULT_LANG || langOf(data) === lang) return data;
  let byLang = cache.get(data);
  if (!byLang) cache.set(data, (byLang = new Map()));
  let localized = byLang.get(lang);
  if (!localized) {
    localized = markLang(localizeValue(data, lang) as Dataset, lang);
    byLang.set(lang, localized);
  }
  return localized;
}
