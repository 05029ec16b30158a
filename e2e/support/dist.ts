/** Reads the built site in dist/: its pages as URL paths and their HTML. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = join(process.cwd(), 'dist');

/** Every built HTML page as a site path ("/", "/chapters/the-vehicles/"). */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run "npm run build" before the build and browser tests.');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(DIST, dir).split(sep).join('/')}/`.replace(/\/+/g, '/'));
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The built HTML of a site path. */
export function builtHtml(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

/** Site paths of the pages that hold a given chart or map figure. */
export function pagesWithFigure(id: string): string[] {
  return builtPages().filter((p) => builtHtml(p).includes(`id="figure-${id}"`));
}

/** The JavaScript a page loads: inline module scripts plus every /_astro/ file it references, followed through imports. */
export function pageScripts(html: string): string[] {
  const { document } = parseHTML(html);
  const seen = new Set<string>();
  const sources: string[] = [];
  const follow = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(DIST, path), 'utf8');
    sources.push(code);
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']\.?\.?\/?([^"']+\.js)["']/g)) follow(`/_astro/${m[1].split('/').pop()}`);
  };
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) follow(src);
    else if ((script.getAttribute('type') ?? 'module') === 'module' || !script.getAttribute('type')) sources.push(script.textContent ?? '');
  }
  for (const link of document.querySelectorAll('link[rel="modulepreload"]')) follow(link.getAttribute('href')!);
  return sources;
}
