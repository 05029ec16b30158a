/**
 * Writes sitemap.xml and robots.txt into the build from the list of pages Astro actually built,
 * so every published page is listed and nothing else (no external package needed). Each page
 * names its counterparts in the other languages (xhtml:link hreflang), as Google reads them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeHtml } from '../lib/html';
import { DEFAULT_LANG, LANG_TAGS, LANGS, localePath } from '../lib/i18n/langs';

/** One <url> entry: the page and, when they were built, the same page in every language plus x-default. */
export function sitemapEntry(path: string, built: Set<string>, root: URL): string {
  const href = (p: string) => escapeHtml(new URL(p.slice(1), root).href);
  const links = LANGS.map((lang) => ({ lang: LANG_TAGS[lang], path: localePath(lang, path) })).filter((l) => built.has(l.path));
  const alternates =
    links.length > 1
      ? [...links, { lang: 'x-default', path: localePath(DEFAULT_LANG, path) }].map(
          (l) => `\n    <xhtml:link rel="alternate" hreflang="${l.lang}" href="${href(l.path)}"/>`,
        )
      : [];
  return `  <url>\n    <loc>${href(path)}</loc>${alternates.join('')}\n  </url>`;
}

/** The whole sitemap for a list of site paths ("/", "/ko/sources/"), sorted. */
export function sitemapXml(paths: string[], root: URL): string {
  const built = new Set(paths);
  const body = [...built].sort().map((p) => sitemapEntry(p, built, root));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body.join('\n')}\n</urlset>\n`;
}

export function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/')).filter((path) => !path.includes('/404'));
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(paths, root));
        writeFileSync(
          fileURLToPath(new URL('robots.txt', dir)),
          `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`,
        );
        logger.info(`sitemap.xml lists ${new Set(paths).size} pages.`);
      },
    },
  };
}
