// No broken internal link or anchor anywhere in dist/, and every page is reachable from the home
// page by following links.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, DIST } from '../support/dist';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const origin = 'http://site.invalid';

interface Link {
  from: string;
  href: string;
}

function parse(page: string) {
  return parseHTML(builtHtml(page)).document;
}

/** The site path a URL points to inside dist/, or undefined for another origin or scheme. */
function internalPath(href: string, from: string): { path: string; hash: string } | undefined {
  if (/^(mailto:|tel:|data:|javascript:)/.test(href)) return undefined;
  const url = new URL(href, `${origin}${base}${from.replace(/^\//, '')}`);
  if (url.origin !== origin) return undefined;
  if (!url.pathname.startsWith(base)) return { path: url.pathname, hash: url.hash };
  return { path: `/${url.pathname.slice(base.length)}`, hash: decodeURIComponent(url.hash.slice(1)) };
}

function fileFor(path: string): string | undefined {
  const direct = join(DIST, path);
  if (path.endsWith('/')) return existsSync(join(direct, 'index.html')) ? join(direct, 'index.html') : undefined;
  return existsSync(direct) ? direct : undefined;
}

const pages = builtPages();
const ids = new Map(pages.map((p) => [p, new Set([...parse(p).querySelectorAll('[id]')].map((el) => el.id))]));
const links: Link[] = pages.flatMap((from) =>
  [...parse(from).querySelectorAll('a[href], link[href], script[src], img[src], source[srcset]')].map((el) => ({
    from,
    href: el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset')!.split(' ')[0],
  })),
);

describe('internal links in dist/', () => {
  // Every page of both editions: the English at the root and the Korean under /ko/.
  it('covers both editions, page for page', () => {
    expect(pages.filter((p) => p.startsWith('/ko/')).length).toBe(pages.filter((p) => !p.startsWith('/ko/')).length);
  });

  it('every link, script, stylesheet and image resolves to a built file', () => {
    const broken = links.filter(({ href, from }) => {
      const target = internalPath(href, from);
      return target && !fileFor(target.path);
    });
    expect(broken.map((l) => `${l.from} → ${l.href}`)).toEqual([]);
  });

  it('every #anchor exists on the page it points to', () => {
    const missing = links.filter(({ href, from }) => {
      const target = internalPath(href, from);
      if (!target || !target.hash || !target.path.endsWith('/')) return false;
      return !ids.get(target.path)?.has(target.hash);
    });
    expect(missing.map((l) => `${l.from} → ${l.href}`)).toEqual([]);
  });

  it('every page of both editions is reachable from the English home page', () => {
    const seen = new Set(['/']);
    const queue = ['/'];
    while (queue.length) {
      const page = queue.shift()!;
      for (const { href } of links.filter((l) => l.from === page)) {
        const target = internalPath(href, page);
        if (target && target.path.endsWith('/') && pages.includes(target.path) && !seen.has(target.path)) {
          seen.add(target.path);
          queue.push(target.path);
        }
      }
    }
    expect(pages.filter((p) => !seen.has(p))).toEqual([]);
  });
});
