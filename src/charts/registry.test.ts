// Every registered chart, drawn from the test fixture: its SVG snapshot at both widths, the parts of
// its frame, and downloads that hold exactly the rows it plots.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/csv';
import { compareSvgSnapshot } from '../lib/testing/svg-snapshot';
import { chartCsv, chartJson, extractRows } from './extract';
import { resolveText, renderChartFigure, renderChartSvg } from './frame';
import { charts } from '../figures';
import { chartDataset } from './test-support/chart-fixture';

const here = dirname(fileURLToPath(import.meta.url));
const data = chartDataset();

describe('the chart registry', () => {
  it('holds the nine charts the story places, each under its own id', () => {
    expect(Object.keys(charts).sort()).toEqual(
      [
        'estimate-vs-reported',
        'facilitator-counts',
        'imports-by-country',
        'luxury-imports-from-china',
        'maybach-handlers',
        'maybach-timeline',
        'ninety-countries',
        'un-ban-timeline',
        'vehicles-by-make',
      ].sort(),
    );
    for (const [id, spec] of Object.entries(charts)) expect(spec.id).toBe(id);
  });
});

describe.each(Object.values(charts))('chart $id', (spec) => {
  const rows = spec.rows(data);
  const { document } = parseHTML(`<!doctype html><html><body>${renderChartFigure(spec, data)}</body></html>`);
  const figure = document.querySelector(`#figure-${spec.id}`)!;

  it('matches its SVG snapshot at both widths', () => {
    const markup = renderChartSvg(spec, rows, 'wide') + renderChartSvg(spec, rows, 'narrow');
    const result = compareSvgSnapshot(here, spec.id, markup);
    expect(result.pass, result.message).toBe(true);
  });

  it('is framed with a title, dek, alt text, source line, data table and download links', () => {
    const title = resolveText(spec.title, rows, data);
    expect(figure.querySelector('.chart__title')?.textContent).toBe(title);
    expect(figure.querySelector('.chart__dek')?.textContent).toBe(resolveText(spec.dek, rows, data));
    expect(resolveText(spec.dek, rows, data)).not.toBe(title);
    expect(document.getElementById(`${spec.id}-alt`)?.textContent).toBe(spec.alt(rows, data));
    // One link per distinct source the spec credits, in its order.
    const credited = [...new Set(spec.sources(rows, data))];
    expect(credited.length).toBeGreaterThan(0);
    expect([...figure.querySelectorAll('.chart__source a')].map((a) => a.getAttribute('href')?.split('#').pop())).toEqual(credited);
    expect(figure.querySelectorAll('.chart__table tbody tr')).toHaveLength(rows.length);
    const links = [...figure.querySelectorAll('.chart__get a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([`/data/charts/${spec.id}.csv`, `/data/charts/${spec.id}.json`]);
  });

  it('draws two SVGs, wide and narrow, each labelled by the title and described by the alt text', () => {
    const svgs = [...figure.querySelectorAll('svg.chart-svg')];
    expect(svgs.map((s) => s.getAttribute('data-layout'))).toEqual(['wide', 'narrow']);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-labelledby')).toBe(`${spec.id}-title`);
      expect(svg.getAttribute('aria-describedby')).toBe(`${spec.id}-alt`);
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 (720|300) \d+/);
    }
  });

  it('gives every mark a tooltip, a label, keyboard focus and the index of its row in the downloads', () => {
    for (const svg of figure.querySelectorAll('svg.chart-svg')) {
      const marks = [...svg.querySelectorAll('[data-tip-title]')];
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(mark.getAttribute('tabindex')).toBe('0');
        expect(mark.getAttribute('role')).toBe('img');
        expect(mark.getAttribute('aria-label')).toContain(mark.getAttribute('data-tip-title'));
        const row = Number(mark.getAttribute('data-row'));
        expect(row, mark.getAttribute('data-tip-title')!).toBeGreaterThanOrEqual(0);
        expect(row).toBeLessThan(rows.length);
      }
    }
  });

  it('never bakes a colour into the SVG: marks are coloured by class', () => {
    const svg = renderChartSvg(spec, rows, 'wide');
    expect(svg).not.toMatch(/fill="#|stroke="#|fill="rgb|fill="(steelblue|red|blue)"/);
  });

  it('writes the plotted rows, and only those, as CSV and JSON', () => {
    const extract = extractRows(spec, data);
    expect(extract).toHaveLength(rows.length);
    expect(JSON.parse(chartJson(spec, data))).toEqual(extract);
    const csv = parseCsv(chartCsv(spec, data));
    expect(csv).toHaveLength(rows.length);
    csv.forEach((row, i) => {
      for (const [key, value] of Object.entries(extract[i])) {
        const expected = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
        expect(row[key], `${spec.id} row ${i} ${key}`).toBe(expected);
      }
    });
  });
});
