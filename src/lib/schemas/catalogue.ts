/**
 * One record per file in data/ (data/catalogue.json): when the file was last brought up to date and
 * under which licence it is published. The data room prints both next to every download.
 */
import { z } from 'astro/zod';
import { Id, Note } from './common';

export const CatalogueEntrySchema = z
  .object({
    id: Id,
    file: z
      .string()
      .regex(/^[a-z0-9-]+\.json$/, 'a file name in data/, e.g. "places.json"')
      .describe('The file in data/ this entry describes, e.g. "places.json".'),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a full date written YYYY-MM-DD')
      .describe('The day the file was last checked against its sources and changed, written YYYY-MM-DD; update it with every change.'),
    licence: z.string().min(1).describe('The licence the file is published under, e.g. "CC BY 4.0".'),
    licenceUrl: z.string().url().describe('Where the licence text can be read.'),
    references: z
      .array(Id)
      .default([])
      .describe('Ids of the reference datasets in data/sources.json whose values the file copies (coordinates, list entries).'),
    note: Note.optional(),
  })
  .strict();

export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;
