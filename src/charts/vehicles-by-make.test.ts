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

  it('draws one bar per make with a count, none for a make without one', () => {
    const bars = document.querySelectorAll('svg [data-tip-title]');
    expect([...bars].map((b) => b.getAttribute('data-tip-title'))).toEqual(['UAZ', 'Lexus', 'No make given']);
  });

  it('labels each bar with the count from the data and says when a count is unknown', () => {
    const text = [...document.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(text).toEqual(expect.arrayContaining(['5', '4', '1', 'count not reported']));
  });

  it('marks the derived remainder and colours bars by class, not by a baked-in fill', () => {
    const derived = document.querySelector('[data-tip-title="No make given"]');
    expect(derived?.getAttribute('class')).toContain('mark--derived');
    expect(derived?.hasAttribute('fill')).toBe(false);
  });

  it('credits the sources of the plotted rows and offers the rows as a table', () => {
    expect(document.querySelector('.chart__source')?.textContent).toBe('Source: A newspaper, July 2019.');
    const rows = [...document.querySelectorAll('.chart__table tbody tr')].map((tr) => tr.textContent);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toContain('count not reported');
  });
});
