// The generated fallback faces in src/styles/fonts.css (Latin) and src/styles/fonts-ko.css (Korean)
// are what src/cli/fallback-fonts.mjs makes from the committed font measurements
// (src/cli/fonts/fallback-metrics.json), each family in the sheet of the pages whose stacks name it,
// the measurements of the web fonts agree with the files in node_modules, and the faces do what
// they are for: over the site's text, each family at each weight takes the web font's width.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  BEGIN,
  END,
  FALLBACKS,
  SHEETS,
  advanceMap,
  fallbackCss,
  generatedBlock,
  groupCount,
  isKorean,
  measureWebFonts,
  minifyCss,
  ratioGroups,
  webKey,
  weightsOf,
  withGenerated,
} from './fallbacks.mjs';
import { koreanFallbackCss } from './korean.mjs';

const read = (file: string) => readFileSync(join(process.cwd(), file), 'utf8');
const sheet = read('src/styles/fonts.css');
const metrics = JSON.parse(read('src/cli/fonts/fallback-metrics.json'));
const webKeyOf = (fallback: (typeof FALLBACKS)[number], weight: number) =>
  fallback.web.endsWith('-kr') ? webKey(fallback, weight) : `${fallback.web}-${weight}`;
const familiesOf = (css: string) => new Set([...css.matchAll(/font-family:\s*'([^']+)'/g)].map((m) => m[1]));

describe('metric-matched fallback faces', () => {
  for (const { file, korean } of SHEETS) {
    it(`the generated block of ${file} is current (else run node src/cli/fallback-fonts.mjs)`, async () => {
      const text = read(file);
      expect(text).toContain(BEGIN);
      expect(text).toContain(END);
      const generated = await prettier.format(withGenerated(text, fallbackCss(metrics, { korean }), file), {
        ...(await prettier.resolveConfig(join(process.cwd(), file))),
        filepath: join(process.cwd(), file),
      });
      expect(generated).toBe(text);
    });
  }

  it('the Latin families are in fonts.css, which every page carries, and the Korean ones only in fonts-ko.css', () => {
    const [latin, korean] = SHEETS.map(({ file }) => generatedBlock(read(file), file));
    expect(familiesOf(latin)).toEqual(new Set(FALLBACKS.filter((f) => !isKorean(f)).map((f) => f.family)));
    expect(familiesOf(korean)).toEqual(new Set(FALLBACKS.filter(isKorean).map((f) => f.family)));
    // The Korean stacks, the only ones that name a Korean family, are for Korean pages alone.
    const stacks = sheet.slice(0, sheet.indexOf(BEGIN));
    for (const rule of stacks.replace(/\/\*[\s\S]*?\*\//g, '').split('}')) {
      if (/KR fallback/.test(rule)) expect(rule.trim(), 'a rule naming a Korean fallback family').toMatch(/^:root:lang\(ko\)/);
    }
    expect(read('src/styles/tokens.css')).not.toMatch(/KR fallback/);
  });

  it("the Korean pages' stylesheet gets fonts-ko.css's faces compactly, each declaration kept", () => {
    const { file } = SHEETS.find((s) => s.korean)!;
    const block = generatedBlock(read(file), file);
    const css = koreanFallbackCss();
    const declarations = (text: string) =>
      [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) =>
        m[1]
          .split(';')
          .map((d) =>
            d
              .replace(/\s+/g, ' ')
              .replace(/\s*([:,])\s*/g, '$1')
              .trim(),
          )
          .filter(Boolean),
      );
    // No comment, no run of spaces, no space beside punctuation, no last semicolon.
    expect(css).not.toMatch(/\/\*|\s\s|\s[{};:,]|[{};:,]\s|;\}|\n/);
    expect(declarations(css)).toEqual(declarations(block));
    expect(declarations(css)).toHaveLength(24);
    expect(minifyCss("@font-face {\n  src: local('Noto Sans CJK KR'), local('X');\n}")).toBe(
      "@font-face{src:local('Noto Sans CJK KR'),local('X')}",
    );
    expect(() => minifyCss("a { b: 'c, d'; }")).toThrow(/cannot keep/);
  });

  it('every fallback family is named in a font stack, and every font it names as measured was measured', () => {
    const stacks = sheet.slice(0, sheet.indexOf(BEGIN)) + readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8');
    for (const fallback of FALLBACKS) {
      expect(stacks, fallback.family).toContain(`'${fallback.family}'`);
      if (fallback.measured) {
        expect(metrics.fonts[fallback.measured], fallback.measured).toBeDefined();
        expect(metrics.fonts[`${fallback.measured} Bold`], `${fallback.measured} Bold`).toBeDefined();
      }
    }
  });

  it('the web fonts measured are the ones in node_modules: same line box, same characters', async () => {
    const now = await measureWebFonts();
    expect(Object.keys(metrics.web).sort()).toEqual(Object.keys(now).sort());
    for (const [key, face] of Object.entries(now)) {
      const stored = metrics.web[key];
      expect(stored.ascender, key).toBeCloseTo(face.ascender, 6);
      expect(stored.descender, key).toBeCloseTo(face.descender, 6);
      expect([...advanceMap(stored).keys()].sort(), key).toEqual([...advanceMap(face).keys()].sort());
    }
  }, 60_000);

  it("over the site's characters, each measured family sized by its groups is within 0.1 % of the web font's width", () => {
    for (const fallback of FALLBACKS.filter((f) => f.measured)) {
      const frequency: Record<string, number> = metrics.frequency[fallback.web.endsWith('-kr') ? 'korean' : 'latin'];
      for (const { weight, bold } of weightsOf(fallback)) {
        const webAdvances = advanceMap(metrics.web[webKeyOf(fallback, weight)]);
        const system = advanceMap(metrics.fonts[`${fallback.measured}${bold ? ' Bold' : ''}`]);
        const { groups } = ratioGroups(webAdvances, system, frequency, groupCount(fallback));
        let target = 0;
        let sized = 0;
        for (const g of groups) {
          for (const p of g.points) {
            const n = frequency[p] ?? 0;
            target += n * webAdvances.get(p)!;
            sized += n * system.get(p)! * g.ratio;
          }
        }
        expect(target, `${fallback.family} ${weight}: text measured`).toBeGreaterThan(0);
        expect(Math.abs(sized / target - 1), `${fallback.family} ${weight}`).toBeLessThan(0.001);
      }
    }
  });

  it('a character whose ratio is far from the rest gets a rule of its own size', () => {
    const webAdvances = new Map([
      [0x61, 0.5],
      [0x62, 0.5],
      [0x31, 0.6],
    ]);
    const system = new Map([
      [0x61, 0.5],
      [0x62, 0.5],
      [0x31, 0.5],
    ]);
    const { groups, mean } = ratioGroups(webAdvances, system, { 0x61: 10, 0x62: 10, 0x31: 1 }, 2);
    expect(groups.map((g) => [g.points, Number(g.ratio.toFixed(3))])).toEqual([
      [[0x61, 0x62], 1],
      [[0x31], 1.2],
    ]);
    expect(mean).toBeGreaterThan(1);
    expect(mean).toBeLessThan(1.02);
  });
});
