// The Korean faces of the Korean edition: Noto Serif KR (body, with Source Serif 4) and Noto Sans
// KR (interface and figures, with Inter), OFL-1.1, subset at build time from the full TrueType
// files of @expo-google-fonts to the characters the Korean pages hold and the Latin faces lack.
//
// How a page gets only what it needs: the site's Korean characters are cut into slices, each face
// one WOFF2 file per slice with that slice's characters as its unicode-range, so a browser fetches
// a slice only when the page shows one of its characters in that face. Characters used by the same
// pages share a slice (see slices()), so a chapter's own vocabulary travels with that chapter and
// the words every page uses form slices every page already has in its cache. (One subset per page
// would be lighter per page, but compressing ~80 pages × 4 faces to WOFF2 takes minutes on two
// cores; slices cost one compression per character and face, cached across builds.)
//
// Regular faces hold every Korean character of the site. Bold faces hold only the characters that
// stand in bold elements (headings, strong, b, th, …); a bold character outside that set is found
// in the next family of the stack, the same regular file declared again under a second name, and
// drawn in synthesised bold: Noto still, never a system font. The stacks are in src/styles/fonts.css.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { codePointsOf, decodeEntities, fontCoverage, unicodeRange } from './glyphs.mjs';

const require = createRequire(import.meta.url);

/** The fewest characters in a slice: below it, a file's own overhead (~2 KB) outweighs what it spares. */
export const MIN_SLICE = 40;

/** The Korean faces: family, generic role (the Latin face they follow), weight range, source file. */
export const KOREAN_FACES = [
  { family: 'Noto Serif KR', role: 'serif', weight: '100 500', bold: false, file: 'noto-serif-kr/400Regular/NotoSerifKR_400Regular.ttf' },
  { family: 'Noto Serif KR', role: 'serif', weight: '600 900', bold: true, file: 'noto-serif-kr/700Bold/NotoSerifKR_700Bold.ttf' },
  { family: 'Noto Sans KR', role: 'sans', weight: '100 500', bold: false, file: 'noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf' },
  { family: 'Noto Sans KR', role: 'sans', weight: '600 900', bold: true, file: 'noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf' },
];
/** The second name of each regular face: where a bold character missing from the bold subset is found. */
export const REGULAR_AGAIN = { serif: 'Noto Serif KR Regular', sans: 'Noto Sans KR Regular' };

// Horizontal Korean text needs no more: composition, locale forms, kerning and marks.
const FEATURES = ['ccmp', 'locl', 'kern', 'mark', 'mkmk'];
const BOLD_ELEMENTS = /<(h[1-6]|strong|b|th|dt|summary|caption|legend)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const BOLD_SVG_TEXT = /<(text|tspan)\b[^>]*font-weight="(?:bold|[6-9]00)"[^>]*>([\s\S]*?)<\/\1>/gi;

/** Whether a built page is a Korean page: its root element says so. */
export const isKoreanPage = (html) => /<html\b[^>]*\blang="ko(?:-[A-Za-z]+)?"/.test(html);

/** What a page shows, without the markup that shows nothing (scripts, styles, comments). */
const shown = (html) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');

/** The characters of a page's bold elements (text only, tags dropped). */
export function boldCodePoints(html) {
  const points = new Set();
  const page = shown(html);
  for (const pattern of [BOLD_ELEMENTS, BOLD_SVG_TEXT]) {
    for (const match of page.matchAll(pattern)) {
      const text = decodeEntities(match[match.length - 1].replace(/<[^>]*>/g, ''));
      for (const char of text) points.add(char.codePointAt(0));
    }
  }
  return points;
}

/** The Korean pages' characters: per page, all of them and those in bold elements. */
export function koreanUsage(pages) {
  return pages.map(({ path, html }) => ({ path, all: codePointsOf(shown(html)), bold: boldCodePoints(html) }));
}

