// Build tests over dist/: every story figure in the registry has an embed page that shows it alone
// (with title, notes, sources and a link to the chapter that places it) and a standalone SVG
// download with its own plain styles; no other id has an embed page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figures } from '../../src/figures/registry';
import { getDataset } from '../../src/lib/data';
import { builtHtml, builtPages, DIST, pagesWithFigure } from '../support/dist';

const data = getDataset();
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 9 }).length;

const readingOrder = readdirSync(join(process.cwd(), 'content/chapters'))
  .filter((name) => /^\d+-.+\.md$/.test(name))
  .sort()
  .map((name) => `/chapters/${name.replace(/^\d+-/, '').replace(/\.md$/, '')}/`);

describe('embed pages and SVG downloads', () => {
  it('there is an embed page for every registry figure, and for nothing else', () => {
    const embeds = builtPages().filter((p) => p.startsWith('/embed/'));
    expect(embeds).toEqual([...figures.keys()].map((id) => `/embed/${id}/`).sort());
    // An unknown id has no page, so a static host answers it with its 404.
    expect(existsSync(join(DIST, 'embed', 'no-such-figure'))).toBe(false);
    expect(readdirSync(join(DIST, 'embed')).filter((n) => !figures.has(n))).toEqual(['resize.js']);
  });

  for (const [id, figure] of figures) {
    const texts = figure.texts(data);

    it(`/embed/${id}/ shows the figure alone, with its texts and a link back to its chapter`, () => {
      const { document } = parseHTML(builtHtml(`/embed/${id}/`));
      expect(document.querySelectorAll('figure')).toHaveLength(1);
      const fig = document.querySelector(`main[data-embed="${id}"] > figure#figure-${id}`);
      expect(fig).not.toBeNull();
      expect(fig!.querySelector('.chart__title')?.textContent).toBe(texts.title);
      expect(fig!.querySelector('svg')).not.toBeNull();
      expect(fig!.querySelector('.chart__source')?.textContent).toMatch(/^Sources?: /);
      expect(fig!.querySelectorAll('.chart__notes li')).toHaveLength(texts.notes.length);
      // Minimal chrome: no site header, navigation or footer, and no embed control inside the embed.
      expect(document.querySelector('.site-header, nav, footer, .figure-share')).toBeNull();
      // Links leave the frame, since the rest of the site refuses to be framed.
      expect(document.querySelector('base')?.getAttribute('target')).toBe('_blank');
      // The first chapter in reading order (content/chapters/NN-slug.md) that places the figure.
      const chapter = readingOrder.find((path) => pagesWithFigure(id).includes(path));
      const back = document.querySelector('.embed__credit a')?.getAttribute('href');
      expect(back).toBe(chapter ? `${base.slice(0, -1)}${chapter}#figure-${id}` : base);
      // Shared, the embed page shows the figure's own card, which the build drew.
      const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(new URL(image).pathname).toBe(`${base}share/figures/${id}.png`);
      expect(existsSync(join(DIST, `share/figures/${id}.png`)), `dist/share/figures/${id}.png`).toBe(true);
      // No request leaves our origin: every script, stylesheet and image is ours.
      const loads = [...document.querySelectorAll('script[src], link[rel="stylesheet"], img[src]')].map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href')!,
      );
      expect(loads.length).toBeGreaterThan(0);
      for (const url of loads) expect(url.startsWith(base), url).toBe(true);
      console.log(`/embed/${id}/: ${(gz(builtHtml(`/embed/${id}/`)) / 1024).toFixed(1)} KB gzip HTML`);
    });

    it(`/data/charts/${id}.svg parses as XML, with a <title>, its source line and no var(--…)`, () => {
      const svg = readFileSync(join(DIST, 'data', 'charts', `${id}.svg`), 'utf8');
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).not.toMatch(/var\(--/);
      expect(svg).not.toMatch(/currentColor/i);
      // XML knows five named entities; an HTML one (&nbsp;) would stop an XML parser.
      expect(svg.match(/&[a-z]+;/gi)?.filter((e) => !['&amp;', '&lt;', '&gt;', '&quot;', '&apos;'].includes(e)) ?? []).toEqual([]);
      // And a bare "&" (HTML lets one stand in an attribute; XML does not).
      expect(svg.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);).{0,30}/gi) ?? []).toEqual([]);
      const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = document.documentElement;
      expect(root.tagName).toBe('svg');
      expect(root.querySelector('title')?.textContent).toBe(texts.title);
      const words = [...root.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(words).toMatch(/Sources?: .+\./);
      expect(root.querySelector('style')?.textContent).toContain('font-family:Inter, Helvetica, Arial, sans-serif');
      // The download is linked from the figure where the site places it.
      const page = pagesWithFigure(id).find((p) => !p.startsWith('/embed/'))!;
      const link = parseHTML(builtHtml(page)).document.querySelector(`#figure-${id} .figure-share a[download]`);
      expect(link?.getAttribute('href')).toBe(`${base}data/charts/${id}.svg`);
      console.log(`/data/charts/${id}.svg: ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KB, ${(gz(svg) / 1024).toFixed(1)} KB gzip`);
    });
  }
});

/** The CSS a built page carries: its inline <style> elements and the stylesheets it links. */
function pageCss(html: string): string {
  const { document } = parseHTML(html);
  const inline = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
  const linked = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
    readFileSync(join(DIST, (l.getAttribute('href') ?? '').replace(base, '/')), 'utf8'),
  );
  return [...inline, ...linked].join('\n');
}

describe('every page styles the svg-* classes its drawings use', () => {
  // Plot's inline styles became classes (src/styles/svg-classes.css): a page that uses one without
  // its stylesheet draws chart text at the browser's default size (an embed page once did).
  it.each(builtPages().filter((p) => builtHtml(p).includes('class="svg-') || /class="[^"]* svg-/.test(builtHtml(p))))('%s', (path) => {
    const html = builtHtml(path);
    const used = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter((c) => c.startsWith('svg-')));
    const css = pageCss(html);
    expect([...used].filter((c) => !css.includes(`.${c}`))).toEqual([]);
  });
});
