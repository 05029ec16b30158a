/**
 * Which language a data set has been localized into. A localized data set is a copy of the
 * validated one with reader-facing names in that language (see localizeDataset); figures read its
 * language here, so every chart and map draws its words in the language of the page that places it.
 * Kept outside the records so nothing that walks the data set sees an extra field.
 */
import type { Dataset } from '../data/files';
import { DEFAULT_LANG, type Lang } from './langs';

const langs = new WeakMap<Dataset, Lang>();

/** The language the data set's names are in; English unless it was localized. */
export function langOf(data: Dataset): Lang {
  return langs.get(data) ?? DEFAULT_LANG;
}

/** Marks a data set as being in a language (used by the localizer, and by tests). */
export function markLang<D extends Dataset>(data: D, lang: Lang): D {
  langs.set(data, lang);
  return data;
}
