/**
 * CSV for the data room, written by csvRows (../csv.ts: RFC 4180, CRLF), UTF-8, a header row of
 * column names. A record becomes
 * one row by the rules in columns.ts; unflattenRow reverses it exactly.
 */
import type { z } from 'astro/zod';
import { csvRows } from '../csv';
import { csvColumns, type Field, fieldsOf } from './columns';

/** Separator between the ids of a list-of-ids column. Ids are kebab-case, so it never occurs inside one. */
export const ID_SEPARATOR = '; ';

function at(record: unknown, path: string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** One field's value as cell text: empty for null or absent. */
export function cell(value: unknown, field: Field): string {
  if (value === null || value === undefined) return '';
  switch (field.column?.kind) {
    case 'id-list':
      return (value as string[]).join(ID_SEPARATOR);
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

/** A record as one row of cell texts, in column order. */
export function flattenRecord(record: unknown, columns: Field[]): string[] {
  return columns.map((field) => cell(at(record, field.path), field));
}

/** A data file's records as CSV, with its header row. */
export function recordsToCsv(records: unknown[], schema: z.ZodTypeAny): string {
  const columns = csvColumns(schema);
  return csvRows([columns.map((c) => c.name), ...records.map((r) => flattenRecord(r, columns))]);
}

function parseCell(text: string, field: Field): unknown {
  switch (field.column?.kind) {
    case 'number':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'id-list':
      return text === '' ? [] : text.split(ID_SEPARATOR);
    case 'json':
      return JSON.parse(text);
    default:
      return text;
  }
}

/**
 * A row back into a record, for checking that nothing is lost: an empty cell is null where the
 * field may be null and absent where it may be left out; an object whose cells are all empty is
 * null or absent in the same way.
 */
export function unflattenRow(cells: string[], schema: z.ZodTypeAny): Record<string, unknown> {
  const fields = fieldsOf(schema).filter((f) => !f.path.includes('[]'));
  const columns = fields.filter((f) => f.column);
  const texts = new Map(columns.map((f, i) => [f.name, cells[i] ?? '']));
  const under = (prefix: string[], f: Field) => prefix.every((p, i) => f.path[i] === p);
  const build = (prefix: string[]): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    for (const field of fields.filter((f) => f.path.length === prefix.length + 1 && under(prefix, f))) {
      const key = field.path[field.path.length - 1];
      if (!field.column) {
        const empty = columns.filter((c) => under(field.path, c)).every((c) => texts.get(c.name) === '');
        if (!empty) object[key] = build(field.path);
        else if (field.presence === 'nullable') object[key] = null;
        continue;
      }
      const text = texts.get(field.name)!;
      if (text === '' && field.column.kind !== 'id-list') {
        if (field.presence === 'nullable') object[key] = null;
        continue;
      }
      object[key] = parseCell(text, field);
    }
    return object;
  };
  return build([]);
}
