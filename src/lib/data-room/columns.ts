/**
 * The data dictionary of a data file, read from its zod schema (the one place each field is
 * described): every field with its type, whether it must be present, its meaning, and how it
 * appears in the CSV. Nested objects become dotted columns ("coordinates.source"); lists of ids
 * become one column joined with "; "; any other list is one column holding JSON.
 */
import type { z } from 'astro/zod';

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

type Any = z.ZodTypeAny;
type Def = {
  typeName?: string;
  innerType?: Any;
  schema?: Any;
  type?: Any;
  shape?: () => Record<string, Any>;
  values?: readonly string[];
  value?: unknown;
  options?: Any[];
  items?: Any[];
  checks?: { kind: string; regex?: RegExp }[];
  defaultValue?: () => unknown;
};

const ID_REGEX = /^\^\[a-z0-9\]\+/;
const DATE_REGEX = /^\^\\d\{4\}\(-\\d\{2\}/;

/** Strips optional, nullable, default and refinement wrappers, noting what they said. */
function unwrap(schema: Any): { inner: Any; presence: Field['presence']; defaultValue?: string; description?: string } {
  let current = schema;
  let presence: Field['presence'] = 'required';
  let defaultValue: string | undefined;
  let description = schema.description;
  for (let i = 0; i < 10; i++) {
    const def = current._def as Def;
    if (def.typeName === 'ZodOptional' || def.typeName === 'ZodNullable' || def.typeName === 'ZodDefault') {
      if (presence === 'required')
        presence = def.typeName === 'ZodOptional' ? 'optional' : def.typeName === 'ZodNullable' ? 'nullable' : 'default';
      if (def.typeName === 'ZodDefault') defaultValue = JSON.stringify(def.defaultValue?.());
      current = def.innerType!;
    } else if (def.typeName === 'ZodEffects') current = def.schema!;
    else break;
    description ??= current.description;
  }
  return { inner: current, presence, defaultValue, description: description ?? current.description };
}

function stringType(def: Def): string {
  const regex = def.checks?.find((c) => c.kind === 'regex')?.regex?.source ?? '';
  if (ID_REGEX.test(regex)) return 'id';
  if (DATE_REGEX.test(regex)) return 'date';
  if (regex.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return 'date (YYYY-MM-DD)';
  if (def.checks?.some((c) => c.kind === 'url')) return 'URL';
  return 'text';
}

function describeType(inner: Any): { type: string; kind: CellKind | 'object' } {
  const def = inner._def as Def;
  switch (def.typeName) {
    case 'ZodString':
      return { type: stringType(def), kind: 'text' };
    case 'ZodNumber':
      return { type: def.checks?.some((c) => c.kind === 'int') ? 'integer' : 'number', kind: 'number' };
    case 'ZodBoolean':
      return { type: 'true or false', kind: 'boolean' };
    case 'ZodEnum':
      return { type: `one of: ${def.values!.join(', ')}`, kind: 'text' };
    case 'ZodLiteral':
      return { type: `one of: ${String(def.value)}`, kind: 'text' };
    case 'ZodUnion': {
      // A union of enums and literals (e.g. a make group or "unspecified") is still one text choice.
      const choices = (def.options ?? []).flatMap((option) => {
        const d = unwrap(option).inner._def as Def;
        return d.typeName === 'ZodEnum' ? [...d.values!] : d.typeName === 'ZodLiteral' ? [String(d.value)] : [];
      });
      if (choices.length && choices.length >= (def.options ?? []).length) return { type: `one of: ${choices.join(', ')}`, kind: 'text' };
      return { type: 'value', kind: 'json' };
    }
    case 'ZodObject':
      return { type: 'object', kind: 'object' };
    case 'ZodTuple':
      // A fixed list such as a [longitude, latitude] point, named by the types of its items.
      return { type: `[${(def.items ?? []).map((item) => describeType(unwrap(item).inner).type).join(', ')}]`, kind: 'json' };
    case 'ZodArray': {
      const item = unwrap(def.type!).inner;
      const itemDef = item._def as Def;
      if (itemDef.typeName === 'ZodString' && stringType(itemDef) === 'id') return { type: 'list of ids', kind: 'id-list' };
      if (itemDef.typeName === 'ZodObject') return { type: 'list of objects', kind: 'json' };
      return { type: `list of ${describeType(item).type === 'text' ? 'texts' : describeType(item).type}`, kind: 'json' };
    }
    default:
      return { type: def.typeName ?? 'value', kind: 'json' };
  }
}

/** Every field of a record schema, in schema order, nested ones after their parent. */
export function fieldsOf(schema: Any): Field[] {
  const out: Field[] = [];
  const walk = (shape: Record<string, Any>, prefix: string[], inJson: boolean) => {
    for (const [key, child] of Object.entries(shape)) {
      const { inner, presence, defaultValue, description } = unwrap(child);
      const path = [...prefix, key];
      const { type, kind } = describeType(inner);
      const field: Field = {
        path,
        name: path.join('.').replace(/\.\[\]/g, '[]'),
        type,
        presence,
        defaultValue,
        description,
      };
      if (kind === 'object') {
        out.push(field);
        walk((inner._def as Def).shape!(), path, inJson);
        continue;
      }
      if (!inJson) field.column = { kind };
      out.push(field);
      if (kind === 'json' && (inner._def as Def).typeName === 'ZodArray') {
        const item = unwrap((inner._def as Def).type!).inner;
        if ((item._def as Def).typeName === 'ZodObject') walk((item._def as Def).shape!(), [...path, '[]'], true);
      }
    }
  };
  walk((unwrap(schema).inner._def as Def).shape!(), [], false);
  return out;
}

/** The fields that are CSV columns, in column order. */
export function csvColumns(schema: Any): Field[] {
  return fieldsOf(schema).filter((f) => f.column);
}
