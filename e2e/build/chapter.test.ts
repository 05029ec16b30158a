// Build tests: the chapter pages in dist/ hold their figures as SVG, drawn from the data.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import { builtHtml, builtPages, pagesWithFigure } from '../support/dist';

const data = getDataset();

describe('the built chapters', () => {
  it('include at least one chapter page and the home page', () => {
    const pages = builtPages();
    expect(pages).toContain('/');
    expect(pages.some((p) => p.startsWith('/chapters/'))).toBe(true);
  });

  it('hold the vehicles chart as inline SVG with one bar per make that has a count', () => {
    const [page] = pagesWithFigure('vehicles-by-make');
    expect(page, 'a chapter places ::chart{id="vehicles-by-make"}').toBeDefined();
    const { document } = parseHTML(builtHtml(page));
    const figure = document.querySelector('#figure-vehicles-by-make')!;
    expect(figure.querySelectorAll('svg.chart-svg')).toHaveLength(2);
    const bars = [...figure.querySelectorAll('svg[data-layout="wide"] rect[data-tip-title]')].map((b) => b.getAttribute('data-tip-title'));
    const expected = data.vehicleMakes.filter((m) => m.vehicles !== null).map((m) => m.name);
    expect(bars.sort()).toEqual(expected.sort());
  });

  it('print every make’s count in the chart exactly as the data has it', () => {
    const [page] = pagesWithFigure('vehicles-by-make');
    const { document } = parseHTML(builtHtml(page));
    const labels = [...document.querySelectorAll('#figure-vehicles-by-make svg text')].map((t) => t.textContent);
    for (const make of data.vehicleMakes) {
      expect(labels).toContain(make.vehicles === null ? 'count not reported' : make.vehicles.toLocaleString('en-GB'));
    }
  });

  it('load no script, font or style from another origin', () => {
    for (const page of builtPages()) {
      const { document } = parseHTML(builtHtml(page));
      // Only what the browser fetches: canonical and feed links are addresses, not loads.
      const external = [...document.querySelectorAll('script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src]')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url) && !/^\/[^/]/.test(url));
      expect(external, page).toEqual([]);
    }
  });
});
