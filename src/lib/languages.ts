/** Languages of the sources, in words, in the language of the page. */
import type { Lang } from './i18n/langs';

const names: Record<Lang, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
  ko: new Intl.DisplayNames(['ko'], { type: 'language' }),
};

/**
 * The language of a source in words ("Korean"; "일본어" on Korean pages), or undefined when it is
 * the page's own language, which needs no mention.
 */
export function languageName(code: string, lang: Lang = 'en'): string | undefined {
  if (code === lang) return undefined;
  return names[lang].of(code) ?? code;
}
