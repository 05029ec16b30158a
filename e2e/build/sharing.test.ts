// Every page says what it is to search engines and social networks: title, description,
// canonical URL, Open Graph and Twitter cards with a share image that exists, and chapters carry
// NewsArticle structured data that agrees with the page.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, DIST } from '../support/dist';

const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');

function meta(document: Document, key: string): string | null {
  return document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing metadata', () => {
  for (const page of builtPages()) {
    it(`${page} has a title, description, canonical URL and share cards`, () => {
      const { document } = parseHTML(builtHtml(page));
      expect(document.title.length).toBeGreaterThan(3);
      expect(meta(document, 'description')?.length).toBeGreaterThan(20);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(`${base}${page}`);
      expect(meta(document, 'og:url')).toBe(canonical);
      for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:image:alt'])
        expect(meta(document, key), key).toBeTruthy();
      expect(meta(document, 'twitter:card')).toBe('summary_large_image');
      const image = new URL(meta(document, 'og:image')!);
      expect(meta(document, 'twitter:image')).toBe(image.href);
      expect(pngSize(join(DIST, image.pathname.slice(base.length)))).toEqual({ width: 1200, height: 630 });
    });
  }

  const chapters = builtPages().filter((p) => p.startsWith('/chapters/'));

  it('gives every chapter its own share image, 1200 × 630 and different in its pixels', () => {
    const images = chapters.map((p) => meta(parseHTML(builtHtml(p)).document, 'og:image')!);
    expect(new Set(images).size).toBe(chapters.length);
    const files = images.map((url) => join(DIST, new URL(url).pathname.slice(base.length)));
    for (const file of files) expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
    const digests = files.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(new Set(digests).size).toBe(chapters.length);
  });

  it('says in each card’s text alternative whether it shows the chapter’s figure', () => {
    for (const page of chapters) {
      const { document } = parseHTML(builtHtml(page));
      const placed = document.querySelector('.prose figure[id^="figure-"] .chart__title');
      const alt = meta(document, 'og:image:alt')!;
      if (placed) expect(alt, page).toContain(`It shows the figure “${placed.textContent}”`);
      else expect(alt, page).toMatch(/^Title card of /);
    }
  });

  it('draws a card of its own for every figure on the site, at /share/figures/<id>.png', () => {
    const ids = new Set<string>();
    for (const page of builtPages())
      for (const figure of parseHTML(builtHtml(page)).document.querySelectorAll('figure[id^="figure-"]'))
        if (!figure.id.startsWith('figure-entity-')) ids.add(figure.id.slice('figure-'.length));
    expect(ids.size).toBeGreaterThan(0);
    const cards = readdirSync(join(DIST, 'share/figures')).map((f) => f.replace(/\.png$/, ''));
    for (const id of ids) expect(cards, id).toContain(id);
    for (const id of cards) expect(pngSize(join(DIST, 'share/figures', `${id}.png`))).toEqual({ width: 1200, height: 630 });
  });

  for (const page of chapters) {
    it(`${page} carries NewsArticle data that matches the page`, () => {
      const { document } = parseHTML(builtHtml(page));
      const json = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(json['@type']).toBe('NewsArticle');
      expect(json.headline.replace(/[‘’]/g, "'")).toBe(document.querySelector('h1')!.textContent!.replace(/[‘’]/g, "'"));
      const published = document.querySelector('.chapter__header time')?.getAttribute('datetime');
      expect(json.datePublished.slice(0, 10)).toBe(published);
      expect(json.author.length).toBeGreaterThan(0);
      expect(json.image[0]).toBe(meta(document, 'og:image'));
      expect(meta(document, 'og:type')).toBe('article');
      expect(meta(document, 'article:published_time')).toBe(json.datePublished);
    });
  }
});
