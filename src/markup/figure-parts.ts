/**
 * Pieces every figure shares, chart or map: the source line built from bibliography ids, the data
 * table that is the figure's text alternative and the "Get the data" links. They return HTML
 * markup (escaped).
 */
import type { Dataset } from '../lib/data';
import { escapeHtml, html, raw } from '../lib/html';
import { sitePath } from '../lib/paths';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { figureWords } from '../lib/i18n/ui/figures';
import { creditLinks } from './credits';

/** The caption every figure opens with: its title (which the SVG is labelled by) and its dek. */
export function figureCaption(id: string, title: string, dek: string): string {
  return html`<figcaption class="chart__caption"><span class="chart__title" id="${id}-title">${title}</span> <span class="chart__dek">${dek}</span></figcaption>`;
}

/** A "Skip figure" link (shown when focused) before the figure and the anchor it lands on after it. */
export function withSkipLink(id: string, figure: string, lang: Lang = 'en'): string {
  return `<a class="skip-figure" href="#${escapeHtml(id)}-after">${escapeHtml(figureWords(lang, 'skipFigure'))}</a>${figure}<span class="skip-figure__target" id="${escapeHtml(id)}-after"></span>`;
}

/** The notes under a figure as a list; empty when there are none. */
export function notesList(notes: string[]): string {
  return notes.length ? `<ul class="chart__notes">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
}

/**
 * "Sources: Asahi Shimbun, 18 July 2019; Sankei, 18 July 2019." with each credit linked to the
 * bibliography, in the data set's language ("출처: …").
 */
export function sourceLine(data: Dataset, ids: string[]): string {
  const key = new Set(ids).size > 1 ? 'sources' : 'source';
  return html`<p class="chart__source">${figureWords(langOf(data), key)}: ${raw(creditLinks(data, ids))}.</p>`;
}

export interface TableColumn<Row> {
  label: string;
  /** The cell text for a row; the first column becomes the row header. */
  cell: (row: Row) => string;
}

/**
 * A data table that sighted readers open on request and screen readers always reach. A checkbox
 * (not <details>, whose closed content is hidden from assistive technology) shows it, with CSS
 * alone, so it works without JavaScript; closed, the table is only visually hidden. Print shows it.
 * On phones CSS stacks each row, every cell under its column's name (data-label). No ARIA roles:
 * the elements' own semantics hold in that layout too (Chromium keeps table, row and cell roles
 * under display: block; e2e/standards.spec.ts checks the accessibility tree at 375 px).
 */
export function dataTable<Row>(
  caption: string,
  columns: TableColumn<Row>[],
  rows: Row[],
  summary = figureWords('en', 'showTable'),
): string {
  const header = columns.map((c) => html`<th scope="col">${c.label}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${columns
          .map((c, i) => (i === 0 ? html`<th scope="row">${c.cell(row)}</th>` : html`<td data-label="${c.label}">${c.cell(row)}</td>`))
          .join('')}</tr>`,
    )
    .join('');
  return tableToggle(
    `<table><caption class="visually-hidden">${escapeHtml(caption)}</caption><thead><tr>${header}</tr></thead><tbody>${body}</tbody></table>`,
    summary,
  );
}

/**
 * A table (as HTML) behind the checkbox toggle described at dataTable; `modifier` adds a class to
 * the wrapper, for figures that open it by default at some widths (the maps' route tables).
 */
export function tableToggle(table: string, summary: string, modifier = ''): string {
  return `<div class="chart__table${modifier ? ` ${escapeHtml(modifier)}` : ''}"><label class="chart__toggle"><input type="checkbox"> ${escapeHtml(summary)}</label><div class="chart__table-body">${table}</div></div>`;
}

/**
 * "Get the data: CSV · JSON", linking the extracts written into the build at /data/charts/<id>.csv|json
 * (one set, English-keyed, for both languages).
 */
export function downloadLinks(id: string, folder = '/data/charts/', lang: Lang = 'en'): string {
  const base = `${folder}${id}`;
  return html`<p class="chart__get">${figureWords(lang, 'getData')} <a href="${sitePath(`${base}.csv`)}" download="${id}.csv">CSV</a> · <a href="${sitePath(`${base}.json`)}" download="${id}.json">JSON</a></p>`;
}
