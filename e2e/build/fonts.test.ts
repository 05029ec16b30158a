// The subset fonts: every character a built page holds is in the subset of the face that sets it
// (or in no file of the font at all, so no subset could hold it: the reader's system font draws
// it, as it did before subsetting), every @font-face swaps and points at a file that exists, and
// no page preloads a font. Korean pages (<html lang="ko">): every Korean character they hold is in
// a Noto Serif KR and a Noto Sans KR slice the page's own stylesheet declares, their font bytes
// stay under the budget, and no English page declares or references a Korean font. Every page
// carries the Latin fallback faces; only Korean pages carry the Korean ones. The web fonts' rules
// wait in a print-media style with a <noscript> copy (src/scripts/webfonts.ts loads them after the
// first paint), and only the first subset of a face names the space, so no page fetches them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePointsOf, fontCoverage, parseUnicodeRange } from '../../src/cli/fonts/glyphs.mjs';
import { isKoreanPage, KOREAN_FACES, REGULAR_AGAIN } from '../../src/cli/fonts/korean.mjs';
import { FALLBACKS, isKorean } from '../../src/cli/fonts/fallbacks.mjs';
import { builtHtml, builtPages, DIST } from '../support/dist';

const require = createRequire(import.meta.url);
const assets = join(DIST, '_astro');
const css = readdirSync(assets)
  .filter((n) => n.endsWith('.css'))
  .map((n) => readFileSync(join(assets, n), 'utf8'))
  .join('\n');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]);
