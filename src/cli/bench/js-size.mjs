// The JavaScript a built page loads, measured as TECH-NOTES §4 and P10 advise: inline module
// scripts count (Astro inlines small ones, so dist/_astro alone reports nothing), and every
// /_astro/ file the page references is followed through its imports, so shared chunks are counted
// on each page that loads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** { raw, gzip, files } in bytes for the page's HTML, gzip at level 9. */
export function pageJavaScript(dist, html) {
  const seen = new Set();
  const code = [];
  const follow = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(join(dist, path), 'utf8');
    code.push(text);
    for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      follow(new URL(m[1], `http://x${path}`).pathname);
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    const type = /\btype="([^"]+)"/.exec(m[1])?.[1] ?? 'text/javascript';
    if (src) follow(src);
    else if (/module|javascript/.test(type)) code.push(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) follow(m[1]);
  const all = code.join('\n');
  return { raw: Buffer.byteLength(all), gzip: code.length ? gzipSync(all, { level: 9 }).length : 0, files: seen.size };
}
