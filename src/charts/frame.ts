/**
 * The frame every chart shares: title, dek, a legend in words, the SVG drawn at build time (at two
 * widths, CSS shows the one that fits), notes, a source line from the records' sources, a text
 * alternative, a data table and links to the plotted rows as CSV and JSON. It returns HTML markup
 * so that pages and the Markdown chart directive present charts identically.
 */
import type { Dataset } from '../lib/data';
import { dataTable, downloadLinks, figureCaption, notesList, sourceLine, type TableColumn } from '../markup/figure-parts';
import { escapeHtml, html, raw } from '../lib/html';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { figureWords } from '../lib/i18n/ui/figures';
import { serialiseSvg, serverDocument } from './document';
import { NARROW_WIDTH, WIDE_WIDTH } from './layout';
import type { ChartSpec, FigureText, ChartLegendEntry, Layout } from './types';

const widths: Record<Layout, number> = { wide: WIDE_WIDTH, narrow: NARROW_WIDTH };

// Geometry attributes Plot writes with full float precision; a tenth of a unit is invisible.
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'transform', 'd', 'points', 'viewBox'];

function roundGeometry(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value)
        el.setAttribute(
          name,
          value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)),
        );
    }
  }
}

/** A title, dek or note that may be built from the data. */
export function resolveText<Row>(text: FigureText<Row>, rows: Row[], data: Dataset): string {
  return text(rows, data);
}

/**
 * The chart's SVG markup for one layout and language, labelled by the figure's title and described
 * by its alt text. `rows` must come from the data set in that language.
 */
export function renderChartSvg<Row extends object>(spec: ChartSpec<Row>, rows: Row[], layout: Layout = 'wide', lang: Lang = 'en'): string {
  const node = spec.render(rows, { width: widths[layout], layout, document: serverDocument(), lang });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`Chart "${spec.id}" did not render an <svg>.`);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', `${spec.id}-title`);
  svg.setAttribute('aria-describedby', `${spec.id}-alt`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('data-layout', layout);
  svg.setAttribute('class', `chart-svg chart-svg--${layout} ${svg.getAttribute('class') ?? ''}`.trim());
  roundGeometry(svg);
  return serialiseSvg(svg, `Chart "${spec.id}" (src/charts/${spec.id}.ts)`);
}

function cell(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return figureWords(lang, 'unknown');
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function legendMarkup(entries: ChartLegendEntry[]): string {
  if (!entries.length) return '';
  const swatch = (e: ChartLegendEntry) => {
    const shape =
      e.swatch === 'dot'
        ? '<circle cx="7" cy="7" r="5.5"/>'
        : e.swatch === 'cross'
          ? '<path d="M2,2L12,12M12,2L2,12"/>'
          : e.swatch === 'line'
            ? '<line x1="0" y1="7" x2="14" y2="7"/>'
            : e.swatch === 'band'
              ? '<rect x="0" y="0" width="14" height="14"/>'
              : '<rect x="1" y="1" width="12" height="12"/>';
    return `<svg class="chart__swatch" viewBox="0 0 14 14" aria-hidden="true"><g class="${escapeHtml(e.className)}">${shape}</g></svg>`;
  };
  return `<ul class="chart__legend">${entries.map((e) => `<li>${swatch(e)}${escapeHtml(e.label)}</li>`).join('')}</ul>`;
}

/** The full figure for a chart, as HTML. */
export function renderChartFigure<Row extends object>(spec: ChartSpec<Row>, data: Dataset): string {
  const rows = spec.rows(data);
  const lang = langOf(data);
  const title = resolveText(spec.title, rows, data);
  const dek = resolveText(spec.dek, rows, data);
  const notes = spec.notes(rows, data);
  const columns: TableColumn<Row>[] = spec
    .columns(lang)
    .filter((c) => c.in !== 'download')
    .map((c) => ({ label: c.label, cell: (row) => (c.format ? c.format(row) : cell(row[c.key], lang)) }));
  const svgs = (['wide', 'narrow'] as const).map((layout) => renderChartSvg(spec, rows, layout, lang)).join('');
  return html`<figure class="chart" id="figure-${spec.id}" data-chart="${spec.id}">
${raw(figureCaption(spec.id, title, dek))}
${raw(legendMarkup(spec.legend?.(rows, lang) ?? []))}
<lux-tooltips class="chart__plot">${raw(svgs)}</lux-tooltips>
<p class="visually-hidden" id="${spec.id}-alt">${spec.alt(rows, data)}</p>
${raw(notesList(notes))}
${raw(sourceLine(data, spec.sources(rows, data)))}
<div class="chart__extras">${raw(dataTable(title, columns, rows, figureWords(lang, 'showTable')))}${raw(downloadLinks(spec.id, undefined, lang))}</div>
</figure>`;
}
