import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { oneTabStopPerDrawing } from './focus';

const mark = (n: number) => `<rect tabindex="0" data-tip-title="m${n}"/>`;
const stops = (markup: string) => [...markup.matchAll(/tabindex="(-?\d)"[^>]*data-tip-title="(m\d)"/g)].map((m) => `${m[2]}:${m[1]}`);

describe('oneTabStopPerDrawing', () => {
  it('keeps the first mark of each drawing in the Tab order and takes the others out', () => {
    const out = oneTabStopPerDrawing(`<figure><svg>${mark(1)}${mark(2)}${mark(3)}</svg><svg>${mark(4)}${mark(5)}</svg></figure>`);
    expect(stops(out)).toEqual(['m1:0', 'm2:-1', 'm3:-1', 'm4:0', 'm5:-1']);
  });

  it('counts a nested <svg> as part of the drawing around it', () => {
    const out = oneTabStopPerDrawing(`<svg><svg><g/></svg>${mark(1)}<svg>${mark(2)}</svg>${mark(3)}</svg>`);
    expect(stops(out)).toEqual(['m1:0', 'm2:-1', 'm3:-1']);
  });

  it('leaves focusable elements outside drawings alone', () => {
    const out = oneTabStopPerDrawing(`<tr tabindex="0"></tr><svg>${mark(1)}${mark(2)}</svg><a tabindex="0"></a>`);
    expect(out).toMatch(/^<tr tabindex="0">/);
    expect(out).toMatch(/<a tabindex="0"><\/a>$/);
  });
});

describe('renderFigure for the keyboard', () => {
  it('puts a "Skip figure" link before a story figure, landing just after it, and one Tab stop in each drawing', async () => {
    const { getDataset } = await import('../lib/data');
    const { renderFigure } = await import('./render');
    const html = renderFigure('vehicles-by-make', getDataset());
    expect(html).toMatch(/^<a class="skip-figure" href="#vehicles-by-make-after">Skip figure<\/a><figure /);
    expect(html).toMatch(/<\/figure><span class="skip-figure__target" id="vehicles-by-make-after"><\/span>$/);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const drawings = [...document.querySelectorAll('svg.chart-svg')];
    expect(drawings).toHaveLength(2);
    for (const svg of drawings) {
      const marks = [...svg.querySelectorAll('[data-tip-title]')].map((m) => m.getAttribute('tabindex'));
      expect(marks.length).toBeGreaterThan(1);
      expect(marks).toEqual(['0', ...marks.slice(1).map(() => '-1')]);
    }
  });
});
