/** A national (or EU) list defining which luxury goods may not go to North Korea (data/national-lists.json). */
import { z } from 'astro/zod';
import { Id, Note, PartialDate, Sources } from './common';
import { Ko, KoText } from './korean';

export const NationalListSchema = z
  .object({
    id: Id,
    jurisdiction: z.string().min(1).describe('Who issued the list, e.g. "European Union".'),
    country: Id.nullable().describe('Id in data/countries.json when the jurisdiction is a country there; null otherwise.'),
    published: z.boolean().describe('false when sources say the jurisdiction had no such list.'),
    adopted: PartialDate.nullable().describe('When the list took effect; null when unknown.'),
    size: z
      .object({
        value: z.number().int().positive().describe('How many entries the list has.'),
        noun: z.enum(['categories', 'items']).describe('What the entries are called.'),
      })
      .strict()
      .nullable()
      .describe('How long the list is, where a source counts it.'),
    examples: z.array(z.string().min(1)).default([]).describe('Example entries named by the sources.'),
    thresholds: z
      .array(
        z
          .object({
            item: z.string().min(1),
            value: z.number().positive(),
            currency: z.enum(['usd', 'eur', 'gbp']),
            ko: Ko({ item: KoText('The item in Korean.') }).optional(),
          })
          .strict(),
      )
      .default([])
      .describe('Price thresholds the list sets, where the sources give them.'),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({
      jurisdiction: KoText('Who issued the list, in Korean (유럽연합, 일본).').optional(),
      examples: z.array(KoText('An example entry in Korean.')).optional(),
      note: KoText('The note in Korean.').optional(),
    }).optional(),
  })
  .strict();

export type NationalList = z.infer<typeof NationalListSchema>;
