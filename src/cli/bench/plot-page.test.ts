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

  it("lets the comparison page's inline styles through its policy, in place of the stylesheet's hash", () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'sha256-abc='; img-src 'self'">`;
    const out = withClientChart(page.replace('<title>', `${meta}<title>`), 'a', 'chapters/x/');
    expect(out).toContain(`content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"`);
  });

  it('names the figure and the page when the chart is not there', () => {
    expect(() => withClientChart(page, 'c', 'chapters/x/')).toThrow('The figure "c" was not found on chapters/x/.');
  });
});
