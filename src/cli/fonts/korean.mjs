// The Korean faces of the Korean edition: Noto Serif KR (body, with Source Serif 4) and Noto Sans
// KR (interface and figures, with Inter), OFL-1.1, subset at build time from the full TrueType
// files of @expo-google-fonts.
//
// Each Korean page gets its own subsets, holding exactly the characters it shows (and the Latin
// faces lack), next to the page: /ko/chapters/x/fonts-ko/notoserifkr-400.woff2. The @font-face
// rules are the same on every Korean page and name the files by a URL relative to the page
// ("./fonts-ko/…"), so one stylesheet (one CSP hash) serves all of them and each page still
// fetches only its own characters. Measured against slices of the site's characters shared
// between pages, the slices cost the heaviest page about twice as many bytes: a chapter touches
// nearly every slice. The price is build time (WOFF2 compression, spread over a worker per core
// and cached across builds) and no sharing of font files between pages.
//
// Regular faces hold every Korean character of the page. Bold faces hold only the characters that
// stand in bold elements (headings, strong, b, th, …); a bold character outside that set is found
// in the next family of the stack, the same regular file declared again under a second name, and
// drawn in synthesised bold: Noto still, never a system font. The stacks are in src/styles/fonts.css.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { codePointsOf, fontCoverage, parseUnicodeRange } from './glyphs.mjs';
import { boldClasses, boldCodePoints, shown } from './bold.mjs';
import { SHEETS, generatedBlock, minifyCss } from './fallbacks.mjs';
import { workers } from './pool.mjs';

const require = createRequire(import.meta.url);

/** Where a Korean page's subsets are, relative to the page. */
export const FONT_DIR = 'fonts-ko';
/**
 * What the Korean faces are declared for: Hangul (jamo, compatibility jamo, syllables), CJK
 * symbols and punctuation, enclosed forms, Hanja and full-width forms. The files hold only what
 * the page uses; the browser fetches a face when the page shows one of these in it.
 */
export const KOREAN_RANGE = 'U+1100-11FF,U+3000-303F,U+3130-318F,U+3200-32FF,U+4E00-9FFF,U+AC00-D7A3,U+F900-FAFF,U+FF00-FFEF';

/** The Korean faces: family, generic role (the Latin face they follow), weight range, source file. */
export const KOREAN_FACES = [
  {
    family: 'Noto Serif KR',
    role: 'serif',
    weight: '100 500',
    bold: false,
    name: 'notoserifkr-400.woff2',
    file: 'noto-serif-kr/400Regular/NotoSerifKR_400Regular.ttf',
  },
  {
    family: 'Noto Serif KR',
    role: 'serif',
    weight: '600 900',
    bold: true,
    name: 'notoserifkr-700.woff2',
    file: 'noto-serif-kr/700Bold/NotoSerifKR_700Bold.ttf',
  },
  {
    family: 'Noto Sans KR',
    role: 'sans',
    weight: '100 500',
    bold: false,
    name: 'notosanskr-400.woff2',
    file: 'noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  },
  {
    family: 'Noto Sans KR',
    role: 'sans',
    weight: '600 900',
    bold: true,
    name: 'notosanskr-700.woff2',
    file: 'noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
];
/** The second name of each regular face: where a bold character missing from the bold subset is found. */
export const REGULAR_AGAIN = { serif: 'Noto Serif KR Regular', sans: 'Noto Sans KR Regular' };

// Horizontal Korean text needs no more: composition, locale forms, kerning and marks.
const FEATURES = ['ccmp', 'locl', 'kern', 'mark', 'mkmk'];

/** A page that runs the site search: its search element names the Pagefind bundle (src/components/Search…, <lux-search data-bundle>). */
const SEARCHES = /\bdata-bundle="[^"]*\/pagefind\/"/;

/** Whether a built page is a Korean page: its root element says so. */
export const isKoreanPage = (html) => /<html\b[^>]*\blang="ko(?:-[A-Za-z]+)?"/.test(html);

/** The Korean pages' characters: per page, all of them and those in bold elements. */
export function koreanUsage(pages, classes = new Set()) {
  return pages.map(({ path, html }) => ({ path, all: codePointsOf(shown(html)), bold: boldCodePoints(html, classes) }));
}

const sha = (...parts) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('base64url');
};

const rule = (family, weight, url) =>
  `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${weight};` +
  `src:url(${url}) format('woff2');unicode-range:${KOREAN_RANGE}}`;

/**
 * The @font-face rules of the Korean pages: with no argument, files named relative to the page
 * (./fonts-ko/…); with `shared` (a face's name → its shared file in _astro/fonts/), the light
 * pages' shared files, relative to the stylesheet in _astro/.
 */
export function koreanRules(shared) {
  return KOREAN_FACES.flatMap((face) => {
    const url = shared ? `fonts/${shared.get(face.name)}` : `./${FONT_DIR}/${face.name}`;
    const rules = [rule(face.family, face.weight, url)];
    if (!face.bold) rules.push(rule(REGULAR_AGAIN[face.role], '400', url));
    return rules;
  });
}

/**
 * The Korean fallback faces (the generated block of src/styles/fonts-ko.css, written by
 * src/cli/fallback-fonts.mjs), compactly: they go into the Korean pages' stylesheet with the
 * Korean faces, since only the Korean stacks name their families.
 */
export function koreanFallbackCss(root = process.cwd()) {
  const { file } = SHEETS.find((s) => s.korean);
  return minifyCss(generatedBlock(readFileSync(join(root, file), 'utf8'), file));
}

