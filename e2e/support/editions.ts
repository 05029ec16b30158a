/**
 * The pages of the Korean edition that the slower browser specs (axe, privacy) visit: one page of
 * each type, not all of them. A type is the page's address with its last segment as a wildcard
 * when it is one of many (/ko/countries/*, /ko/chapters/*, /ko/embed/*), and for chapters also
 * whether the Korean text exists yet (a translated chapter and one showing the notice look
 * different). Every single-instance page (home, sources, data, search …) is its own type. The
 * build tests (links, html-valid, security, i18n) cover every Korean page.
 */
import { builtHtml, builtPages } from './dist';

/** A page's type: "/ko/countries/*", "/ko/chapters/* (untranslated)", "/ko/sources/". */
export function pageType(path: string, html: string): string {
  const parts = path.split('/').filter(Boolean);
  const type = parts.length >= 3 ? `/${parts.slice(0, -1).join('/')}/*` : path;
  return parts[1] === 'chapters' && parts.length >= 3
    ? `${type} (${html.includes('data-untranslated') ? 'untranslated' : 'translated'})`
    : type;
}

/** The first Korean page of every type, in path order. */
export function koreanSample(pages: string[] = builtPages()): string[] {
  const byType = new Map<string, string>();
  for (const path of pages.filter((p) => p.startsWith('/ko/'))) {
    const type = pageType(path, builtHtml(path));
    if (!byType.has(type)) byType.set(type, path);
  }
  return [...byType.values()];
}
