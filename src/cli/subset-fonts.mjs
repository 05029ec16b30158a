// Cuts the self-hosted fonts down to the characters the built site shows. Run by `npm run build`
// after `astro build`: it reads every page and script in dist/, subsets each face's Fontsource
// files (variable weight axis and OpenType features kept) to the characters found, writes them as
// WOFF2 under dist/_astro/fonts/ with a content hash in the name, and writes their @font-face rules
// to a stylesheet of their own that every page links with data-webfonts (and the Korean pages a
// second one for the Korean faces). inline-css.mjs inlines each such sheet as a style the browser
// does not apply on screen (media="print") and a <noscript> copy; src/scripts/webfonts.ts applies it
// once the page has painted. So no font request competes with the HTML or holds up the first paint,
// the metric-matched fallback faces draw that paint, and the web fonts swap in without moving a line.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { filesUnder, fontCoverage, siteCodePoints, unicodeRange } from './fonts/glyphs.mjs';
import { isKoreanPage, koreanFallbackCss, koreanRules, subsetKorean } from './fonts/korean.mjs';

const require = createRequire(import.meta.url);
const dist = join(process.cwd(), 'dist');
const assets = join(dist, '_astro');

/** The faces the stylesheets set (tokens.css), each from one Fontsource variable package. */
export const FACES = [
  { family: 'Source Serif 4 Variable', package: '@fontsource-variable/source-serif-4', file: 'source-serif-4', role: 'serif' },
  { family: 'Inter Variable', package: '@fontsource-variable/inter', file: 'inter', role: 'sans' },
];
// Fontsource's files per script, in the order a character is looked for.
const RANGES = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'];
// The weights the stylesheets and charts set (400 text, 600 labels, 700 bold and headings): the
// weight axis is cut to them, which drops the outlines' deltas beyond.
const WEIGHTS = { min: 400, max: 700, default: 400 };
// OpenType features the site relies on (kerning, ligatures, marks, figure styles, fractions); the
// many stylistic alternates are left out, with the glyphs only they reach.
const FEATURES = [
  'kern',
  'liga',
  'clig',
  'calt',
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'rvrn',
  'tnum',
  'pnum',
  'lnum',
  'onum',
  'frac',
  'numr',
  'dnom',
  'sups',
  'subs',
  'case',
];
const hash = (buffer) => createHash('sha256').update(buffer).digest('base64url').slice(0, 8);

// Printable ASCII always, so that text the site did not hold at build time (a search query, a
// result from the index) still finds its letters; the rest comes from what dist/ holds.
const used = siteCodePoints(dist);
for (let p = 0x20; p <= 0x7e; p++) used.add(p);
mkdirSync(join(assets, 'fonts'), { recursive: true });
const rules = [];
const summary = [];
const latinCovered = {};
const started = performance.now();
for (const face of FACES) {
  const files = dirname(require.resolve(`${face.package}/package.json`));
  const covered = new Set();
  latinCovered[face.role] = covered;
  for (const range of RANGES) {
    let source;
    try {
      source = readFileSync(join(files, 'files', `${face.file}-${range}-wght-normal.woff2`));
    } catch {
      continue;
    }
    const coverage = await fontCoverage(source);
    const points = [...used].filter((p) => coverage.has(p) && !covered.has(p) && p > 0x20);
    if (points.length === 0) continue;
    for (const p of points) covered.add(p);
    // The space is always kept: it separates words in every subset. Only the first subset of a
    // face names it in its unicode-range, though: a space is on every page, and a range naming it
    // would have every page fetch every subset of the face, wanted or not.
    const first = covered.size === points.length;
    const subset = await subsetFont(source, String.fromCodePoint(0x20, ...points), {
      targetFormat: 'woff2',
      keepFeatures: FEATURES,
      variationAxes: { wght: WEIGHTS },
    });
    const name = `${face.file}-${range}.${hash(subset)}.woff2`;
    writeFileSync(join(assets, 'fonts', name), subset);
    rules.push(
      `@font-face{font-family:'${face.family}';font-style:normal;font-display:swap;font-weight:${WEIGHTS.min} ${WEIGHTS.max};` +
        `src:url(fonts/${name}) format('woff2');unicode-range:${unicodeRange(first ? [0x20, ...points] : points)}}`,
    );
    summary.push(
      `${name}: ${points.length} characters, ${(subset.length / 1024).toFixed(1)} KB (from ${(source.length / 1024).toFixed(1)} KB)`,
    );
  }
}

