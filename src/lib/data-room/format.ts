/** How the data room prints sizes and presence, through the house number formatter. */
import { formatNumber } from '../format';
import type { Field } from './columns';

/** A file size in KB with one decimal, or bytes under 1 KB: "12.3 KB", "412 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`;
  return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
}

/** Whether a field must be there, in words. */
export function presenceWords(field: Field): string {
  switch (field.presence) {
    case 'required':
      return 'required';
    case 'optional':
      return 'optional';
    case 'nullable':
      return 'required, may be null';
    case 'default':
      return `optional, default ${field.defaultValue}`;
  }
}

/** How the field appears in the CSV, in words. */
export function csvWords(field: Field, parent?: string): string {
  if (!field.column) return parent ? `inside the JSON of ${parent}` : 'its fields are columns';
  switch (field.column.kind) {
    case 'id-list':
      return 'ids joined by “; ”';
    case 'json':
      return 'JSON text';
    default:
      return 'as is';
  }
}
