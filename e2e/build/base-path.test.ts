// The site can live under a sub-path: built with BASE_PATH, every internal URL carries it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchCopy } from '../support/scratch';

const scratch = scratchCopy();
afterAll(() => scratch.remove());

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

// A whole build, PNG downloads included: it ran past 60 s on CI's two cores.
describe('a build under BASE_PATH=/lux-loaded/', () => {
  it('prefixes every root-relative link, script, stylesheet and image with the base', async () => {
    const { status, output } = await scratch.build({ BASE_PATH: '/lux-loaded/', SITE_URL: 'https://news.example' });
    expect(status, output).toBe(0);
    const offenders: string[] = [];
    for (const file of htmlFiles(join(scratch.dir, 'dist'))) {
      const html = readFileSync(file, 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!url.startsWith('/lux-loaded/')) offenders.push(`${file.slice(scratch.dir.length)}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(readFileSync(join(scratch.dir, 'dist/sitemap.xml'), 'utf8')).toContain('<loc>https://news.example/lux-loaded/</loc>');
  }, 240_000);
});
