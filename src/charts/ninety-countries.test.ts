import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChartFigure } from './frame';
import { countryUnitRows, ninetyCountries } from './ninety-countries';
import { chartDataset } from './test-support/chart-fixture';

const data = chartDataset();

describe('countryUnitRows(data)', () => {
  it('puts only a country with a share of the traced goods among the suppliers, the rest of them unnamed', () => {
    expect(countryUnitRows(data).map((r) => [r.group, r.country, r.units])).toEqual([
      ['suppliers', 'China', 1],
      ['suppliers', null, 39],
      ['reported', null, 12],
      ['named', 'Netherlands', 1],
      ['named', 'Russia', 1],
      ['named', 'Japan', 1],
      ['named', 'Togo', 1],
    ]);
  });

  it('leaves out the destination, and words each named country by its roles', () => {
    const rows = countryUnitRows(data);
    expect(rows.some((r) => r.country === 'North Korea')).toBe(false);
    expect(rows.find((r) => r.country === 'Togo')?.detail).toBe('A ship in the story flies its flag: Flag of the ship.');
  });

  it('fails naming the figure when a count has no value', () => {
    const broken = chartDataset();
    broken.figures.find((f) => f.id === 'countries-reported-to-un')!.value = null;
    expect(() => countryUnitRows(broken)).toThrow(/countries-reported-to-un must be a count with a value/);
  });
});

describe('ninetyCountries figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(ninetyCountries, data)}</body>`);

  it('states the counts in its title, from the data', () => {
    expect(document.querySelector('.chart__title')?.textContent).toBe(
      'As many as 40 countries supplied North Korea with luxury goods, but only 12 told the UN; the sources we read name 5',
    );
  });

  it.each(['wide', 'narrow'])('draws one square per country at the %s width, unnamed ones as outlines', (layout) => {
    const svg = document.querySelector(`svg[data-layout="${layout}"]`)!;
    expect(svg.querySelectorAll('rect.mark-track')).toHaveLength(39 + 12);
    expect(svg.querySelectorAll('rect.mark--c4ads')).toHaveLength(1);
    expect(svg.querySelectorAll('rect.mark--role')).toHaveLength(4);
    // Unnamed squares are decoration: only the named ones and the words for the groups take focus.
    expect([...svg.querySelectorAll('rect.mark-track')].every((r) => !r.hasAttribute('tabindex'))).toBe(true);
  });

  it('keeps every label inside the narrow drawing', () => {
    const svg = document.querySelector('svg[data-layout="narrow"]')!;
    for (const t of svg.querySelectorAll('text')) {
      const x = Number(/translate\(([\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]);
      expect(x, t.textContent!).toBeGreaterThanOrEqual(0);
      expect(x + (t.textContent ?? '').length * 13 * 0.55, t.textContent!).toBeLessThanOrEqual(300);
    }
  });

  it('gives each named country its roles on hover, and says in the notes that the two counts are not matched', () => {
    const togo = document.querySelector('svg[data-layout="wide"] rect[data-tip-title="Togo"]');
    expect(togo?.getAttribute('data-tip')).toContain('A ship in the story flies its flag');
    expect(document.querySelector('.chart__notes')?.textContent).toContain('drawn apart and not matched');
    expect(document.querySelector('.chart__notes')?.textContent).toContain('North Korea, where the goods went, is not counted.');
  });
});
