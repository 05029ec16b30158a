import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChartFigure } from './frame';
import { countryRows, importsByCountry } from './imports-by-country';
import { chartDataset } from './test-support/chart-fixture';

const data = chartDataset();

describe('countryRows(data)', () => {
  it('puts the shares first, then each value a source gives (largest first within its basis), then the countries with none', () => {
    const rows = countryRows(data);
    expect(rows.map((r) => [r.country, r.value, r.basis, r.period])).toEqual([
      ['China', 93, 'c4ads', null],
      ['All other countries', 7, 'derived', '2015–2017'],
      ['Japan', 300_000, 'un-panel', '2016'],
      ['Russia', 20_000, 'seizure', 'November 2018'],
      ['Netherlands', null, null, null],
      ['Togo', null, null, null],
    ]);
    expect(rows.find((r) => r.id === 'perfume-test')?.display).toBe('about $300,000');
    expect(rows.find((r) => r.countryId === 'north-korea')).toBeUndefined();
  });
});

describe('importsByCountry figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(importsByCountry, data)}</body>`);
  const wide = document.querySelector('svg[data-layout="wide"]')!;
  // A label wrapped over lines is one <text> of <tspan>s: read it back with spaces between the lines.
  const texts = () =>
    [...wide.querySelectorAll('text')].map((t) => {
      const spans = [...t.querySelectorAll('tspan')];
      return spans.length ? spans.map((s) => s.textContent).join(' ') : (t.textContent ?? '');
    });

  it('draws one bar per share and per value a source gives, each labelled with its period, and none for a country without one', () => {
    const bars = [...wide.querySelectorAll('rect[data-tip-title]')].map((r) => [r.getAttribute('data-tip-title'), r.getAttribute('class')]);
    expect(bars).toEqual([
      ['China', 'mark mark--china'],
      ['All other countries', 'mark mark--unattributed mark--derived'],
      ['Japan: perfume', 'mark mark--un-panel mark--bound'],
      ['Russia: vodka seized', 'mark mark--seizure'],
    ]);
    expect(texts()).toEqual(expect.arrayContaining(['Japan: perfume, 2016', 'Russia: vodka seized, November 2018', 'about $300,000']));
    expect(wide.querySelector('rect[data-tip-title="Russia: vodka seized"]')?.getAttribute('data-tip')).toContain('Seizure');
  });

  it('heads the values by what they rest on and names the countries with no value once, on one line with their count', () => {
    expect(texts()).toEqual(expect.arrayContaining(['Found by the UN panel of experts', 'Seized on the way (declared value)']));
    const none = texts().filter((t) => /No value in the sources/.test(t));
    expect(none).toEqual(['No value in the sources (2 countries): Netherlands, Togo']);
    expect(texts().join(' ')).not.toMatch(/unknown/);
  });

  it('puts both dollar values on one scale: the longer bar is the larger value', () => {
    const width = (title: string) => Number(wide.querySelector(`rect[data-tip-title="${title}"]`)!.getAttribute('width'));
    expect(width('Japan: perfume') / width('Russia: vodka seized')).toBeCloseTo(300_000 / 20_000, 0);
  });

  it('builds its title from the data: China’s share, how many countries have a value and the years they span', () => {
    expect(document.querySelector('.chart__title')?.textContent).toBe(
      'Beyond China’s 93%, the sources put a value on goods from only 2 countries, in small sums scattered over 2016–2018',
    );
  });

  it('keys every basis it draws, and the outline of a bound, in its legend', () => {
    const legend = [...document.querySelectorAll('.chart__legend li')].map((li) => li.textContent);
    expect(legend).toEqual(['Share a source gives', 'Derived by us', 'UN panel finding', 'Seizure (declared value)', 'Over or about']);
  });
});
