/**
 * The rule that keeps a record's Korean whole: once a record has a `ko` object, it carries the
 * Korean of every reader-facing field the record has (else a Korean page would print English in
 * the middle of Korean), and no Korean for a field the record does not have.
 */
import { z } from 'astro/zod';

/**
 * The issues of one record: a field with no Korean, or Korean for a field that is not there. A
 * record with no `ko` object at all passes unless `required` (a part of a record that has one).
 */
export function missingKorean(record: { ko?: Record<string, unknown> }, fields: string[], required = false): z.IssueData[] {
  const ko = record.ko ?? (required ? {} : undefined);
  if (!ko) return [];
  const own = record as Record<string, unknown>;
  return fields.flatMap((field): z.IssueData[] => {
    if (own[field] !== undefined && ko[field] === undefined)
      return [
        {
          code: z.ZodIssueCode.custom,
          path: ['ko', field],
          message: `"${field}" has no Korean version: add "${field}" to this record's "ko" object, in Korean.`,
        },
      ];
    if (own[field] === undefined && ko[field] !== undefined)
      return [
        {
          code: z.ZodIssueCode.custom,
          path: ['ko', field],
          message: `"ko.${field}" has no English "${field}" beside it: add the English field or remove the Korean one.`,
        },
      ];
    return [];
  });
}
