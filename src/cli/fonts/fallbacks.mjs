// Fallback faces matched to the web fonts, character by character, so that text first painted in
// a system font keeps its line breaks and line heights when the web font swaps in
// (font-display: swap). One size-adjust cannot do it: Inter's figures are far wider than Arial's
// while its letters are only a little wider, and a Korean line's spaces differ from its Hangul.
// So each fallback family is a set of @font-face rules on one system font, one rule per group of
// characters with close advance ratios (web font to system font, at the weight matched), each
// with its group's ratio as size-adjust and the web font's ascender and descender divided by it as
// overrides, so every group sits on the web font's baseline in a line box of the web font's
// height. A rule without unicode-range, declared first, covers any other character at the mean
// ratio. The advances are the mean advances of each character as shaped (kerning included) in the
// text of the built site, measured by src/cli/fallback-fonts.mjs --measure: the web fonts from
// node_modules, the system fonts from this machine, both kept in fallback-metrics.json, from which
// the same script writes the generated blocks of two stylesheets (SHEETS): the Latin families in
// src/styles/fonts.css, which every page carries, and the Korean families in src/styles/fonts-ko.css,
// which src/cli/subset-fonts.mjs puts in the stylesheet only Korean pages carry, with the Korean web
// fonts: an English page's stacks name no Korean family, so it has no use for their faces.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import fontverter from 'fontverter';
import { Blob as HbBlob, Buffer as HbBuffer, Face, Font, Variation, shape } from 'harfbuzzjs';
import { decodeEntities, parseUnicodeRange, unicodeRange } from './glyphs.mjs';

const require = createRequire(import.meta.url);

/**
 * How many groups of characters (so how many rules) a fallback family has per weight: eight for the
 * Latin faces (with three, DejaVu rewrapped a line of the home page at 375 px, CLS 0.096, and one of
 * the Korean home page at 1280 px, 0.06), two for the Korean faces, whose Hangul share one advance.
 */
export const GROUPS = { latin: 8, korean: 2 };

/** The characters matched one by one. Latin: ASCII, Latin-1, the punctuation and signs the stories use. Korean: Hangul and CJK punctuation. */
export const LATIN_CHARACTERS = 'U+20-7E,U+A0-FF,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2212';
export const KOREAN_CHARACTERS = 'U+1100-11FF,U+3000-303F,U+3130-318F,U+AC00-D7A3,U+FF01-FF5E';

/**
 * The web faces, each at the weights the stylesheets set (400; 560–600 labels; 650–700 bold), with
 * the CSS weight range its fallback rule covers. Variable Latin fonts are measured at the weight
 * itself; the Korean faces are static 400 and 700 files, chosen by weight range as the browser does.
 */
