// Build tests for the maps: each one is in a built page as inline SVG with its route table, weighs
// at most 60 KB gzipped in that page, and the page ships no d3 and little script.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import { builtHtml, DIST, pagesWithFigure } from '../support/dist';
import { scratchCopy } from '../support/scratch';

const data = getDataset();
const MAPS = ['maybach-journey', 'vehicle-flows'];
const BUDGET = 60 * 1024;

/** The figure's markup exactly as the page serves it. */
function figureMarkup(html: string, id: string): string {
  const start = html.indexOf(`<figure class="map" id="figure-${id}"`);
  const end = html.indexOf('</figure>', start);
  if (start < 0 || end < 0) throw new Error(`No figure "${id}" in the page.`);
  return html.slice(start, end + '</figure>'.length);
}

describe.each(MAPS)('the %s map in dist/', (id) => {
  const [page] = pagesWithFigure(id);

  it('is placed in a page', () => {
    expect(page, `a chapter places ::map{id="${id}"}`).toBeDefined();
  });

  it('weighs at most 60 KB gzipped in its page', () => {
    const markup = figureMarkup(builtHtml(page), id);
    const gzipped = gzipSync(markup, { level: 9 }).length;
    console.info(`${id}: ${(markup.length / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzip in ${page}`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it('holds both layouts as inline SVG, the route table and the legend, readable without script', () => {
    const { document } = parseHTML(builtHtml(page));
    const figure = document.querySelector(`#figure-${id}`)!;
    expect(figure.querySelectorAll('svg.map-svg--wide, svg.map-svg--narrow').length).toBe(2);
    const rows = figure.querySelectorAll('table.map__table tbody tr[data-flow]').length;
    expect(rows).toBe(id === 'maybach-journey' ? data.journeyLegs.length : data.vehicleFlows.length);
    expect(figure.querySelector('.map__legend .legend__group')).not.toBeNull();
    // Steps are a list that reads without script; only the bar waits for it (CSS `scripting`).
    for (const steps of figure.querySelectorAll('[data-steps-control], [data-steps-cards]'))
      expect(steps.hasAttribute('hidden')).toBe(false);
  });
});

describe('the client script of a page with maps', () => {
  it('ships no d3 and stays within the 10 KB gzip budget', () => {
    const [page] = pagesWithFigure('maybach-journey');
    const { document } = parseHTML(builtHtml(page));
    const scripts = [...document.querySelectorAll('script')].map((s) => {
      const src = s.getAttribute('src');
      if (!src) return s.textContent ?? '';
      const file = join(DIST, src.replace(/^\//, ''));
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    });
    const code = scripts.join('\n');
    expect(code).toContain('lux-flow-map');
    expect(code).not.toMatch(/geoPath|scaleSqrt|d3-geo|@observablehq/);
    expect(gzipSync(code).length).toBeLessThan(10 * 1024);
  });
});

describe('an editor’s mistake in data/vehicle-flows.json', () => {
  it('fails the build, naming the file, the record, the field and the nearest valid id', () => {
    const scratch = scratchCopy();
    try {
      const file = join(scratch.dir, 'data/vehicle-flows.json');
      const flows = JSON.parse(readFileSync(file, 'utf8'));
      flows[0].from = 'germny';
      flows[4].vehicles = 900;
      writeFileSync(file, JSON.stringify(flows, null, 2));
      const { status, output } = scratch.build();
      expect(status).not.toBe(0);
      expect(output).toContain(
        `data/vehicle-flows.json, record "${flows[0].id}", field "from": unknown id "germny". Did you mean "germany"?`,
      );
      expect(output).toMatch(new RegExp(`record "${flows[4].id}", field "vehicles": 900 is larger than the whole it is part of`));
    } finally {
      scratch.remove();
    }
  }, 60_000);
});
