import { describe, expect, it } from 'vitest';
import { placeBars, type BarItem } from './bar-list';

const item = (label: string, value: number | null, extra: Partial<BarItem> = {}): BarItem => ({
  group: 'g',
  label,
  value,
  valueText: String(value),
  className: 'mark',
  tip: { title: label, lines: [] },
  ...extra,
});
const groups = [{ key: 'g', heading: 'A heading' }];

describe('placeBars(items, groups, width, wide, options)', () => {
  it('scales each bar from the label column to the value column, the largest value reaching the end', () => {
    const { x0, placed } = placeBars([item('Big', 100), item('Half', 50)], groups, 720, true, { labelWidth: 160, valueWidth: 120 });
    expect(x0).toBe(160);
    expect(placed.map((p) => p.x)).toEqual([600, 380]);
  });

  it('draws no bar for a value no source gives: it stays at the start, to be written out in words', () => {
    const { x0, placed } = placeBars([item('Known', 10), item('Unknown', null)], groups, 720, true);
    expect(placed[1].x).toBe(x0);
  });

  it('puts labels above the bars in the narrow layout, with the bars the full width', () => {
    const { x0, placed, headings } = placeBars([item('One', 1)], groups, 300, false);
    expect(x0).toBe(0);
    expect(headings).toEqual([{ text: 'A heading', y: 17 }]);
    expect(placed[0].labelY).toBeLessThan(placed[0].top);
  });

  it('scales a bar with a whole against the whole, drawn as a track', () => {
    const { placed } = placeBars([item('Part', 25, { whole: 100 })], groups, 720, true, { labelWidth: 160, valueWidth: 120 });
    expect([placed[0].x, placed[0].trackX]).toEqual([270, 600]);
  });
});
