// The generated fallback faces in src/styles/fonts.css are what src/cli/fallback-fonts.mjs makes
// from the committed font measurements (src/cli/fonts/fallback-metrics.json), the measurements of
// the web fonts agree with the files in node_modules, and the faces do what they are for: over the
// site's text, each family at each weight takes the web font's width.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  BEGIN,
  END,
  FALLBACKS,
  advanceMap,
  fallbackCss,
  groupCount,
  measureWebFonts,
  ratioGroups,
  webKey,
  weightsOf,
  withGenerated,
} from './fallbacks.mjs';

const sheet = readFileSync(join(process.cwd(), 'src/styles/fonts.css'), 'utf8');
const metrics = JSON.parse(readFileSync(join(process.cwd(), 'src/cli/fonts/fallback-metrics.json'), 'utf8'));
const webKeyOf = (fallback: (typeof FALLBACKS)[number], weight: number) =>
  fallback.web.endsWith('-kr') ? webKey(fallback, weight) : `${fallback.web}-${weight}`;

describe('metric-matched fallback faces', () => {
  it('the generated block of fonts.css is current (else run node src/cli/fallback-fonts.mjs)', async () => {
    expect(sheet).toContain(BEGIN);
    expect(sheet).toContain(END);
    const file = join(process.cwd(), 'src/styles/fonts.css');
    const generated = await prettier.format(withGenerated(sheet, fallbackCss(metrics)), {
      ...(await prettier.resolveConfig(file)),
      filepath: file,
    });
    expect(generated).toBe(sheet);
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
