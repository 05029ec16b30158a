/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, and a field quoted when it holds a comma,
 * a quote or a line break (quotes doubled). d3-dsv quotes each row; the CRLF between rows and
 * after the last are added here, since d3-dsv joins rows with a bare line feed. Unknown values are
 * empty cells; lists are joined by "; ". parseCsv is our own reader, kept apart from the writer
 * so that tests read the downloads independently of how they were written.
 */
import { csvFormatRow, csvFormatValue } from 'd3-dsv';

/** Rows of cell texts as a CSV document: CRLF between rows and after the last. */
export function csvRows(rows: string[][]): string {
  return rows.map(csvFormatRow).join('\r\n') + '\r\n';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** One value as CSV text: null and undefined become an empty cell, lists are joined with "; ". */
export function csvCell(value: unknown): string {
  return csvFormatValue(cellText(value));
}

/** Rows as a CSV document with the given columns, in that order. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return csvRows([columns, ...rows.map((row) => columns.map((c) => cellText(row[c])))]);
}

/** Parses CSV (RFC 4180 text, as toCsv writes it) into rows of strings keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) records.push([...record, field]);
  const [header = [], ...body] = records;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
