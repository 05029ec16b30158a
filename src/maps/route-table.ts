/**
 * The route table of a map: one row per leg or flow, the map's text alternative and its index. The
 * figure puts it behind the chart tables' toggle, closed on phones and open on wider screens;
 * screen readers always reach it. Each row carries the record's id in data-flow, which
 * <lux-flow-map> uses to highlight the row's mark and the reverse. On narrow screens CSS stacks
 * each row into a card.
 */
import { escapeHtml } from '../lib/html';

export interface RouteColumn<Row> {
  label: string;
  /** The cell as HTML (escape text with `html` or escapeHtml); the first column is the row header. */
  cell: (row: Row) => string;
}

/**
 * A table with one row per record and data-flow on each row. With `group`, a heading row opens
 * each run of rows that share a group.
 */
export function routeTable<Row>(
  caption: string,
  columns: RouteColumn<Row>[],
  rows: Row[],
  rowId: (row: Row) => string,
  group?: (row: Row) => string,
): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const body = rows
    .map((row, r) => {
      const heading = group && (r === 0 || group(rows[r - 1]) !== group(row));
      const opener = heading
        ? `<tr class="map__table-group"><th scope="colgroup" colspan="${columns.length}">${escapeHtml(group(row))}</th></tr>`
        : '';
      const cells = columns
        .map((c, i) =>
          i === 0
            ? `<th scope="row" data-label="${escapeHtml(c.label)}">${c.cell(row)}</th>`
            : `<td data-label="${escapeHtml(c.label)}">${c.cell(row)}</td>`,
        )
        .join('');
      return `${opener}<tr data-flow="${escapeHtml(rowId(row))}">${cells}</tr>`;
    })
    .join('');
  return `<table class="map__table"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
