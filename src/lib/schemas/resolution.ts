/** A UN Security Council resolution and the luxury items it added (data/resolutions.json). */
import { z } from 'astro/zod';
import { Id, Note, PartialDate, Sources } from './common';
import { Ko, KoText } from './korean';

export const ResolutionSchema = z
  .object({
    id: Id,
    number: z.number().int().positive().describe('The resolution number, e.g. 2094.'),
    adopted: PartialDate.describe('Date of adoption, as precise as the sources give it.'),
    summary: z.string().min(1).describe('What it did about luxury goods, in our words.'),
    items: z
      .array(
        z
          .object({
            item: z.string().min(1).describe('The luxury item or category, in our words.'),
            thresholdUsd: z
              .number()
              .positive()
              .optional()
              .describe('The value above which the item counts as luxury, in US dollars, where the text sets one.'),
            sources: Sources,
            ko: Ko({ item: KoText('The item in Korean, in our words.') }).optional(),
          })
          .strict(),
      )
      .default([])
      .describe('Luxury items and thresholds this resolution added.'),
    completeness: z
      .enum(['complete', 'partial', 'none', 'unknown'])
      .describe(
        'complete: the items list is checked against the text; partial: the sources name some items but not the full list; none: it added no items; unknown: the sources do not say what, if anything, it added.',
      ),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({
      summary: KoText('What it did about luxury goods, in our Korean.').optional(),
      note: KoText('The note in Korean.').optional(),
    }).optional(),
  })
  .strict();

export type Resolution = z.infer<typeof ResolutionSchema>;
