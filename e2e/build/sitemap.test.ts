// The sitemap lists every built page once, under the configured site URL; robots.txt points to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/dist';

describe('sitemap.xml and robots.txt', () => {
  it('list every built page exactly once', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
    expect(locs.sort()).toEqual(
      builtPages()
        .map((p) => `${base}${p}`)
        .sort(),
    );
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});
