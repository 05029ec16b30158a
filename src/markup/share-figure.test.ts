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
