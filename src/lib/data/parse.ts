/**
 * Turns the text of one data file into typed records, or into issues that name the record, the
 * field, what was expected and what the field means.
 */
import type { z } from 'astro/zod';
import { findJsonSyntaxProblem } from '../json-syntax';
import { didYouMean } from '../nearest';
import { jsonSchemaOf, nodeAt, withoutNull } from '../schemas/json-schema';
import { type DataIssue, fieldPath, recordLabel } from './issues';

/** Line and column (both from 1) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Parses JSON, reporting a syntax error with its line, column and what was expected there. */
export function parseJson(text: string, file: string): { value?: unknown; issue?: DataIssue } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const problem = findJsonSyntaxProblem(text);
    const fallback = error instanceof Error ? error.message : String(error);
    const where = problem ? lineColumn(text, problem.offset) : undefined;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    return {
      issue: {
        file,
        message: `is not valid JSON${at}: ${problem?.message ?? fallback}.`,
        hint: 'Each record is {"field": value, …}; records and values are separated by commas, with no comma after the last one.',
      },
    };
  }
}

type AnySchema = z.ZodTypeAny;

/** The description of the field at a path: its own, or that of the value it wraps (a nullable's). */
export function describeAt(schema: AnySchema, path: (string | number)[]): string | undefined {
  const found = nodeAt(jsonSchemaOf(schema), path);
  return found && (found.description ?? withoutNull(found)?.description);
}

/** The field names of the object at a path, in schema order. */
function fieldNamesAt(schema: AnySchema, path: (string | number)[]): string[] {
  const found = nodeAt(jsonSchemaOf(schema), path);
  const object = found && (withoutNull(found) ?? found);
  return Object.keys(object?.properties ?? {});
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(record: unknown, path: (string | number)[]): unknown {
  let current: unknown = record;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Rewrites one zod issue as an editor-facing message. */
function explain(issue: z.ZodIssue, record: unknown, schema: AnySchema): { message: string; extra?: string } {
  const got = valueAt(record, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: `is missing; expected ${issue.expected}.` };
      return { message: `expected ${issue.expected}, received ${issue.received} ${show(got)}.` };
    case 'invalid_enum_value':
      return {
        message: `expected one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, received ${show(got)}.`,
        extra: didYouMean(String(got), issue.options.map(String)),
      };
    case 'unrecognized_keys': {
      const known = fieldNamesAt(schema, issue.path);
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const hints = issue.keys.map((k) => didYouMean(k, known)).filter(Boolean);
      return { message: `has unknown field ${keys}.`, extra: hints.join(' ') || `Known fields: ${known.join(', ')}.` };
    }
    case 'too_small':
      if (issue.type === 'string') return { message: 'must not be empty.' };
      if (issue.type === 'array')
        return { message: `needs ${issue.message.startsWith('at least') ? issue.message : `at least ${String(issue.minimum)} entries`}.` };
      return { message: `expected ${issue.message.replace(/^Number must be /, 'a number ')}, received ${show(got)}.` };
    case 'too_big':
      return { message: `expected ${issue.message.replace(/^Number must be /, 'a number ')}, received ${show(got)}.` };
    case 'invalid_string':
      if (issue.validation === 'url')
        return { message: `expected a full web address starting with https:// or http://, received ${show(got)}.` };
      return { message: `expected ${issue.message}, received ${show(got)}.` };
    default:
      return { message: `expected ${issue.message}, received ${show(got)}.` };
  }
}

/** Validates one parsed file against its record schema; returns typed records or issues. */
export function validateRecords<S extends AnySchema>(
  value: unknown,
  schema: S,
  file: string,
): { records: z.infer<S>[]; issues: DataIssue[] } {
  if (!Array.isArray(value)) {
    return {
      records: [],
      issues: [{ file, message: `expected a JSON array of records ([ {…}, {…} ]), received ${value === null ? 'null' : typeof value}.` }],
    };
  }
  const records: z.infer<S>[] = [];
  const issues: DataIssue[] = [];
  value.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      records.push(result.data);
      return;
    }
    for (const zIssue of result.error.issues) {
      const { message, extra } = explain(zIssue, raw, schema);
      const description = describeAt(schema, zIssue.path);
      const hint = [extra, description ? `This field: ${description}` : undefined].filter(Boolean).join(' ');
      issues.push({
        file,
        record: recordLabel(raw, index),
        field: zIssue.path.length ? fieldPath(zIssue.path) : undefined,
        message: zIssue.path.length || zIssue.code !== 'invalid_type' ? message : `is not a record: ${message}`,
        hint: hint || undefined,
      });
    }
  });
  return { records, issues };
}
