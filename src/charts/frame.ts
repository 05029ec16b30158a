/**
 * The frame every chart shares: title, dek, the SVG drawn at build time, a legend, notes, a source
 * line from the records' sources, a text alternative and a data table. It returns HTML markup so
 * that pages and the Markdown chart directive present charts identically.
 */
import type { Dataset } from '../lib/data';
import { dataTable, sourceLine, type TableColumn } from '../lib/figure-parts';
import { escapeHtml, html, raw } from '../lib/html';
import { serverDocument } from './document';
import type { ChartSpec } from './types';

/** Width the charts lay out for; the SVG scales down from it with its viewBox. */
export const CHART_WIDTH = 640;

/** The chart's SVG markup with a title and description for assistive technology. */
export function renderChartSvg<Row extends object>(spec: ChartSpec<Row>, rows: Row[], width = CHART_WIDTH): string {
  const node = spec.render(rows, { width, document: serverDocument() });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`Chart "${spec.id}" did not render an <svg>.`);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', `${spec.id}-title`);
  svg.setAttribute('aria-describedby', `${spec.id}-alt`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('class', `chart-svg ${svg.getAttribute('class') ?? ''}`.trim());
  return svg.outerHTML;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'unknown';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** The full figure for a chart, as HTML. */
export function renderChartFigure<Row extends object>(spec: ChartSpec<Row>, data: Dataset): string {
  const rows = spec.rows(data);
  const svg = renderChartSvg(spec, rows);
  const notes = spec.notes(rows, data);
  const columns: TableColumn<Row>[] = spec.columns.map((c) => ({
    label: c.label,
    cell: (row) => (c.format ? c.format(row) : cell(row[c.key])),
  }));
  return html`<figure class="chart" id="figure-${spec.id}" data-chart="${spec.id}">
<figcaption class="chart__caption"><span class="chart__title" id="${spec.id}-title">${spec.title}</span> <span class="chart__dek">${spec.dek}</span></figcaption>
<lux-tooltips class="chart__plot">${raw(svg)}</lux-tooltips>
<p class="visually-hidden" id="${spec.id}-alt">${spec.alt(rows)}</p>
${raw(notes.length ? `<ul class="chart__notes">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '')}
${raw(sourceLine(data, spec.sources(rows, data)))}
${raw(dataTable(spec.title, columns, rows))}
</figure>`;
}