// The site stylesheet is the one that defines the font tokens; every page links it.
const sheets = filesUnder(assets, ['.css']).filter((file) => readFileSync(file, 'utf8').includes('--font-serif'));
if (sheets.length === 0) {
  console.error(
    'subset-fonts: no stylesheet in dist/_astro defines --font-serif, so the fonts have nowhere to go. Was src/styles/tokens.css renamed?',
  );
  process.exit(1);
}
/** Writes `css` to dist/_astro/<stem>.<hash>.css and returns the file's name. */
const writeSheet = (stem, css) => {
  const name = `${stem}.${hash(css)}.css`;
  writeFileSync(join(assets, name), css);
  return name;
};
/**
 * `html` with links to `sheets` (files in dist/_astro) put right before its first link to a
 * stylesheet under _astro/ (under the same base path); undefined when it links none. `webfonts`
 * marks a link for inline-css.mjs: the web fonts' rules, applied only after the first paint.
 */
const linkBefore = (html, sheets) => {
  let linked = false;
  const next = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]*\/)_astro\/[^"/]+\.css"[^>]*>/, (tag, base) => {
    linked = true;
    const links = sheets.map(
      ({ name, webfonts }) => `<link rel="stylesheet" href="${base}_astro/${name}"${webfonts ? ' data-webfonts' : ''}>`,
    );
    return links.join('') + tag;
  });
  return linked ? next : undefined;
};
const pages = filesUnder(dist, ['.html']);
const latinSheet = writeSheet('webfonts', rules.join(''));
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  if (!sheets.some((sheet) => html.includes(basename(sheet)))) continue;
  const next = linkBefore(html, [{ name: latinSheet, webfonts: true }]);
  if (next) writeFileSync(page, next);
}
const latinSeconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Fonts subset to the ${used.size} characters in dist/ (${latinSeconds} s):\n  ${summary.join('\n  ')}`);

// The Korean edition: Noto Serif KR and Noto Sans KR, subset per page next to each Korean page
// (src/cli/fonts/korean.mjs), declared in a stylesheet only Korean pages link, so no English page
// can fetch a Korean font; the Korean fallback faces (src/styles/fonts-ko.css) come with them, so
// no English page carries those either.
const koreanPages = pages.map((file) => ({ file, html: readFileSync(file, 'utf8') })).filter((p) => isKoreanPage(p.html));
if (koreanPages.length > 0) {
  const koStarted = performance.now();
  const korean = await subsetKorean(
    koreanPages,
    latinCovered,
    join(process.cwd(), 'node_modules', '.cache', 'lux-fonts'),
    join(assets, 'fonts'),
    // Every built stylesheet: which classes they set in bold decides what the bold subsets hold.
    filesUnder(assets, ['.css'])
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n'),
  );
  // The fallback faces in one stylesheet every Korean page applies at once; the web fonts' rules in
  // two (one naming each page's own files, one the shared files), applied after the first paint.
  const fallbackSheet = writeSheet('fonts-ko', koreanFallbackCss());
  const ownSheet = writeSheet('webfonts-ko', koreanRules().join(''));
  const sharedSheet = korean.light.size ? writeSheet('webfonts-ko', koreanRules(korean.shared).join('')) : undefined;
  for (const page of koreanPages) {
    const koName = korean.light.has(page.file) ? sharedSheet : ownSheet;
    // The web fonts' rules go before the Latin ones, the fallback faces right before the page's own
    // stylesheet. Before, not after: with the Korean fallback faces in a <style> after the 60 KB site
    // one, the Korean home page at 375 px moved its header by 4 px 200–400 ms after first paint, long
    // before any web font arrived (CLS 0.00044 in 12 of 35 runs of e2e/layout-shift.spec.ts);
    // declared first, it did not in 24 runs, nor in 15 when they were in the site stylesheet.
    const html = linkBefore(readFileSync(page.file, 'utf8'), [{ name: fallbackSheet }, { name: koName, webfonts: true }]);
    if (!html) {
      console.error(
        `subset-fonts: ${page.file.slice(dist.length)} is a Korean page with no stylesheet under _astro/ to put the Korean fonts before.`,
      );
      process.exit(1);
    }
    writeFileSync(page.file, html);
  }
  const bytes = [...korean.bytes.entries()].sort((a, b) => a[1] - b[1]);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const [heaviest, most] = bytes.at(-1);
  console.log(
    `Korean fonts subset per page (${((performance.now() - koStarted) / 1000).toFixed(1)} s): ${korean.summary}; ` +
      `font bytes per page: median ${kb(bytes[Math.floor(bytes.length / 2)][1])}, heaviest ${kb(most)} (${heaviest.slice(dist.length)}).`,
  );
}
