import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChartFigure } from './frame';
import { countryRows, importsByCountry } from './imports-by-country';
import { chartDataset } from './test-support/chart-fixture';

const data = chartDataset();

describe('countryRows(data)', () => {
  it('puts China’s share first, then the derived remainder, then every other country with an unknown share', () => {
    const rows = countryRows(data);
    expect(rows.map((r) => [r.country, r.share, r.shareStatus])).toEqual([
      ['China', 93, 'reported'],
      ['All other countries', 7, 'derived'],
      ['Japan', null, 'unknown'],
      ['Netherlands', null, 'unknown'],
      ['Russia', null, 'unknown'],
      ['Togo', null, 'unknown'],
    ]);
    expect(rows.find((r) => r.id === 'north-korea')).toBeUndefined();
  });
});

describe('importsByCountry figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(importsByCountry, data)}</body>`);
  const wide = document.querySelector('svg[data-layout="wide"]')!;

  it('draws a bar only for shares a source gives or we derived, never for an unknown share', () => {
    const bars = [...wide.querySelectorAll('rect[data-tip-title]')].map((r) => r.getAttribute('data-tip-title'));
    expect(bars).toEqual(['China', 'All other countries']);
    const words = [...wide.querySelectorAll('text')].map((t) => t.textContent);
    expect(words.filter((w) => w === 'share unknown')).toHaveLength(0);
    expect(words.filter((w) => w === '–')).toHaveLength(4);
  });

  it('says once, in its notes, how many countries have no share given', () => {
    const text = document.querySelector('.chart__notes')!.textContent!.replace(/\s+/g, ' ');
    expect(text.match(/4 more countries are named, with no share given/g)).toHaveLength(1);
  });

  it('draws one point per role a source gives a country, with the sources’ words in its tooltip', () => {
    const points = [...wide.querySelectorAll('circle[data-tip-title]')].map((c) => c.getAttribute('data-tip-title'));
    expect(points).toEqual([
      'China: supplied goods',
      'Japan: vehicles came from',
      'Netherlands: goods passed through',
      'Russia: vehicles came from',
      'Togo: flag of a ship',
    ]);
    expect(wide.querySelector('circle[data-tip-title="Togo: flag of a ship"]')?.getAttribute('data-tip')).toContain('Flag of the ship.');
  });

  it('builds its title from China’s share in the data', () => {
    expect(document.querySelector('.chart__title')?.textContent).toBe(
      'China supplied 93% of the luxury goods C4ADS traced; no source gives any other country’s share',
    );
  });
});
