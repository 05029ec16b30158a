// The subset fonts: every character a built page holds is in the subset of the face that sets it
// (or in no file of the font at all, so no subset could hold it: the reader's system font draws
// it, as it did before subsetting), every @font-face swaps and points at a file that exists, and
// no page preloads a font.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePointsOf, fontCoverage, parseUnicodeRange } from '../../src/cli/fonts/glyphs.mjs';
import { builtHtml, builtPages, DIST } from '../support/dist';

const require = createRequire(import.meta.url);
const assets = join(DIST, '_astro');
const css = readdirSync(assets)
  .filter((n) => n.endsWith('.css'))
  .map((n) => readFileSync(join(assets, n), 'utf8'))
  .join('\n');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]);
const webFaces = faces
  .filter((body) => /url\(/.test(body))
  .map((body) => ({
    body,
    family: /font-family:\s*['"]?([^'";]+)/.exec(body)![1],
    url: /url\(["']?([^"')]+)/.exec(body)![1],
    range: parseUnicodeRange(/unicode-range:\s*([^;]+)/.exec(body)?.[1] ?? 'U+0-10FFFF'),
  }));

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

  it('no page preloads a font', () => {
    for (const path of builtPages()) expect(builtHtml(path), path).not.toMatch(/rel="preload"[^>]*as="font"/);
  });
});
