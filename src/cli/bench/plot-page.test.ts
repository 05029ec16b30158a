import { describe, expect, it } from 'vitest';
import { withClientChart } from './plot-page.mjs';

const page = [
  '<html><head><title>t</title></head><body>',
  '<figure class="chart" id="figure-a"><lux-tooltips class="chart__plot"><svg>A</svg><svg>a</svg></lux-tooltips></figure>',
  '<figure class="chart" id="figure-b"><lux-tooltips class="chart__plot"><svg>B</svg></lux-tooltips></figure>',
  '</body></html>',
].join('');

describe('withClientChart(html, id, pagePath)', () => {
  it("empties only that chart's drawing and loads the script from <head>", () => {
    expect(withClientChart(page, 'a', 'chapters/x/')).toBe(
      [
        '<html><head><title>t</title><script type="module" src="/bench/plot-chart.js"></script></head><body>',
        '<figure class="chart" id="figure-a"><lux-tooltips class="chart__plot"></lux-tooltips></figure>',
        '<figure class="chart" id="figure-b"><lux-tooltips class="chart__plot"><svg>B</svg></lux-tooltips></figure>',
        '</body></html>',
      ].join(''),
    );
  });

  it('names the figure and the page when the chart is not there', () => {
    expect(() => withClientChart(page, 'c', 'chapters/x/')).toThrow('The figure "c" was not found on chapters/x/.');
  });
});
