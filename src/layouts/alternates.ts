/**
 * A page's addresses in every language, for hreflang links, the canonical URL and the language
 * switch. Pages pair by slug: /sources/ and /ko/sources/ are the same page in two languages.
 */
import { LANGS, type Lang, localePath, pathLang, stripLang } from '../lib/i18n/langs';

/** Open Graph locales (language_TERRITORY) per language. */
export const OG_LOCALES: Record<Lang, string> = { en: 'en_GB', ko: 'ko_KR' };

/** The site path of a URL path under the base: "/lux/ko/sources/" with base "/lux/" → "/ko/sources/". */
export function withoutBase(pathname: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

export interface Alternate {
  lang: Lang;
  /** The address with the base path, e.g. "/lux/ko/sources/". */
  href: string;
}

/** The page at `pathname` (with the base) in every language, in LANGS order, and the language it is in. */
export function alternatesOf(pathname: string, base: string): { lang: Lang; alternates: Alternate[] } {
  const path = withoutBase(pathname, base);
  const prefix = base.replace(/\/$/, '');
  const bare = stripLang(path);
  return {
    lang: pathLang(path),
    alternates: LANGS.map((lang) => ({ lang, href: `${prefix}${localePath(lang, bare)}` })),
  };
}
