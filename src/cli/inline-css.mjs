// Puts each page's stylesheet into the page, so the first HTML response carries everything the
// page needs to paint: no stylesheet request stands between the HTML and the first chart. Run by
// `npm run build` after `subset-fonts.mjs` (which writes the final stylesheet). For every HTML page
// in dist/ it replaces each <link rel="stylesheet"> to a file under _astro/ with a <style> holding
// that file (its relative URLs, the fonts, rewritten to root-relative ones, except "./" ones, which
// name a file next to the page), then adds the SHA-256
// hash of every distinct inlined stylesheet to style-src, in the same words, in each page's
// <meta http-equiv="Content-Security-Policy"> and in dist/_headers: so the policy still allows no
// inline style but these, and the meta tag and the header keep saying the same thing.
// A link marked data-webfonts (the web fonts' @font-face rules) becomes a <style media="print">,
// from whose rules src/scripts/webfonts.ts loads the faces after the first paint, with a <noscript>
// copy that applies them at once when JavaScript is off.
// e2e/build/security.test.ts checks the result.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './fonts/glyphs.mjs';

const dist = join(process.cwd(), 'dist');
// The sub-path the site was built for (astro.config.mjs): URLs carry it, dist/ does not.
const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');
const fail = (message) => {
  console.error(`inline-css: ${message}`);
  process.exit(1);
};

/** The stylesheet at site path `href` with its relative url()s made root-relative. */
function stylesheet(href) {
  const base = new URL(href, `http://site${basePath}`);
  if (!base.pathname.startsWith(basePath)) fail(`${href} lies outside the site's base path ${basePath}.`);
  const css = readFileSync(join(dist, decodeURIComponent(base.pathname.slice(basePath.length))), 'utf8');
  if (/<\/style/i.test(css)) fail(`${href} contains "</style", which cannot be inlined.`);
  return css.replace(/url\((["']?)([^"')]+)\1\)/g, (whole, quote, url) => {
    // "./…" names a file next to the page (the Korean pages' own font subsets): it stays relative to the page.
    if (/^(data:|[a-z]+:|\/|#|\.\/)/i.test(url)) return whole;
    return `url(${quote}${new URL(url, base).pathname}${quote})`;
  });
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy with `hashes` added to its style-src directive, which must exist. */
function withHashes(policy, hashes, where) {
  if (!/(^|;\s*)style-src\s/.test(policy)) fail(`${where} has no style-src directive to add the stylesheet's hash to.`);
  return policy.replace(/(^|;\s*)(style-src)([^;]*)/, (_, lead, name, values) => {
    const kept = values
      .trim()
      .split(/\s+/)
      .filter((v) => v && !v.startsWith("'sha256-"));
    return `${lead}${[name, ...kept, ...hashes].join(' ')}`;
  });
}

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

const pages = filesUnder(dist, ['.html']);
const inlined = new Map();
const rewritten = [];
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const next = html.replace(LINK, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href || !/(^|\/)_astro\/[^/]+\.css$/.test(href)) return tag;
    const css = stylesheet(href);
    inlined.set(sha256(css), href);
    // The web fonts' rules (subset-fonts.mjs marks their links): never applied on screen as such;
    // src/scripts/webfonts.ts reads them and loads the faces after the first paint. Without
    // JavaScript, the <noscript> copy applies them at once (the same text, so the same hash).
    if (/\sdata-webfonts\b/.test(tag)) return `<style media="print" data-webfonts>${css}</style><noscript><style>${css}</style></noscript>`;
    return `<style>${css}</style>`;
  });
  rewritten.push([file, next]);
}
if (!inlined.size) fail('no page links a stylesheet under _astro/: nothing to inline. Did the build change how it emits CSS?');

const hashes = [...inlined.keys()].sort();
for (const [file, html] of rewritten) {
  if (!META.test(html)) fail(`${file.slice(dist.length)} has no Content-Security-Policy meta tag (src/layouts/Base.astro writes it).`);
  writeFileSync(
    file,
    html.replace(META, (_, open, policy, close) => `${open}${withHashes(policy, hashes, file.slice(dist.length))}${close}`),
  );
}

const headersFile = join(dist, '_headers');
const headers = readFileSync(headersFile, 'utf8');
// Every rule's policy gets the hashes: the site-wide one and the /embed/* one that replaces it.
const line = /^(\s+Content-Security-Policy:\s*)(.*)$/gm;
if (!headers.match(line)) fail('dist/_headers has no Content-Security-Policy line (it is copied from public/_headers).');
writeFileSync(
  headersFile,
  headers.replace(line, (_, name, policy) => `${name}${withHashes(policy, hashes, 'dist/_headers')}`),
);

const sizes = [...inlined.values()].map((href) => `${href} (${(stylesheet(href).length / 1024).toFixed(1)} KB)`);
console.log(`inline-css: ${pages.length} pages carry their stylesheet inline: ${sizes.join(', ')}; style-src allows ${hashes.join(' ')}.`);
