/**
 * A figure's labels stay inside its drawing. Every chart is drawn from the real data in data/, in
 * English and in Korean, at both widths: the narrow drawing is the one a 320 px phone shows (its
 * 300 units scale down to the 288 px a 320 px screen leaves, src/charts/layout.ts), and the layout
 * offers no other width. Each line of text, measured with the estimates the charts fit labels with,
 * must lie inside the SVG's viewBox, across and down.
 */
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { charts } from '../figures';
import { renderChartSvg } from './frame';
import { NARROW_WIDTH, WIDE_WIDTH } from './layout';
import { textBoxes } from './test-support/text-boxes';

/** Half a unit of slack for rounding in the positions Plot writes. */
const SLACK = 0.5;

describe('textBoxes(svg)', () => {
  it('measures each line from its panel, transform, tspan offsets and anchor, across and down', () => {
    const svg =
      '<svg viewBox="0 0 300 100"><svg x="0" y="40"><g text-anchor="end"><text transform="translate(300,10)" y="0.3em">가나다</text></g>' +
      '<g text-anchor="start"><text transform="translate(0,0)"><tspan y="1em" x="0">ab</tspan><tspan dy="1.5em" x="0">abcd</tspan></text></g></svg></svg>';
    const { width, height, boxes } = textBoxes(svg);
    expect([width, height]).toEqual([300, 100]);
    const round = (n: number) => Math.round(n * 10) / 10;
    expect(boxes.map((b) => [b.text, round(b.left), round(b.right), round(b.top), round(b.bottom)])).toEqual([
      ['가나다', 261, 300, round(40 + 10 + 3.9 - 10.4), round(40 + 10 + 3.9 + 2.6)],
      ['ab', 0, 14.3, round(40 + 13 - 10.4), round(40 + 13 + 2.6)],
      ['abcd', 0, 28.6, round(40 + 32.5 - 10.4), round(40 + 32.5 + 2.6)],
    ]);
  });

  it('turns text rotated by -90 so that its length runs up the drawing', () => {
    const svg = '<svg viewBox="0 0 100 100"><g text-anchor="start"><text transform="translate(50,90) rotate(-90)">abcd</text></g></svg>';
    const [box] = textBoxes(svg).boxes;
    expect([box.top, box.bottom]).toEqual([90 - 28.6, 90]);
    expect(box.left).toBeLessThan(50);
  });
});

describe.each(['en', 'ko'] as const)('every chart in %s, from the real data', (lang) => {
  const data = getDataset(lang);
  describe.each(Object.values(charts))('chart $id', (spec) => {
    const rows = spec.rows(data);
    it.each([
      ['narrow', NARROW_WIDTH],
      ['wide', WIDE_WIDTH],
    ] as const)('keeps every line of text inside its %s drawing (%i units)', (layout, units) => {
      const { width, height, boxes } = textBoxes(renderChartSvg(spec, rows, layout, lang));
      expect(width).toBe(units);
      expect(boxes.length).toBeGreaterThan(0);
      const outside = boxes
        .filter((b) => b.left < -SLACK || b.right > width + SLACK || b.top < -SLACK || b.bottom > height + SLACK)
        .map((b) => `${b.text} [x ${b.left.toFixed(0)}–${b.right.toFixed(0)}, y ${b.top.toFixed(0)}–${b.bottom.toFixed(0)}]`);
      expect(outside, `text outside the ${width}×${height} viewBox`).toEqual([]);
    });
  });
});