export const WEB = {
  inter: { file: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', ext: 'inter-latin-ext-wght-normal.woff2' },
  serif: {
    file: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    ext: 'source-serif-4-latin-ext-wght-normal.woff2',
  },
  'sans-kr-400': { file: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf' },
  'sans-kr-700': { file: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf' },
  'serif-kr-400': { file: '@expo-google-fonts/noto-serif-kr/400Regular/NotoSerifKR_400Regular.ttf' },
  'serif-kr-700': { file: '@expo-google-fonts/noto-serif-kr/700Bold/NotoSerifKR_700Bold.ttf' },
};

const LATIN_WEIGHTS = [
  { weight: 400, range: '100 500', bold: false },
  { weight: 600, range: '501 620', bold: true },
  { weight: 700, range: '621 900', bold: true },
];
const KOREAN_WEIGHTS = [
  { weight: 400, range: '100 500', bold: false },
  { weight: 700, range: '501 900', bold: true },
];

/**
 * The fallback families, in the order the stacks name them (src/styles/fonts.css), each with the
 * local() names of its regular and bold system faces and the system font measured for it (by
 * fontconfig family name). Arial and Liberation Sans (and Arimo) have the same advances by design,
 * as Times New Roman, Liberation Serif and Tinos do; Helvetica and Times are the designs Arial and
 * Times New Roman were drawn to the widths of. A family with no measured font (the macOS and
 * Windows Korean faces, absent from Linux) gets the web font's line box only, no size-adjust.
 */
export const FALLBACKS = [
  {
    family: 'Inter fallback',
    web: 'inter',
    measured: 'Liberation Sans',
    regular: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Helvetica'],
    bold: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Helvetica Bold', 'Helvetica-Bold'],
  },
  {
    family: 'Inter fallback DejaVu',
    web: 'inter',
    measured: 'DejaVu Sans',
    regular: ['DejaVu Sans', 'DejaVuSans'],
    bold: ['DejaVu Sans Bold', 'DejaVuSans-Bold'],
  },
  {
    family: 'Source Serif 4 fallback',
    web: 'serif',
    measured: 'Liberation Serif',
    regular: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Times', 'Times-Roman'],
    bold: [
      'Times New Roman Bold',
      'TimesNewRomanPS-BoldMT',
      'Liberation Serif Bold',
      'LiberationSerif-Bold',
      'Tinos Bold',
      'Times Bold',
      'Times-Bold',
    ],
  },
  {
    family: 'Source Serif 4 fallback DejaVu',
    web: 'serif',
    measured: 'DejaVu Serif',
    regular: ['DejaVu Serif', 'DejaVuSerif'],
    bold: ['DejaVu Serif Bold', 'DejaVuSerif-Bold'],
  },
  {
    family: 'Noto Sans KR fallback',
    web: 'sans-kr',
    measured: 'Noto Sans CJK KR',
    regular: ['Noto Sans CJK KR', 'NotoSansCJKkr-Regular', 'Source Han Sans K', 'SourceHanSansK-Regular'],
    bold: ['Noto Sans CJK KR Bold', 'NotoSansCJKkr-Bold', 'Source Han Sans K Bold', 'SourceHanSansK-Bold'],
  },
  {
    family: 'Noto Sans KR fallback Nanum',
    web: 'sans-kr',
    measured: 'NanumGothic',
    regular: ['NanumGothic', 'Nanum Gothic'],
    bold: ['NanumGothicBold', 'NanumGothic Bold', 'Nanum Gothic Bold'],
  },
  {
    family: 'Noto Sans KR fallback system',
    web: 'sans-kr',
    measured: null,
    regular: ['Apple SD Gothic Neo', 'AppleSDGothicNeo-Regular', 'Malgun Gothic', 'MalgunGothic'],
    bold: ['Apple SD Gothic Neo Bold', 'AppleSDGothicNeo-Bold', 'Malgun Gothic Bold', 'MalgunGothicBold'],
  },
  {
    family: 'Noto Serif KR fallback',
    web: 'serif-kr',
    measured: 'Noto Serif CJK KR',
    regular: ['Noto Serif CJK KR', 'NotoSerifCJKkr-Regular', 'Source Han Serif K', 'SourceHanSerifK-Regular'],
    bold: ['Noto Serif CJK KR Bold', 'NotoSerifCJKkr-Bold', 'Source Han Serif K Bold', 'SourceHanSerifK-Bold'],
  },
  {
    family: 'Noto Serif KR fallback Nanum',
    web: 'serif-kr',
    measured: 'NanumMyeongjo',
    regular: ['NanumMyeongjo', 'Nanum Myeongjo'],
    bold: ['NanumMyeongjoBold', 'NanumMyeongjo Bold', 'Nanum Myeongjo Bold'],
  },
  {
    family: 'Noto Serif KR fallback system',
    web: 'serif-kr',
    measured: null,
    regular: ['AppleMyungjo', 'Batang'],
    bold: ['AppleMyungjo', 'Batang'],
  },
];

/** Whether a fallback family stands in for a Korean web font (Noto Serif KR, Noto Sans KR). */
export const isKorean = (fallback) => fallback.web.endsWith('-kr');
/** How many groups of characters a fallback family is cut into (GROUPS). */
export const groupCount = (fallback) => (isKorean(fallback) ? GROUPS.korean : GROUPS.latin);
export const weightsOf = (fallback) => (isKorean(fallback) ? KOREAN_WEIGHTS : LATIN_WEIGHTS);
/** The web font file (and its measured key) a fallback rule matches at a weight. */
export const webKey = (fallback, weight) => (isKorean(fallback) ? `${fallback.web}-${weight >= 600 ? 700 : 400}` : fallback.web);

/** A font file's faces for harfbuzz: WOFF2 unpacked to sfnt. */
async function sfnt(buffer) {
  return new Uint8Array(await fontverter.convert(buffer, 'sfnt'));
}

/**
 * Metrics of one face at one weight, per em: hhea ascender and descender, and the advance of each
 * of `characters` it maps, written compactly as advance (in thousandths of an em, rounded to 0.01)
 * → the unicode-range of the characters with it. With `blocks` (the site's text), a character's
 * advance is its mean advance as shaped in that text, kerning and ligatures included, so a letter
 * the web font kerns tighter than the system font counts as narrower; a character the text does
 * not hold keeps its own advance.
 */
export function measureFace(bytes, { index = 0, weight, characters, blocks = [] }) {
  const face = new Face(new HbBlob(bytes), index);
  const font = new Font(face);
  try {
    if (weight && face.getAxisInfos().wght) font.setVariations([new Variation('wght', weight)]);
    const upem = face.upem;
    const extents = font.hExtents();
    const wanted = parseUnicodeRange(characters);
    const advances = new Map();
    for (const p of wanted) {
      const glyph = font.nominalGlyph(p);
      if (glyph) advances.set(p, font.glyphHAdvance(glyph) / upem);
    }
    const shaped = new Map();
    for (const text of blocks) {
      const buffer = new HbBuffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      shape(font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      buffer.destroy?.();
      // Clusters are UTF-16 offsets; each glyph's advance goes to the character its cluster starts with.
      for (let i = 0; i < infos.length; i++) {
        const p = text.codePointAt(infos[i].cluster);
        if (infos[i].codepoint === 0 || !advances.has(p)) continue;
        const entry = shaped.get(p) ?? { sum: 0, n: 0 };
        entry.sum += positions[i].xAdvance / upem;
        if (i === 0 || infos[i - 1].cluster !== infos[i].cluster) entry.n++;
        shaped.set(p, entry);
      }
    }
    for (const [p, { sum, n }] of shaped) if (n > 0) advances.set(p, sum / n);
    return { ascender: extents.ascender / upem, descender: -extents.descender / upem, advances: compact(advances) };
  } finally {
    font.destroy?.();
    face.destroy?.();
  }
}

/** Code point → advance (per em) from measureFace's compact form. */
export function advanceMap(measured) {
  const map = new Map();
  for (const [advance, range] of Object.entries(measured.advances))
    for (const p of parseUnicodeRange(range)) map.set(p, Number(advance) / 1000);
  return map;
}

/** The web fonts' metrics, measured from the files in node_modules (over `text`, as measureFace): what the fallbacks are matched to. */
export async function measureWebFonts(text = { latin: [], korean: [] }) {
  const out = {};
  for (const [key, web] of Object.entries(WEB)) {
    const path = require.resolve(web.file);
    const korean = key.includes('-kr');
    const bytes = await sfnt(readFileSync(path));
    const extBytes = web.ext ? await sfnt(readFileSync(join(dirname(path), web.ext))) : undefined;
    const weights = korean ? [Number(key.slice(-3))] : LATIN_WEIGHTS.map((w) => w.weight);
    const blocks = korean ? text.korean : text.latin;
    for (const weight of weights) {
      const characters = korean ? KOREAN_CHARACTERS : LATIN_CHARACTERS;
      const main = measureFace(bytes, { weight, characters, blocks });
      // Latin characters outside Fontsource's latin file (the arrows, the minus sign) come from its latin-ext file.
      if (extBytes) {
        const have = advanceMap(main);
        const ext = advanceMap(measureFace(extBytes, { weight, characters, blocks }));
        main.advances = compact(new Map([...ext.entries()].filter(([p]) => !have.has(p)).concat([...have.entries()])));
      }
      out[korean ? key : `${key}-${weight}`] = main;
    }
  }
  return out;
}

function compact(map) {
  const byAdvance = new Map();
  for (const [p, a] of map) {
    const k = Math.round(a * 100000) / 100;
    if (!byAdvance.has(k)) byAdvance.set(k, []);
    byAdvance.get(k).push(p);
  }
  return Object.fromEntries([...byAdvance.entries()].sort((a, b) => a[0] - b[0]).map(([a, ps]) => [a, unicodeRange(ps)]));
}

/** Measures a system font file (TrueType, OpenType or a collection face) at the characters of its fallback, over `blocks`. */
export function measureSystemFont(path, index, korean, blocks) {
  const bytes = new Uint8Array(readFileSync(path));
  return measureFace(bytes, { index, characters: korean ? KOREAN_CHARACTERS : LATIN_CHARACTERS, blocks });
}

/**
 * The text the built site shows, as blocks between tags (each distinct block once, so the header
 * and footer of every page count once): English pages' and Korean pages' apart.
 */
export function siteText(pages) {
  const latin = new Set();
  const korean = new Set();
  for (const { html, ko } of pages) {
    const body = html
      .replace(/^[\s\S]*?<body\b/i, '')
      .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '');
    for (const raw of body.split(/<[^>]*>/)) {
      const text = decodeEntities(raw).replace(/\s+/g, ' ');
      if (text.trim()) (ko ? korean : latin).add(text);
    }
  }
  return { latin: [...latin], korean: [...korean] };
}

/** How often each character of `range` occurs in `blocks`. */
export function characterCounts(blocks, range) {
  const set = parseUnicodeRange(range);
  const counts = {};
  for (const text of blocks) {
    for (const c of text) {
      const p = c.codePointAt(0);
      if (set.has(p)) counts[p] = (counts[p] ?? 0) + 1;
    }
  }
  return Object.fromEntries(Object.entries(counts).sort((a, b) => Number(a[0]) - Number(b[0])));
}

const pct = (x) => `${Number((x * 100).toFixed(2))}%`;

/**
 * Groups of characters by advance ratio (web font to system font), at most `k`: sorted by ratio
 * and cut where the split best fits, weighting each character by how much of a line it fills in
 * the stories (its count in `frequency` times its advance; a character the stories do not use
 * counts for little). A group's size-adjust is its weighted mean ratio, so its characters together
 * take the web font's width; `mean` is the same over all of them.
 */
export function ratioGroups(web, fallback, frequency, k) {
  // Characters of the same ratio (all Hangul, often) are one item.
  const byRatio = new Map();
  for (const [p, a] of fallback) {
    const w = web.get(p);
    if (w === undefined || a === 0 || w === 0) continue;
    const r = w / a;
    const key = r.toFixed(6);
    if (!byRatio.has(key)) byRatio.set(key, { r, weight: 0, points: [] });
    const item = byRatio.get(key);
    item.weight += ((frequency[p] ?? 0) + 0.01) * a;
    item.points.push(p);
  }
  const items = [...byRatio.values()].sort((x, y) => x.r - y.r);
  const n = items.length;
  // Prefix sums of weight, weight·r and weight·r², so a run's weighted squared error is O(1).
  const W = [0];
  const S = [0];
  const Q = [0];
  for (const { r, weight } of items) {
    W.push(W.at(-1) + weight);
    S.push(S.at(-1) + weight * r);
    Q.push(Q.at(-1) + weight * r * r);
  }
  const cost = (i, j) => Q[j] - Q[i] - (S[j] - S[i]) ** 2 / (W[j] - W[i]);
  // best[g][j]: least error splitting items[0, j) into g groups; cut[g][j]: where the last one starts.
  const best = [new Array(n + 1).fill(Infinity)];
  best[0][0] = 0;
  const cut = [[]];
  const groupsMax = Math.min(k, n);
  for (let g = 1; g <= groupsMax; g++) {
    best.push(new Array(n + 1).fill(Infinity));
    cut.push(new Array(n + 1).fill(0));
    for (let j = g; j <= n; j++) {
      for (let i = g - 1; i < j; i++) {
        const c = best[g - 1][i] + cost(i, j);
        if (c < best[g][j]) {
          best[g][j] = c;
          cut[g][j] = i;
        }
      }
    }
  }
  const groups = [];
  for (let g = groupsMax, j = n; g > 0; g--) {
    const i = cut[g][j];
    groups.unshift({
      ratio: (S[j] - S[i]) / (W[j] - W[i]),
      points: items
        .slice(i, j)
        .flatMap((x) => x.points)
        .sort((a, b) => a - b),
    });
    j = i;
  }
  return { groups: groups.filter((g) => g.points.length), mean: S[n] / W[n] };
}

const rule = ({ family, weight, locals, ratio, web, range }) =>
  [
    `@font-face {`,
    `  font-family: '${family}';`,
    `  font-weight: ${weight};`,
    `  src: ${locals.map((n) => `local('${n}')`).join(', ')};`,
    ...(ratio === undefined ? [] : [`  size-adjust: ${pct(ratio)};`]),
    `  ascent-override: ${pct(web.ascender / (ratio ?? 1))};`,
    `  descent-override: ${pct(web.descender / (ratio ?? 1))};`,
    `  line-gap-override: 0%;`,
    ...(range ? [`  unicode-range: ${range};`] : []),
    `}`,
  ].join('\n');

/**
 * The generated CSS of one stylesheet: for each fallback family it holds (the Korean ones with
 * `korean`, else the Latin ones) and each weight range, the catch-all rule at the mean ratio, then
 * one rule per group (a later rule wins for the characters of its range).
 * `metrics`: fallback-metrics.json (web and system fonts as measured over the site's text, and the text's character counts).
 */
export function fallbackCss({ web: webMetrics, fonts: systemMetrics, frequency }, { korean: koreanSheet }) {
  const out = [];
  for (const fallback of FALLBACKS.filter((f) => isKorean(f) === koreanSheet)) {
    for (const { weight, range, bold } of weightsOf(fallback)) {
      const web = webMetrics[isKorean(fallback) ? webKey(fallback, weight) : `${fallback.web}-${weight}`];
      const locals = bold ? fallback.bold : fallback.regular;
      const base = { family: fallback.family, weight: range, locals, web };
      const system = fallback.measured && systemMetrics[`${fallback.measured}${bold ? ' Bold' : ''}`];
      if (!system) {
        out.push(rule(base));
        continue;
      }
      const korean = isKorean(fallback);
      const { groups, mean } = ratioGroups(
        advanceMap(web),
        advanceMap(system),
        frequency[korean ? 'korean' : 'latin'],
        groupCount(fallback),
      );
      out.push(rule({ ...base, ratio: mean }));
      for (const g of groups) out.push(rule({ ...base, ratio: g.ratio, range: unicodeRange(g.points) }));
    }
  }
  return out.join('\n\n');
}

export const BEGIN = '/* BEGIN generated by src/cli/fallback-fonts.mjs: do not edit by hand */';
export const END = '/* END generated fallback faces */';

/**
 * The stylesheets the fallback faces are written into (paths from the project root): the Latin
 * families into the one every page carries (Base.astro imports it), the Korean families into the
 * one the Korean pages alone carry (src/cli/fonts/korean.mjs, koreanFallbackCss).
 */
export const SHEETS = [
  { file: 'src/styles/fonts.css', korean: false },
  { file: 'src/styles/fonts-ko.css', korean: true },
];

/** A stylesheet (`file`, for the error) with its generated block replaced by `css`. */
export function withGenerated(sheet, css, file = 'the stylesheet') {
  generatedBlock(sheet, file);
  return `${sheet.slice(0, sheet.indexOf(BEGIN))}${BEGIN}\n${css}\n${sheet.slice(sheet.indexOf(END))}`;
}

/** The generated block of a stylesheet (`file`, for the error), without its BEGIN and END comments. */
export function generatedBlock(sheet, file = 'the stylesheet') {
  const start = sheet.indexOf(BEGIN);
  const end = sheet.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no generated block (${BEGIN} … ${END}).`);
  return sheet.slice(start + BEGIN.length, end);
}

/**
 * @font-face rules written compactly, as Vite writes the site stylesheet: comments dropped, no
 * space around punctuation, no last semicolon. Meant for a generated block of faces, which has no
 * selectors and whose only strings are font names; it refuses a string it would change (one
 * holding punctuation or a run of spaces).
 */
export function minifyCss(css) {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [string] of bare.matchAll(/'[^']*'|"[^"]*"/g)) {
    if (/[{};:,]|\s\s|^.\s|\s.$/.test(string)) throw new Error(`minifyCss: cannot keep the string ${string} as it is.`);
  }
  return bare
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
