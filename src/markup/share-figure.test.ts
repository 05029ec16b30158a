import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { figures } from '../figures/registry';
import { token } from '../lib/tokens';
import { shareFigure, toPx } from './share-figure';

describe('shareFigure(svg)', () => {
  it('turns each text into an outline where the text stood, anchored as it was', () => {
    const svg =
      '<svg viewBox="0 0 200 100" class="chart-svg" style="font-size:13px"><text x="100" y="50" text-anchor="middle">Middle</text><text x="100" y="80" text-anchor="end" transform="translate(5,0)">End</text></svg>';
    const figure = shareFigure(svg);
    expect([figure.width, figure.height]).toEqual([200, 100]);
    expect(figure.body).not.toMatch(/<text/);
    const paths = [...figure.body.matchAll(/<path d="M([\d.]+)/g)].map((m) => Number(m[1]));
    expect(paths).toHaveLength(2);
    expect(paths[0]).toBeGreaterThan(60); // "Middle" centred on 100, so it starts well left of it
    expect(paths[0]).toBeLessThan(100);
    expect(paths[1]).toBeLessThan(100); // "End" ends at 100
    expect(figure.body).toContain('transform="translate(5,0)"');
  });

  it('writes the stylesheet colours onto the marks, with no var() left', () => {
    const figure = shareFigure('<svg viewBox="0 0 10 10" class="chart-svg"><rect class="mark mark--german" width="5" height="5"/></svg>');
    expect(figure.body).toContain(`fill:${token('c-german')}`);
    expect(figure.body).not.toContain('var(');
  });

  it('fails on a drawing without a viewBox', () => {
    expect(() => shareFigure('<svg width="10"></svg>')).toThrow(/no viewBox/);
  });

  it('draws every story figure with no text, style element or CSS variable left', () => {
    const data = getDataset();
    for (const spec of figures.values()) {
      const figure = shareFigure(spec.draw(data, Math.max(...spec.widths)));
      expect(figure.body, spec.id).not.toMatch(/<text|<style|var\(/);
      expect(figure.body.match(/<path d=/g)?.length, spec.id).toBeGreaterThan(3);
    }
  }, 30_000);
});

describe('toPx(value, em)', () => {
  it('reads px, rem, em and bare numbers', () => {
    expect([toPx('13px', 10), toPx('0.8125rem', 10), toPx('0.3em', 10), toPx('11', 10)]).toEqual([13, 13, 3, 11]);
  });
});

describe('shareFigure(svg) with lines in <tspan>s', () => {
  it('places each line where SVG would: y absolute, dy relative to the line before', () => {
    const svg =
      '<svg viewBox="0 0 100 100" style="font-size:10px"><text transform="translate(50,50)"><tspan y="-1.2em" x="0">Supplied</tspan><tspan dy="1.2em" x="0">goods</tspan></text></svg>';
    const d = /<path d="([^"]+)"/.exec(shareFigure(svg).body)![1];
    const ys = (d.match(/-?\d*\.?\d+/g) ?? []).map(Number).filter((_, i) => i % 2 === 1); // M, L and Q take x,y pairs
    // "Supplied" sits on the baseline at -12, "goods" on 0; glyphs reach above each baseline, "p" below.
    expect(Math.min(...ys)).toBeLessThan(-12);
    expect(Math.max(...ys)).toBeGreaterThan(0);
    expect(Math.max(...ys)).toBeLessThan(4);
  });
});

describe('shareFigure(svg) and characters the fonts lack', () => {
  it('draws the arrow of a route label as a shape, not as a missing-glyph box', () => {
    const svg = '<svg viewBox="0 0 200 20" style="font-size:10px"><text x="0" y="15">A → B</text></svg>';
    const d = /<path d="([^"]+)"/.exec(shareFigure(svg).body)![1];
    // The shaft 0.3em above the baseline (y 15 − 3 = 12), then down to the barb at 0.14em (13.6).
    expect(d).toMatch(/M[\d.]+ 12\.00L[\d.]+ 12\.00L[\d.]+ 13\.60L/);
  });
});