/** Bytes per character of each face's WOFF2 subsets, measured on this site's Korean text: to choose the light pages before any subset exists. */
const PER_CHARACTER = {
  'notoserifkr-400.woff2': 130,
  'notoserifkr-700.woff2': 140,
  'notosanskr-400.woff2': 62,
  'notosanskr-700.woff2': 62,
};
/** What the light pages' shared files may come to, estimated: well under the 250 KB a page may fetch. */
export const SHARED_BUDGET = 200 * 1024;

/**
 * The light pages: the pages with the fewest Korean characters, taken while the union of their
 * characters, in every face, stays within SHARED_BUDGET. They share one set of files, which a
 * reader's browser fetches once for all of them; the others get files of their own.
 */
export function lightPages(perPage) {
  const union = { all: new Set(), bold: new Set() };
  const light = new Set();
  const estimate = () => KOREAN_FACES.reduce((n, face) => n + (face.bold ? union.bold : union.all).size * PER_CHARACTER[face.name], 0);
  for (const page of [...perPage].filter((p) => !p.searches).sort((a, b) => a.all.size - b.all.size)) {
    const before = { all: new Set(union.all), bold: new Set(union.bold) };
    for (const p of page.all) union.all.add(p);
    for (const p of page.bold) union.bold.add(p);
    if (estimate() > SHARED_BUDGET) {
      Object.assign(union, before);
      break;
    }
    light.add(page.path);
  }
  return { light, union: { path: 'shared', ...union } };
}

/** The characters of a page a face draws: its own Korean characters the Latin face lacks (bold faces: only those in bold elements). */
const IN_RANGE = parseUnicodeRange(KOREAN_RANGE);
export function faceCharacters(page, face, coverage, latinCovered) {
  const shown = face.bold ? page.bold : face.role === 'sans' && page.sansAll ? page.sansAll : page.all;
  const points = [...shown].filter((p) => IN_RANGE.has(p) && coverage.has(p) && !latinCovered[face.role].has(p));
  // Every face gets a file, so a browser that asks for one (bold text the markup did not show as
  // bold) finds it: at least the ideographic space.
  return (points.length ? points : [0x3000]).sort((a, b) => a - b);
}

/** The Korean faces' source files, each with its cache key and the characters it has. */
async function loadSources() {
  const sources = [];
  for (const face of KOREAN_FACES) {
    const pkg = require.resolve(`@expo-google-fonts/${face.file.split('/')[0]}/package.json`);
    const file = join(dirname(pkg), face.file.split('/').slice(1).join('/'));
    const source = readFileSync(file);
    sources.push({ face, file, key: `${face.file}:${source.length}`, coverage: await fontCoverage(source) });
  }
  return sources;
}

/** A page that runs site search shows any page's title (in bold) and excerpt (in the sans face, src/styles/data-room.css): its bold faces and its regular sans get every page's characters. */
function searchPages(perPage, pages) {
  const sansAll = new Set(perPage.flatMap((p) => [...p.all]));
  const bold = new Set(perPage.flatMap((p) => [...p.bold]));
  pages.forEach((p, i) => {
    if (SEARCHES.test(p.html)) Object.assign(perPage[i], { bold, sansAll, searches: true });
  });
}

/**
 * Writes each Korean page's subsets next to it, and the light pages' shared subsets into
 * `sharedDir` (`pages`: { file, html } of every Korean page; `latinCovered` maps 'serif' | 'sans'
 * to the code points its Latin face draws), through a cache of earlier builds' subsets in
 * `cacheDir`; `css`, the built stylesheets, says which classes are bold. Returns the bytes each
 * page can fetch, the light pages, the shared files' names and a summary line.
 */
export async function subsetKorean(pages, latinCovered, cacheDir, sharedDir, css = '') {
  const perPage = koreanUsage(
    pages.map((p) => ({ path: p.file, html: p.html })),
    boldClasses(css),
  );
  searchPages(perPage, pages);
  const pool = workers(FEATURES);
  const sources = await loadSources();
  let made = 0;
  const bytes = new Map();
  const { light, union } = lightPages(perPage);
  const shared = new Map();
  const subset = async ({ face, file, key, coverage }, page) => {
    const points = faceCharacters(page, face, coverage, latinCovered);
    const cached = join(cacheDir, `${sha(key, JSON.stringify(FEATURES), String.fromCodePoint(...points)).slice(0, 24)}.woff2`);
    if (existsSync(cached)) return readFileSync(cached);
    const made_ = await pool.run(file, points);
    made++;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, made_);
    return made_;
  };
  try {
    const jobs = perPage
      .filter((page) => !light.has(page.path))
      .flatMap((page) =>
        sources.map(async (source) => {
          const woff2 = await subset(source, page);
          const dir = join(dirname(page.path), FONT_DIR);
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, source.face.name), woff2);
          bytes.set(page.path, (bytes.get(page.path) ?? 0) + woff2.length);
        }),
      );
    const sharedJobs = light.size
      ? sources.map(async (source) => {
          const woff2 = await subset(source, union);
          const name = `ko-shared-${source.face.name.replace('.woff2', '')}.${sha(woff2).slice(0, 8)}.woff2`;
          writeFileSync(join(sharedDir, name), woff2);
          shared.set(source.face.name, name);
          for (const path of light) bytes.set(path, (bytes.get(path) ?? 0) + woff2.length);
        })
      : [];
    await Promise.all([...jobs, ...sharedJobs]);
  } finally {
    await pool.close();
  }
  return {
    bytes,
    light,
    shared,
    summary: `${perPage.length - light.size} pages with files of their own, ${light.size} light pages sharing one set; ${made} subsets made, the rest from the cache`,
  };
}