const popcount = (words) =>
  words.reduce((n, w) => {
    let v = w - ((w >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return n + ((((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24);
  }, 0);
/** How many pages of `a` are not in `b` (page sets as bit words). */
const without = (a, b) => popcount(a.map((w, i) => w & ~b[i]));

/**
 * The characters `wanted` cut into slices so that a page fetches few characters it does not show:
 * characters used by exactly the same pages form a group; then, while a group holds fewer than
 * `min` characters, the smallest is merged into the group that costs least, the cost being the
 * characters that pages would fetch without showing them. `sets` holds each page's characters.
 */
export function slices(wanted, sets, min = MIN_SLICE) {
  const words = Math.ceil(sets.length / 32) || 1;
  const signatures = new Map();
  for (const p of wanted) {
    const pages = new Array(words).fill(0);
    sets.forEach((set, i) => {
      if (set.has(p)) pages[i >>> 5] |= 1 << (i & 31);
    });
    const key = pages.join(',');
    if (!signatures.has(key)) signatures.set(key, { pages, points: [] });
    signatures.get(key).points.push(p);
  }
  const groups = [...signatures.values()];
  while (groups.length > 1) {
    groups.sort((a, b) => a.points.length - b.points.length);
    const small = groups[0];
    if (small.points.length >= min) break;
    let best = 1;
    let bestCost = Infinity;
    for (let i = 1; i < groups.length; i++) {
      const other = groups[i];
      const cost = small.points.length * without(other.pages, small.pages) + other.points.length * without(small.pages, other.pages);
      if (cost < bestCost) [best, bestCost] = [i, cost];
    }
    const into = groups[best];
    into.pages = into.pages.map((w, i) => w | small.pages[i]);
    into.points.push(...small.points);
    groups.shift();
  }
  return groups.map((g) => g.points.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}

const sha = (...parts) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('base64url');
};

/** A WOFF2 subset of `source` to `points`, from the build cache when the same subset was made before. */
async function cachedSubset(source, sourceKey, points, cacheDir) {
  const key = sha(sourceKey, JSON.stringify(FEATURES), String.fromCodePoint(...points)).slice(0, 24);
  const cached = join(cacheDir, `${key}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const subset = await subsetFont(source, String.fromCodePoint(...points), { targetFormat: 'woff2', keepFeatures: FEATURES });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, subset);
  return subset;
}

const rule = (family, weight, name, points) =>
  `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${weight};` +
  `src:url(fonts/${name}) format('woff2');unicode-range:${unicodeRange(points)}}`;

/**
 * Subsets the Korean faces for `pages` ({ path, html } of every Korean page) into `outDir`;
 * `latinCovered` maps a role ('serif' | 'sans') to the code points its Latin face already draws.
 * Returns the @font-face rules (URLs relative to the stylesheet in _astro/), the files with the
 * code points each holds, and a summary line per face.
 */
export async function subsetKorean(pages, latinCovered, outDir, cacheDir) {
  const perPage = koreanUsage(pages);
  const used = new Set(perPage.flatMap((p) => [...p.all]));
  const rules = [];
  const files = [];
  const summary = [];
  for (const face of KOREAN_FACES) {
    const path = require.resolve(`@expo-google-fonts/${face.file.split('/')[0]}/package.json`);
    const sourceFile = join(dirname(path), face.file.split('/').slice(1).join('/'));
    const source = readFileSync(sourceFile);
    const sourceKey = `${face.file}:${source.length}`;
    const coverage = await fontCoverage(source);
    const sets = perPage.map((p) => (face.bold ? p.bold : p.all));
    const wanted = [...used].filter(
      (p) => p > 0x20 && coverage.has(p) && !latinCovered[face.role].has(p) && (!face.bold || sets.some((s) => s.has(p))),
    );
    const slug = face.file.split('/').pop().replace('.ttf', '').toLowerCase();
    let bytes = 0;
    const cut = slices(wanted, sets);
    for (const [i, points] of cut.entries()) {
      const subset = await cachedSubset(source, sourceKey, points, cacheDir);
      const name = `${slug}-${i}.${sha(subset).slice(0, 8)}.woff2`;
      writeFileSync(join(outDir, name), subset);
      bytes += subset.length;
      rules.push(rule(face.family, face.weight, name, points));
      if (!face.bold) rules.push(rule(REGULAR_AGAIN[face.role], '400', name, points));
      files.push({ name, family: face.family, bold: face.bold, points, bytes: subset.length });
    }
    summary.push(
      `${face.family} ${face.bold ? 'bold' : 'regular'}: ${wanted.length} characters in ${cut.length} slices, ${(bytes / 1024).toFixed(1)} KB`,
    );
  }
  return { rules, files, summary, perPage };
}

/** The font bytes a page can fetch at most: every slice of every face that holds one of its characters (bold ones for its bold characters). */
export function pageFontBytes(page, files) {
  return files.filter((f) => f.points.some((p) => (f.bold ? page.bold : page.all).has(p))).reduce((sum, f) => sum + f.bytes, 0);
}
