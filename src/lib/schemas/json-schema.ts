/**
 * A zod schema read as JSON Schema, through zod-to-json-schema rather than zod's internals, for the
 * code that describes fields to editors and readers (the data dictionary, the hints in build
 * errors). Moving to a later zod changes this file only.
 */
import type { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';

/** The parts of a JSON Schema node that the site reads. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  /** One schema for every item of a list, or one per position of a fixed list (a tuple). */
  items?: SchemaNode | SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
}

const cache = new WeakMap<z.ZodTypeAny, SchemaNode>();

/** The schema as JSON Schema, each nested schema written out in place (no $ref); computed once per schema. */
export function jsonSchemaOf(schema: z.ZodTypeAny): SchemaNode {
  let node = cache.get(schema);
  if (!node) {
    node = zodToJsonSchema(schema, { $refStrategy: 'none' }) as SchemaNode;
    cache.set(schema, node);
  }
  return node;
}

const isNull = (node: SchemaNode) => node.type === 'null';

/** What a nullable node allows besides null, or undefined when the node is not nullable. */
export function withoutNull(node: SchemaNode): SchemaNode | undefined {
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const rest = node.type.filter((t) => t !== 'null');
    return { ...node, type: rest.length === 1 ? rest[0] : rest };
  }
  if (node.anyOf?.length === 2 && node.anyOf.some(isNull)) return node.anyOf.find((option) => !isNull(option));
  return undefined;
}

/** The schema of every item of a list, or undefined for a fixed list (a tuple) or a non-list. */
export function itemOf(node: SchemaNode): SchemaNode | undefined {
  return node.items && !Array.isArray(node.items) ? node.items : undefined;
}

/** The node at a path of field names and list positions, or undefined when the path leaves the schema. */
export function nodeAt(root: SchemaNode, path: (string | number)[]): SchemaNode | undefined {
  let current: SchemaNode | undefined = root;
  for (const part of path) {
    if (!current) return undefined;
    const inner: SchemaNode = withoutNull(current) ?? current;
    if (inner.type === 'object' && typeof part === 'string') current = inner.properties?.[part];
    else if (inner.type === 'array' && typeof part === 'number') current = itemOf(inner);
    else return undefined;
  }
  return current;
}
