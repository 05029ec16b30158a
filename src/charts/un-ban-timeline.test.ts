import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChartFigure } from './frame';
import { chartDataset } from './test-support/chart-fixture';
import { resolutionRows, unBanTimeline } from './un-ban-timeline';

const data = chartDataset();

describe('resolutionRows(data)', () => {
  it('orders resolutions by adoption and prints thresholds with the house formatter', () => {
    expect(resolutionRows(data).map((r) => [r.resolution, r.precision, r.items, r.completeness])).toEqual([
      [1718, 'day', [], 'none'],
      [2094, 'day', ['Yachts'], 'partial'],
      [2321, 'year', ['Rugs (over $500)'], 'partial'],
      [2356, 'year', [], 'unknown'],
    ]);
  });
});

describe('unBanTimeline figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(unBanTimeline, data)}</body>`);
  const wide = document.querySelector('svg[data-layout="wide"]')!;
  const text = [...wide.querySelectorAll('text')].map((t) => t.textContent);

  it('draws a point for a known day and a bar across the year where only the year is known', () => {
    expect([...wide.querySelectorAll('circle.mark--resolution')].map((c) => c.getAttribute('data-tip-title'))).toEqual([
      'Resolution 1718',
      'Resolution 2094',
    ]);
    expect([...wide.querySelectorAll('rect.mark--year')].map((c) => c.getAttribute('data-tip-title'))).toEqual([
      'Resolution 2321',
      'Resolution 2356',
    ]);
  });

  it('says in words when a resolution added nothing, and when what it added is unknown', () => {
    expect(text).toEqual(expect.arrayContaining(['Resolution 2356 · 2017, day not known', 'what it added, if anything, is unknown']));
    expect(text.join(' ')).toContain('added no items');
  });

  it('builds its title from the years in the data', () => {
    expect(document.querySelector('.chart__title')?.textContent).toBe(
      'The UN banned luxury goods for North Korea in 2006 but named the first items only in 2013',
    );
  });
});
