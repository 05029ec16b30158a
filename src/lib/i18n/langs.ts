/**
 * The site's languages and how their URLs are built. English is the default and lives at the root;
 * every other language lives under its own prefix (/ko/…). Every page exists in every language.
 */

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** BCP 47 tags for <html lang>, hreflang, Intl and Pagefind. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', ko: 'ko' };
/** Locale for Intl formatting. */
export const INTL_LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };
/** The language's own name, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * A site path (without the base) in one language: "/sources/" → "/ko/sources/" for Korean,
 * unchanged for English. A path already in another language is moved, not double-prefixed.
 */
export function localePath(lang: Lang, path: string): string {
  const clean = stripLang(path.startsWith('/') ? path : `/${path}`);
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** The language a site path (without the base) is in: "/ko/…" is Korean, anything else English. */
export function pathLang(path: string): Lang {
  const first = path.split('/').filter(Boolean)[0];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** The path with its language prefix removed: "/ko/sources/" → "/sources/", "/ko/" → "/". */
export function stripLang(path: string): string {
  const lang = pathLang(path);
  if (lang === DEFAULT_LANG) return path;
  const rest = path.slice(lang.length + 1);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The [...locale] route parameter for a language: undefined for English (the root), "ko" for Korean. */
export function localeParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** The language named by a [...locale] route parameter. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if (!isLang(param)) throw new Error(`Unknown language prefix "${param}" (known: ${LANGS.join(', ')}).`);
  return param;
}

/** One entry per language, for getStaticPaths: [{ params: { locale }, lang }]. */
export function localeRoutes(): { locale: string | undefined; lang: Lang }[] {
  return LANGS.map((lang) => ({ locale: localeParam(lang), lang }));
}
