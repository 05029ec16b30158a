/**
 * Korean versions of a record's reader-facing text. A record (or a nested object, such as a
 * country's role) carries them in a `ko` object whose keys are the names of the English fields
 * they replace on Korean pages: { "name": "Sar Siemens", "ko": { "name": "…" } }. The localizer
 * (src/lib/i18n/localize.ts) swaps them in, so figures and pages print record.name in the page's
 * language without knowing which language that is.
 */
import { z } from 'astro/zod';

const hangul = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

/** Korean text: must contain Hangul, so an English string pasted in the wrong place fails. */
export function KoText(description: string) {
  return z.string().min(1).regex(hangul, 'Korean text containing Hangul').describe(description);
}

/** The `ko` object of a record: the Korean version of each named field, and nothing else. */
export function Ko<S extends z.ZodRawShape>(shape: S) {
  return z
    .object(shape)
    .strict()
    .describe('Korean versions of this record’s reader-facing fields, under the same field names; Korean pages print these instead.');
}
