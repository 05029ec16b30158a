import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cascade, declarations, figureStyles, specificity, styleRules, topLevelCss } from './svg-styles';

describe('figure styles for SVG outside the page', () => {
  it('drops comments and at-rule blocks, nested ones included', () => {
    const css = '/* x */ .a { fill: red; } @media (x) { .a { fill: blue; } @supports (y) { .b {} } } .c { stroke: red; }';
    expect(topLevelCss(css).replace(/\s+/g, ' ').trim()).toBe('.a { fill: red; } .c { stroke: red; }');
  });

  it('orders rules by specificity, then by source order', () => {
    expect(specificity('.chart-svg text')).toBe(101);
    expect(specificity('text.is-active')).toBe(101);
    expect(specificity('.flow--disputed .flow__line')).toBe(200);
    const rules = styleRules('.a .b { fill: red } .b { fill: blue } :root { --x: 1 }');
    expect(rules.map((r) => r.selector)).toEqual(['.b', '.a .b']);
    expect(declarations(' fill: red ; stroke:url(#x) ')).toEqual([
      ['fill', 'red'],
      ['stroke', 'url(#x)'],
    ]);
  });

  it('resolves custom properties an element inherits from a rule on its ancestor', () => {
    const { document } = parseHTML('<svg><g class="flow flow--x"><path class="flow__line"/></g></svg>');
    const rules = styleRules('.flow--x { --flow: var(--accent); } .flow__line { stroke: var(--flow); fill: none; transition: opacity 1s }');
    const vars = new Map([['accent', '#b3410a']]);
    cascade(document.querySelector('g')!, vars, rules);
    expect(cascade(document.querySelector('path')!, vars, rules)).toEqual([
      ['stroke', '#b3410a'],
      ['fill', 'none'],
    ]);
  });

  it('never applies interaction states, and the element’s own style attribute wins', () => {
    const { document } = parseHTML('<svg><rect class="mark" style="fill: green"/></svg>');
    const rules = styleRules('.mark { fill: red } .mark:focus-visible { stroke: blue }');
    expect(cascade(document.querySelector('rect')!, new Map(), rules)).toEqual([
      ['fill', 'red'],
      ['fill', 'green'],
    ]);
  });

  it('reads the site’s stylesheets and every token they use', () => {
    const { rules, tokens } = figureStyles();
    expect(rules.some((r) => r.selector === '.mark--german')).toBe(true);
    expect(tokens.get('map-water')).toBeTruthy(); // maps.css adds its own tokens to those of tokens.css
  });
});
