import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../lib/data/test-support/dataset';
import { renderChartFigure } from './frame';
import { makeRows, vehiclesByMake } from './vehicles-by-make';

describe('makeRows(data)', () => {
  it('orders makes by group, then by count, unknown counts last', () => {
    const rows = makeRows(fixtureDataset());
    expect(rows.map((r) => [r.make, r.vehicles])).toEqual([
      ['UAZ', 5],
      ['Lexus', 4],
      ['Mercedes-Benz', null],
      ['No make given', 1],
    ]);
  });
});

describe('vehiclesByMake figure', () => {
  const data = fixtureDataset();
  const { document } = parseHTML(`<body>${renderChartFigure(vehiclesByMake, data)}</body>`);
  const narrow = document.querySelector('svg[data-layout="narrow"]')!;

  it('draws one bar per make with a count and says "count not reported" for the make without one', () => {
    const bars = [...narrow.querySelectorAll('rect[data-tip-title]')].map((b) => b.getAttribute('data-tip-title'));
    expect(bars).toEqual(['UAZ', 'Lexus', 'No make given']);
    const missing = narrow.querySelector('text[data-tip-title="Mercedes-Benz"]');
    expect(missing?.textContent).toBe('count not reported');
  });

  it('labels each bar with the count from the data', () => {
    const text = [...narrow.querySelectorAll('text')].map((t) => t.textContent);
    expect(text).toEqual(expect.arrayContaining(['5', '4', '1', 'count not reported']));
  });

  it('states the total and the period from the data in its dek, not typed by hand', () => {
    expect(document.querySelector('.chart__dek')?.textContent).toContain('The 10 vehicles C4ADS tracked');
  });

  it('marks the derived remainder and colours bars by class, not by a baked-in fill', () => {
    const derived = narrow.querySelector('[data-tip-title="No make given"]');
    expect(derived?.getAttribute('class')).toContain('mark--derived');
    expect(derived?.hasAttribute('fill')).toBe(false);
    expect(derived?.getAttribute('data-tip')).toContain('derived: 10 minus 9');
  });

  it('credits the sources of the plotted rows and offers the rows as a table', () => {
    expect(document.querySelector('.chart__source')?.textContent).toBe('Source: A newspaper, July 2019.');
    const rows = [...document.querySelectorAll('.chart__table tbody tr')].map((tr) => tr.textContent);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toContain('count not reported');
  });
});

describe('vehiclesByMake with makers’ countries', () => {
  it('heads each group with the maker’s country and, for several makes, their total', async () => {
    const { chartDataset } = await import('./test-support/chart-fixture');
    const { document } = parseHTML(`<body>${renderChartFigure(vehiclesByMake, chartDataset())}</body>`);
    const headings = [
      ...document.querySelectorAll('svg[data-layout="wide"] text[font-weight], svg[data-layout="wide"] g[font-weight="600"] text'),
    ].map((t) => t.textContent);
    expect(headings).toEqual(['Made in Russia', 'Made in Japan', 'Maker’s country not given', 'No make given']);
  });
});
