/**
 * The data dictionary of a data file, read from its zod schema (the one place each field is
 * described): every field with its type, whether it must be present, its meaning, and how it
 * appears in the CSV. Nested objects become dotted columns ("coordinates.source"); lists of ids
 * become one column joined with "; "; any other list is one column holding JSON.
 *
 * The schema is read as JSON Schema (../schemas/json-schema.ts), never through zod's internals, so
 * zod's own classes can change without changing the dictionary.
 */
import type { z } from 'astro/zod';
import { itemOf, jsonSchemaOf, type SchemaNode, withoutNull } from '../schemas/json-schema';

/** How a CSV cell holds the field's value. */
export type CellKind = 'text' | 'number' | 'boolean' | 'id-list' | 'json';

export interface Field {
  /** Path inside a record: ["coordinates", "source"]; list items add "[]": ["roles", "[]", "role"]. */
  path: string[];
  /** As printed: "coordinates.source", "roles[].role". */
  name: string;
  /** In words: "id", "date", "integer", "one of: sea, air, unknown", "list of ids"… */
  type: string;
  presence: 'required' | 'optional' | 'nullable' | 'default';
  /** For presence "default": the value taken when the field is left out, as JSON. */
  defaultValue?: string;
  description?: string;
  /** The CSV column that holds it, or undefined when it lives inside a JSON cell (or is an object). */
  column?: { kind: CellKind };
}

type Node = SchemaNode;

const ID_REGEX = /^\^\[a-z0-9\]\+/;
const DATE_REGEX = /^\^\\d\{4\}\(-\\d\{2\}/;

/** The value schema of a field, with what its wrapper said: presence, default and description. */
function unwrap(node: Node, required: boolean): Pick<Field, 'presence' | 'defaultValue' | 'description'> & { inner: Node } {
  const description = node.description;
  if ('default' in node) return { inner: node, presence: 'default', defaultValue: JSON.stringify(node.default), description };
  const inner = withoutNull(node);
  const presence: Field['presence'] = !required ? 'optional' : inner ? 'nullable' : 'required';
  return { inner: inner ?? node, presence, description: description ?? inner?.description };
}

/** The first pattern a string must match, written as a regular expression's source. */
function firstPattern(node: Node): string {
  return node.pattern ?? node.allOf?.find((part) => part.pattern)?.pattern ?? '';
}

function stringType(node: Node): string {
  const regex = firstPattern(node);
  if (ID_REGEX.test(regex)) return 'id';
  if (DATE_REGEX.test(regex)) return 'date';
  if (regex.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return 'date (YYYY-MM-DD)';
  if (node.format === 'uri') return 'URL';
  return 'text';
}

/** The fixed choices of a text field, or undefined when it is not a choice. */
function choicesOf(node: Node): string[] | undefined {
  if (node.enum) return node.enum.map(String);
  if ('const' in node) return [String(node.const)];
  return undefined;
}

/** A union of enums and literals (e.g. a make group or "unspecified") is still one text choice. */
function unionType(options: Node[]): { type: string; kind: CellKind } {
  const choices = options.flatMap((option) => choicesOf(withoutNull(option) ?? option) ?? []);
  if (choices.length && choices.length >= options.length) return { type: `one of: ${choices.join(', ')}`, kind: 'text' };
  return { type: 'value', kind: 'json' };
}

function listType(node: Node): { type: string; kind: CellKind } {
  if (Array.isArray(node.items)) {
    // A fixed list such as a [longitude, latitude] point, named by the types of its items.
    return { type: `[${node.items.map((item) => describeType(item).type).join(', ')}]`, kind: 'json' };
  }
  const item = itemOf(node);
  if (!item) return { type: 'list of values', kind: 'json' };
  if (item.type === 'string' && stringType(item) === 'id') return { type: 'list of ids', kind: 'id-list' };
  if (item.type === 'object') return { type: 'list of objects', kind: 'json' };
  const itemType = describeType(item).type;
  return { type: `list of ${itemType === 'text' ? 'texts' : itemType}`, kind: 'json' };
}

function describeType(node: Node): { type: string; kind: CellKind | 'object' } {
  const choices = choicesOf(node);
  if (choices) return { type: `one of: ${choices.join(', ')}`, kind: 'text' };
  if (node.anyOf) return unionType(node.anyOf);
  switch (node.type) {
    case 'string':
      return { type: stringType(node), kind: 'text' };
    case 'integer':
      return { type: 'integer', kind: 'number' };
    case 'number':
      return { type: 'number', kind: 'number' };
    case 'boolean':
      return { type: 'true or false', kind: 'boolean' };
    case 'object':
      return { type: 'object', kind: 'object' };
    case 'array':
      return listType(node);
    default:
      return { type: 'value', kind: 'json' };
  }
}

/** The fields of an object schema and of the objects nested in it, each after its parent. */
function objectFields(object: Node, prefix: string[], inJson: boolean): Field[] {
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).flatMap(([key, child]) => {
    const { inner, presence, defaultValue, description } = unwrap(child, required.has(key));
    const path = [...prefix, key];
    const { type, kind } = describeType(inner);
    const field: Field = { path, name: path.join('.').replace(/\.\[\]/g, '[]'), type, presence, defaultValue, description };
    if (kind === 'object') return [field, ...objectFields(inner, path, inJson)];
    if (!inJson) field.column = { kind };
    const item = kind === 'json' && inner.type === 'array' ? itemOf(inner) : undefined;
    return item?.type === 'object' ? [field, ...objectFields(item, [...path, '[]'], true)] : [field];
  });
}

/** Every field of a record schema, in schema order, nested ones after their parent. */
export function fieldsOf(schema: z.ZodTypeAny): Field[] {
  return objectFields(jsonSchemaOf(schema), [], false);
}

/** The fields that are CSV columns, in column order. */
export function csvColumns(schema: z.ZodTypeAny): Field[] {
  return fieldsOf(schema).filter((f) => f.column);
}
