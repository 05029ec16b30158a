// The serialiser moves every inline style a drawing carries into the classes of
// src/styles/svg-classes.css, so pages need no 'unsafe-inline' in their style policy and no SVG
// attribute holds a CSS-only value; a style the sheet lacks fails loudly, naming the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figures } from '../figures';
import { getDataset } from '../lib/data';
import { moveInlineStyles, parseRules, serialiseSvg } from './document';

function svg(markup: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg')!;
}

describe('moveInlineStyles', () => {
  it('turns each declaration of a style attribute into the class that sets it', () => {
    const root = svg('<svg class="chart-svg" style="font-size: 13px; font-family:var(--font-sans)"><text>a</text></svg>');
    moveInlineStyles(root, 'Chart "t"');
    expect(root.hasAttribute('style')).toBe(false);
    expect(root.getAttribute('class')).toBe('chart-svg svg-font-size-13 svg-font-sans');
  });

  it('moves a CSS-only presentation value into a class and keeps the values SVG 1.1 allows', () => {
    const root = svg('<svg><g font-variant="tabular-nums" font-weight="600" text-anchor="end"><text>1</text></g></svg>');
    moveInlineStyles(root, 'Chart "t"');
    const g = root.querySelector('g')!;
    expect(g.hasAttribute('font-variant')).toBe(false);
    expect(g.getAttribute('class')).toBe('svg-tabular-nums');
    expect(g.getAttribute('font-weight')).toBe('600');
    expect(g.getAttribute('text-anchor')).toBe('end');
  });

  it("drops Plot's <style> element when the sheet holds every rule in it", () => {
    const plotStyle = `<style>:where(.plot-d6a7b5) {\n  --plot-background: white;\n  display: block;\n  height: auto;\n  height: intrinsic;\n  max-width: 100%;\n}\n:where(.plot-d6a7b5 text),\n:where(.plot-d6a7b5 tspan) {\n  white-space: pre;\n}</style>`;
    const root = svg(`<svg class="plot-d6a7b5">${plotStyle}<text>a</text></svg>`);
    expect(serialiseSvg(root, 'Chart "t"')).toBe('<svg class="plot-d6a7b5"><text>a</text></svg>');
  });

  it('fails on a style the sheet lacks, naming the figure, the declaration and the rule to add', () => {
    const root = svg('<svg><rect style="stroke-linejoin:round"/></svg>');
    expect(() => moveInlineStyles(root, 'Chart "t" (src/charts/t.ts)')).toThrow(
      /Chart "t" \(src\/charts\/t\.ts\): <rect style="stroke-linejoin:round"> sets "stroke-linejoin:round".*src\/styles\/svg-classes\.css.*\.svg-stroke-linejoin-round \{ stroke-linejoin: round; \}/,
    );
    const attr = svg('<svg><g font-variant="oldstyle-nums"/></svg>');
    expect(() => moveInlineStyles(attr, 'Chart "t"')).toThrow(/<g font-variant="oldstyle-nums"> sets "font-variant:oldstyle-nums"/);
  });

  it('fails on an inline <style> rule the sheet lacks', () => {
    const root = svg('<svg><style>.x { fill: red }</style></svg>');
    expect(() => moveInlineStyles(root, 'Chart "t"')).toThrow(
      /inline <style> rule "\.x \{ fill:red \}".*Copy the rule into src\/styles\/svg-classes\.css/,
    );
  });
});

describe('src/styles/svg-classes.css', () => {
  const rules = parseRules(readFileSync(join(process.cwd(), 'src/styles/svg-classes.css'), 'utf8'));

  it('gives each class rule exactly one declaration, and no two classes the same one', () => {
    const classes = rules.filter((r) => /^\.[\w-]+$/.test(r.selector));
    expect(classes.length).toBeGreaterThan(0);
    for (const r of classes) expect(r.declarations, r.selector).toHaveLength(1);
    const declarations = classes.map((r) => r.declarations[0]);
    expect(new Set(declarations).size).toBe(declarations.length);
  });
});

describe('every figure in the registry, drawn from data/ at each of its widths', () => {
  const data = getDataset();
  for (const figure of figures.values()) {
    it(`${figure.id} ships no inline style and no CSS-only attribute value`, () => {
      for (const width of figure.widths) {
        const { document } = parseHTML(`<!doctype html><html><body>${figure.draw(data, width)}</body></html>`);
        const elements = [...document.body.querySelectorAll('*')];
        expect(elements.length).toBeGreaterThan(1);
        expect(document.querySelectorAll('style').length).toBe(0);
        expect(elements.filter((el) => el.hasAttribute('style')).map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
        const cssOnly = elements.filter((el) => {
          const v = el.getAttribute('font-variant');
          return v !== null && !/^(normal|small-caps|inherit)$/.test(v);
        });
        expect(cssOnly.map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
      }
    });
  }
});