interface WebFace {
  body: string;
  family: string;
  url: string;
  range: Set<number>;
}
const parseFace = (body: string): WebFace => ({
  body,
  family: /font-family:\s*['"]?([^'";]+)/.exec(body)![1],
  url: /url\(["']?([^"')]+)/.exec(body)![1],
  range: parseUnicodeRange(/unicode-range:\s*([^;}]+)/.exec(body)?.[1] ?? 'U+0-10FFFF'),
});
const KOREAN_FAMILIES = new Set([...KOREAN_FACES.map((f) => f.family), ...Object.values(REGULAR_AGAIN)]);
const allFaces = faces.filter((body) => /url\(/.test(body)).map(parseFace);
const webFaces = allFaces.filter((f) => !KOREAN_FAMILIES.has(f.family));

// Everything the source fonts could give, face by face: the Fontsource files the subsets come from.
const sources: Record<string, string> = {
  'Source Serif 4 Variable': '@fontsource-variable/source-serif-4',
  'Inter Variable': '@fontsource-variable/inter',
};
const inSubset = new Set<number>();
const inSource = new Set<number>();

beforeAll(async () => {
  for (const face of webFaces) {
    const coverage = await fontCoverage(readFileSync(join(assets, face.url)));
    for (const p of face.range) if (coverage.has(p)) inSubset.add(p);
  }
  for (const pkg of Object.values(sources)) {
    const files = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
    for (const name of readdirSync(files).filter((n) => n.endsWith('-wght-normal.woff2'))) {
      for (const p of await fontCoverage(readFileSync(join(files, name)))) inSource.add(p);
    }
  }
});

describe('subset fonts', () => {
  it('each face of the stylesheets is subset, swaps, and its file exists', () => {
    expect(new Set(webFaces.map((f) => f.family))).toEqual(new Set(Object.keys(sources)));
    for (const face of webFaces) {
      expect(face.body, face.family).toMatch(/font-display:\s*swap/);
      expect(face.url, face.family).not.toMatch(/fontsource/);
      expect(existsSync(join(assets, face.url)), face.url).toBe(true);
    }
  });

  it('each face has a metric-matched local fallback', () => {
    for (const name of ['Source Serif 4 fallback', 'Inter fallback']) {
      const body = faces.find((f) => f.includes(name));
      expect(body, name).toBeDefined();
      expect(body).toMatch(/src:\s*local\(/);
      for (const descriptor of ['size-adjust', 'ascent-override', 'descent-override']) expect(body).toContain(descriptor);
    }
  });

  it('every character of every page is in a subset, unless no file of the font has it', () => {
    const missing: string[] = [];
    for (const path of builtPages()) {
      for (const p of codePointsOf(builtHtml(path))) {
        if (p < 0x20 || inSubset.has(p) || !inSource.has(p)) continue;
        missing.push(`${path}: U+${p.toString(16).toUpperCase()} ${String.fromCodePoint(p)}`);
      }
    }
    expect(missing).toEqual([]);
    // The characters a story leans on, wherever the fonts have them.
    for (const char of '’“”–—…€£×0123456789') expect(inSubset.has(char.codePointAt(0)!), char).toBe(true);
  });

  it('every page holds its web fonts back for the first paint: rules only in a print-media data-webfonts style, with a <noscript> copy', () => {
    for (const path of builtPages()) {
      const html = builtHtml(path);
      const styles = [...html.matchAll(/<style([^>]*)>([^<]*)<\/style>/g)].map((m) => ({ attrs: m[1], css: m[2], at: m.index! }));
      const held = styles.filter((s) => /data-webfonts/.test(s.attrs));
      expect(held.length, `${path} holds web fonts back`).toBeGreaterThan(0);
      for (const style of styles) {
        const declares = /@font-face\{[^}]*url\(/.test(style.css);
        if (/data-webfonts/.test(style.attrs)) {
          expect(style.attrs, path).toMatch(/media="print"/);
          expect(
            html.slice(style.at).startsWith(`<style${style.attrs}>${style.css}</style><noscript><style>${style.css}</style></noscript>`),
            path,
          ).toBe(true);
        } else if (declares) {
          // Only the <noscript> copies may declare a web font's file.
          expect(
            held.some((h) => h.css === style.css),
            `${path}: a style applied at once declares a web font`,
          ).toBe(true);
        }
      }
    }
  });

  it("only a face's first subset names the space in its unicode-range, so a page fetches only the subsets its characters need", () => {
    for (const family of Object.keys(sources)) {
      const withSpace = webFaces.filter((f) => f.family === family && f.range.has(0x20));
      expect(
        withSpace.map((f) => f.url),
        family,
      ).toHaveLength(1);
      expect(withSpace[0].url, family).toMatch(/-latin\./);
    }
  });

  it('no page preloads a font', () => {
    for (const path of builtPages()) expect(builtHtml(path), path).not.toMatch(/rel="preload"[^>]*as="font"/);
  });
});

// The Korean edition. A page's fonts are what its own inline stylesheets declare; its Korean
// subsets sit next to it (./fonts-ko/), holding exactly what it shows, or, for the light pages,
// are one shared set (_astro/fonts/ko-shared-…).
const BUDGET = 250 * 1024;
const koreanPages = builtPages().filter((p) => isKoreanPage(builtHtml(p)));
const englishPages = builtPages().filter((p) => !isKoreanPage(builtHtml(p)));
const pageFaces = (html: string) =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .flatMap((m) => [...m[1].matchAll(/@font-face\s*\{([^}]*)\}/g)].map((f) => f[1]))
    .filter((body) => /url\(/.test(body))
    .map(parseFace);
/** What a page shows: its markup without scripts and styles (attributes kept: labels and tooltips are shown). */
const shownText = (html: string) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
/** The file a Korean page's font URL names: its own (./fonts-ko/…) or the light pages' shared one (/_astro/fonts/ko-shared-…). */
const fontFile = (path: string, url: string) =>
  url.startsWith('./') ? join(DIST, path, url) : join(assets, 'fonts', url.split('/').pop()!);
/** A Korean page's font files: declared URL → { bytes, characters }. */
const pageFiles = new Map<string, Map<string, { bytes: number; coverage: Set<number> }>>();

describe('Korean fonts', () => {
  beforeAll(async () => {
    for (const path of koreanPages) {
      const files = new Map<string, { bytes: number; coverage: Set<number> }>();
      for (const face of pageFaces(builtHtml(path)).filter((f) => KOREAN_FAMILIES.has(f.family))) {
        if (files.has(face.url)) continue;
        const file = fontFile(path, face.url);
        if (!existsSync(file)) continue;
        const buffer = readFileSync(file);
        files.set(face.url, { bytes: buffer.length, coverage: await fontCoverage(buffer) });
      }
      pageFiles.set(path, files);
    }
  }, 120_000);

  it('Korean pages exist and declare Noto Serif KR and Noto Sans KR, regular and bold, swapping, in files of their own', () => {
    expect(koreanPages.length).toBeGreaterThan(0);
    for (const path of koreanPages) {
      const declared = pageFaces(builtHtml(path)).filter((f) => KOREAN_FAMILIES.has(f.family));
      expect(new Set(declared.map((f) => f.family)), path).toEqual(KOREAN_FAMILIES);
      for (const face of declared) {
        expect(face.body, path).toMatch(/font-display:\s*swap/);
        expect(face.url, path).toMatch(
          /^(\.\/fonts-ko\/|\/(.*\/)?_astro\/fonts\/ko-shared-)noto(serif|sans)kr-(400|700)(\.[\w-]+)?\.woff2$/,
        );
        expect(existsSync(fontFile(path, face.url)), `${path}: ${face.url}`).toBe(true);
      }
      const weights = declared.filter((f) => f.family === 'Noto Serif KR').map((f) => /font-weight:\s*([^;]+)/.exec(f.body)![1]);
      expect(new Set(weights), path).toEqual(new Set(['100 500', '600 900']));
    }
  });

  it('every Korean character of a Korean page is in its serif and its sans file', () => {
    const missing: string[] = [];
    for (const path of koreanPages) {
      const html = builtHtml(path);
      const declared = pageFaces(html);
      for (const p of codePointsOf(shownText(html))) {
        if (!HANGUL.test(String.fromCodePoint(p))) continue;
        for (const [korean, latin] of [
          ['Noto Serif KR', 'Source Serif 4 Variable'],
          ['Noto Sans KR', 'Inter Variable'],
        ]) {
          if (declared.some((f) => f.family === latin && f.range.has(p))) continue;
          const regular = declared.filter((f) => f.family === korean && /font-weight:\s*100 500/.test(f.body) && f.range.has(p));
          if (!regular.some((f) => pageFiles.get(path)!.get(f.url)?.coverage.has(p))) {
            missing.push(`${path}: ${korean} has no U+${p.toString(16).toUpperCase()} ${String.fromCodePoint(p)}`);
          }
        }
      }
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });

  it("a page's own Korean files hold only characters the page shows; the shared ones only what the light pages show", () => {
    const sharedShown = new Set<number>();
    const sharedFiles = new Map<string, Set<number>>();
    // The search page shows titles and excerpts of every page: its files may hold any of them.
    const everything = new Set(koreanPages.flatMap((path) => [...codePointsOf(shownText(builtHtml(path)))]));
    for (const path of koreanPages) {
      const html = builtHtml(path);
      const shown = /\bdata-bundle="[^"]*\/pagefind\/"/.test(html) ? everything : codePointsOf(shownText(html));
      for (const [url, file] of pageFiles.get(path)!) {
        if (!url.startsWith('./')) {
          for (const p of shown) sharedShown.add(p);
          sharedFiles.set(url, file.coverage);
          continue;
        }
        expect(
          [...file.coverage].filter((p) => !shown.has(p) && p !== 0x3000),
          `${path}${url}`,
        ).toEqual([]);
      }
    }
    for (const [url, coverage] of sharedFiles)
      expect(
        [...coverage].filter((p) => !sharedShown.has(p) && p !== 0x3000),
        url,
      ).toEqual([]);
  });

  it(`the heaviest Korean page has under ${BUDGET / 1024} KB of Korean font to fetch`, () => {
    // Counted in full: every Korean file the page declares, whether or not its text needs it.
    const perPage = koreanPages
      .map((path) => ({ path, bytes: [...pageFiles.get(path)!.values()].reduce((n, f) => n + f.bytes, 0) }))
      .sort((a, b) => a.bytes - b.bytes);
    expect(perPage.length, 'Korean pages in dist/ (src/pages/[...locale]/, <html lang="ko">)').toBeGreaterThan(0);
    const heaviest = perPage.at(-1)!;
    const median = perPage[Math.floor(perPage.length / 2)];
    console.log(
      `Korean font bytes per page: median ${(median.bytes / 1024).toFixed(1)} KB, heaviest ${heaviest.path} ${(heaviest.bytes / 1024).toFixed(1)} KB`,
    );
    expect(heaviest.bytes, heaviest.path).toBeLessThan(BUDGET);
  });

  it('Korean pages carry every fallback face, English pages the Latin ones only', () => {
    const fallbackFaces = (html: string) => {
      const counts = new Map<string, number>();
      for (const body of [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].flatMap((m) =>
        [...m[1].matchAll(/@font-face\s*\{([^}]*)\}/g)].map((f) => f[1]),
      )) {
        if (/url\(/.test(body)) continue;
        const family = /font-family:\s*['"]?([^'";]+)/.exec(body)![1];
        counts.set(family, (counts.get(family) ?? 0) + 1);
      }
      return counts;
    };
    const latin = FALLBACKS.filter((f) => !isKorean(f)).map((f) => f.family);
    const korean = FALLBACKS.filter(isKorean).map((f) => f.family);
    const english = fallbackFaces(builtHtml('/'));
    for (const family of latin) expect(english.get(family), family).toBeGreaterThan(0);
    for (const path of englishPages) {
      const faces = fallbackFaces(builtHtml(path));
      expect([...faces.keys()].sort(), path).toEqual([...latin].sort());
      expect(faces, path).toEqual(english);
    }
    for (const path of koreanPages) {
      const faces = fallbackFaces(builtHtml(path));
      expect([...faces.keys()].sort(), path).toEqual([...latin, ...korean].sort());
      for (const family of latin) expect(faces.get(family), `${path}: ${family}`).toBe(english.get(family));
    }
  });

  it('no English page declares or references a Korean font', () => {
    for (const path of englishPages) {
      const html = builtHtml(path);
      // (The :lang(ko) stacks name the families; only an @font-face with a file could fetch one.)
      expect(html, path).not.toMatch(/@font-face\s*\{[^}]*font-family:\s*['"]?Noto (Serif|Sans) KR[^}]*url\(/);
      expect(html, path).not.toMatch(/fonts-ko/);
      expect(existsSync(join(DIST, path, 'fonts-ko')), path).toBe(false);
    }
  });
});
