import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  const root = new URL('https://example.org/lux/');

  it('lists each page with its counterparts in both languages and x-default', () => {
    const xml = sitemapXml(['/ko/sources/', '/sources/'], root);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const entries = xml.split('<url>').slice(1);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/lux/sources/"/>');
      expect(entry).toContain('<xhtml:link rel="alternate" hreflang="ko" href="https://example.org/lux/ko/sources/"/>');
      expect(entry).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/lux/sources/"/>');
    }
    expect(entries[0]).toContain('<loc>https://example.org/lux/ko/sources/</loc>');
  });

  it('names no alternate that was not built', () => {
    const xml = sitemapXml(['/only-english/'], root);
    expect(xml).toContain('<loc>https://example.org/lux/only-english/</loc>');
    expect(xml).not.toContain('xhtml:link');
  });
});
