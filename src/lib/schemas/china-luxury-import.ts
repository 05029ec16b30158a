/**
 * One year (or part-year) of North Korea's luxury imports from China on Seoul's 2009 list
 * (data/china-luxury-imports.json). Each series keeps its own compiler; rows are never merged
 * across series, and a year no source gives stays null with status "unknown".
 */
import { z } from 'astro/zod';
import { Alternative, Confidence, Id, Note, Period, Qualifier, Sources, Status } from './common';
import { Ko, KoText } from './korean';

/** Who compiled the figures: each is charted as its own line and never summed with the other. */
export const ChinaLuxurySeries = z
  .enum(['seoul-list-lawmakers', 'seoul-list-unification-ministry'])
  .describe(
    "seoul-list-lawmakers: South Korean lawmakers' (mostly Yoon Sang-hyun's) series on Chinese customs data; seoul-list-unification-ministry: figures the Unification Ministry gave in its own name.",
  );

export const ChinaLuxuryImportSchema = z
  .object({
    id: Id,
    series: ChinaLuxurySeries,
    year: z.number().int().min(2000).max(2100).describe('The calendar year the row belongs to.'),
    period: Period.describe('The months the value covers, both ends inclusive; a whole year is YYYY to YYYY.'),
    partialYear: z
      .boolean()
      .describe('true when the value covers only part of the year (e.g. January–June); such rows are never compared with full years.'),
    value: z.number().nonnegative().nullable().describe('Imports in US dollars; null when no source gives the value for this period.'),
    unit: z.literal('usd').describe('Always US dollars, as the sources give them.'),
    qualifier: Qualifier.default('exact'),
    status: Status,
    confidence: Confidence,
    break: Note.optional().describe('Set on the first row after a change in definition or compilation: what changed, in our words.'),
    figure: Id.optional().describe(
      'The id in data/figures.json that prints this value in the story; it must hold the same value and period.',
    ),
    alternatives: z.array(Alternative).default([]).describe('Other values sources give for the same period and series.'),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({
      break: KoText('What changed, in our Korean.').optional(),
      note: KoText('The note in Korean.').optional(),
    }).optional(),
  })
  .strict();

export type ChinaLuxuryImport = z.infer<typeof ChinaLuxuryImportSchema>;
