/**
 * Writes sitemap.xml and robots.txt into the build from the list of pages Astro actually built,
 * so every published page is listed and nothing else (no external package needed).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeHtml } from '../lib/html';

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
        const urls = pages
          .map((p) => new URL(p.pathname, root).href)
          .filter((href) => !href.includes('/404'))
          .sort();
        const body = urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`).join('\n');
        writeFileSync(
          fileURLToPath(new URL('sitemap.xml', dir)),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
        );
        writeFileSync(
          fileURLToPath(new URL('robots.txt', dir)),
          `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`,
        );
        logger.info(`sitemap.xml lists ${urls.length} pages.`);
      },
    },
  };
}
