// Build tests: every chart is in dist/ as SVG, its downloads are written and linked, and no page
// ships Plot, d3 or more than the 10 KB gzip JavaScript budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/figures';
import { chartCsv, chartJson } from '../../src/charts/extract';
import { getDataset } from '../../src/lib/data';
import { builtHtml, builtPages, DIST, pagesWithFigure, pageScripts } from '../support/dist';

const data = getDataset();

describe.each(Object.values(charts))('the built chart $id', (spec) => {
  it('is on a page, drawn as SVG twice (wide and narrow) with marks for its rows', () => {
    const [page] = pagesWithFigure(spec.id);
    expect(page, `a chapter places ::chart{id="${spec.id}"}`).toBeDefined();
    const { document } = parseHTML(builtHtml(page));
    const figure = document.querySelector(`#figure-${spec.id}`)!;
    const svgs = [...figure.querySelectorAll('svg.chart-svg')];
    expect(svgs.map((s) => s.getAttribute('data-layout'))).toEqual(['wide', 'narrow']);
    const rows = spec.rows(data);
    for (const svg of svgs) {
      const indices = new Set([...svg.querySelectorAll('[data-row]')].map((m) => Number(m.getAttribute('data-row'))));
      expect([...indices].every((i) => i >= 0 && i < rows.length)).toBe(true);
      expect(indices.size).toBeGreaterThan(0);
    }
  });

  it('has its rows written to /data/charts/ as CSV and JSON, linked from the figure', () => {
    const [page] = pagesWithFigure(spec.id);
    const { document } = parseHTML(builtHtml(page));
    const links = [...document.querySelectorAll(`#figure-${spec.id} .chart__get a`)].map((a) => a.getAttribute('href')!);
    expect(links).toEqual([`/data/charts/${spec.id}.csv`, `/data/charts/${spec.id}.json`]);
    for (const link of links) expect(existsSync(join(DIST, link)), link).toBe(true);
    expect(readFileSync(join(DIST, links[0]), 'utf8')).toBe(chartCsv(spec, data));
    expect(readFileSync(join(DIST, links[1]), 'utf8')).toBe(chartJson(spec, data));
  });
});

describe('client JavaScript', () => {
  it.each(builtPages())('%s stays within 10 KB gzip and carries neither Plot nor d3', (page) => {
    const code = pageScripts(builtHtml(page)).join('\n');
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(10 * 1024);
    expect(code).not.toMatch(/observablehq|d3-(array|scale|shape|geo)|@observablehq\/plot/i);
    // Unminified-size guard as well as the gzip budget: the embed pages, the heaviest, carry the
    // step-through, the tooltips and the web-font loader, 8.1 KB in all.
    expect(code.length).toBeLessThan(9 * 1024);
  });
});
