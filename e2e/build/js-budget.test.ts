// Build tests over dist/: every page but search ships at most 10 KB of JavaScript (gzip), counting
// each script file it loads and the files those import. The search page also loads the Pagefind
// runtime when a reader searches; its weight is reported, and held to its own budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, DIST } from '../support/dist';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Every script file a page loads, with the files they import statically, as dist paths. */
function scriptFiles(page: string): Set<string> {
  const files = new Set<string>();
  const add = (url: string) => {
    const path = join(DIST, url.startsWith(base) ? url.slice(base.length) : url);
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(path, 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) add(new URL(spec, `http://x${url}`).pathname);
  };
  for (const s of parseHTML(builtHtml(page)).document.querySelectorAll('script[src]')) add(s.getAttribute('src')!);
  return files;
}

const weight = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gz(f), 0);

describe('JavaScript per page', () => {
  for (const page of builtPages().filter((p) => p !== '/search/')) {
    it(`${page} ships at most 10 KB gzip`, () => {
      expect(weight(scriptFiles(page))).toBeLessThanOrEqual(10 * 1024);
    });
  }

  it('the search page, with the Pagefind runtime it loads on the first search, stays under 100 KB gzip', () => {
    const own = weight(scriptFiles('/search/'));
    // pagefind.js, its worker and the WebAssembly (already compressed by Pagefind) load on the first search.
    const runtime = weight(['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind'].map((f) => join(DIST, 'pagefind', f)));
    console.log(
      `search page JavaScript: ${(own / 1024).toFixed(1)} KB gzip on load, ${((own + runtime) / 1024).toFixed(1)} KB with the Pagefind runtime`,
    );
    expect(own).toBeLessThanOrEqual(10 * 1024);
    expect(own + runtime).toBeLessThan(100 * 1024);
  });
});
