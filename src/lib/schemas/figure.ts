/** A citable number (data/figures.json): the values the story prints inline and the charts draw. */
import { z } from 'astro/zod';
import { Alternative, Confidence, Id, Note, Period, Qualifier, Sources, Status, Unit } from './common';
import { KOREAN_COUNTERS } from '../i18n/format-ko';
import { Ko, KoText } from './korean';

export const FigureSchema = z
  .object({
    id: Id,
    label: z.string().min(1).describe('What the number measures, as a short phrase a reader understands.'),
    value: z.number().nullable().describe('The value in its unit; null when no source gives it (the site then says it is unknown).'),
    unit: Unit,
    noun: z.string().min(1).optional().describe('For counts: the plural noun printed after the number, e.g. "vehicles".'),
    qualifier: Qualifier.default('exact'),
    period: Period.optional(),
    status: Status,
    confidence: Confidence,
    alternatives: z.array(Alternative).default([]).describe('Other values or readings that sources give for the same thing.'),
    derivedFrom: z.array(Id).default([]).describe('For derived values: the ids of the figures or records it is computed from.'),
    method: z.string().min(1).optional().describe('For derived values: how it was computed, e.g. "803 minus the five named makes".'),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({
      label: KoText('What the number measures, in Korean: the phrase that opens its note on Korean pages (required).'),
      note: KoText('The note in Korean; Korean pages print the English note when it is missing.').optional(),
      method: KoText('How it was computed, in Korean.').optional(),
      noun: z
        .string()
        .refine((noun) => Object.hasOwn(KOREAN_COUNTERS, noun), {
          message: `a noun whose Korean counter is in KOREAN_COUNTERS (src/lib/i18n/format-ko.ts): ${Object.keys(KOREAN_COUNTERS).join(', ')}`,
        })
        .optional()
        .describe(
          'For counts that take a different counter in Korean: the noun whose counter Korean pages print, e.g. "countries" (13개국) for Security Council members.',
        ),
    })
      // Required: a figure without its Korean label fails naming "ko.label", also when it has no ko at all.
      .default({} as { label: string }),
  })
  .strict();

export type Figure = z.infer<typeof FigureSchema>;
