import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { comparisonRows, estimateVsReported } from './estimate-vs-reported';
import { renderChartFigure } from './frame';
import { chartDataset } from './test-support/chart-fixture';

const data = chartDataset();

describe('comparisonRows(data)', () => {
  it('pairs each C4ADS figure with what was reported to the UN, worded with its qualifier', () => {
    expect(comparisonRows(data).map((r) => [r.measure, r.side, r.display, r.status])).toEqual([
      ['value', 'c4ads', 'about $4bn', 'reported'],
      ['value', 'reported', 'about $250m', 'disputed'],
      ['countries', 'c4ads', 'as many as 40 countries', 'reported'],
      ['countries', 'reported', '12 countries', 'reported'],
    ]);
  });
});

describe('estimateVsReported figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(estimateVsReported, data)}</body>`);
  const wide = document.querySelector('svg[data-layout="wide"]')!;

  it('builds its title from the multiple in the data', () => {
    expect(document.querySelector('.chart__title')?.textContent).toBe(
      'C4ADS’s estimate from trade data is about 16 times the luxury exports states reported to the UN, on one reading of the smaller figure',
    );
  });

  it('scales each pair on its own: the larger bar of each pair spans the same width', () => {
    const width = (title: string) => Number(wide.querySelector(`rect[data-tip-title="${title}"]`)?.getAttribute('width'));
    expect(width('Value of the luxury goods: traced by C4ADS')).toBe(width('Countries they came from: found by C4ADS'));
    expect(width('Countries they came from: reported to the UN')).toBeCloseTo(
      (width('Countries they came from: found by C4ADS') * 12) / 40,
      0,
    );
  });

  it('marks the disputed value in words and in the note, naming who reads it differently', () => {
    const disputed = wide.querySelector('rect.mark--disputed');
    expect(disputed?.getAttribute('data-tip')).toContain('sources read it differently');
    expect([...wide.querySelectorAll('text')].map((t) => t.textContent)).toContain('about $250m (disputed)');
    expect(document.querySelector('.chart__notes')?.textContent).toContain('A newspaper, July 2019 give “at least $250m” another meaning');
  });
});
