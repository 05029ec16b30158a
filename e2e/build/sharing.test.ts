// Every page says what it is to search engines and social networks: title, description,
// canonical URL, Open Graph and Twitter cards with a share image that exists, and chapters carry
// NewsArticle structured data that agrees with the page.
import { readFileSync } from 'node:fs';
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

  it('gives every chapter its own share image', () => {
    const images = chapters.map((p) => meta(parseHTML(builtHtml(p)).document, 'og:image'));
    expect(new Set(images).size).toBe(chapters.length);
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
