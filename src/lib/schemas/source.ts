/** One entry of the bibliography (data/sources.json): who published what, where and when. */
import { z } from 'astro/zod';
import { Id, Note, PartialDate } from './common';

export const SourceKind = z
  .enum([
    'report',
    'news',
    'wire',
    'broadcast',
    'magazine',
    'blog',
    'government',
    'un-document',
    'legislation',
    'analysis',
    'company-statement',
    'dataset',
  ])
  .describe(
    'What kind of source this is: report, news, wire, broadcast, magazine, blog, government, un-document, legislation, analysis, company-statement or dataset.',
  );

export const SourceSchema = z
  .object({
    id: Id,
    publisher: z.string().min(1).describe('Who published it (the outlet, institution or government).'),
    title: z.string().min(1).describe('The title of the work; when the original title was not recorded, a short description of it.'),
    titleSupplied: z
      .boolean()
      .describe(
        'true when the title is our description because the original headline was not recorded; it is then shown in square brackets.',
      ),
    url: z.string().url().describe('The address where we read it (a copy when "via" is set).'),
    via: z.string().min(1).optional().describe('The site that carried the copy we read, when it is not the original publisher.'),
    published: PartialDate.nullable().describe('Publication date as precise as known; null when the page did not show it.'),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'a two-letter ISO 639-1 language code such as "en" or "ko"')
      .describe('Language of the text we read, as a two-letter ISO 639-1 code.'),
    kind: SourceKind,
    licence: z.string().min(1).optional().describe('For datasets: the licence under which we use it.'),
    note: Note.optional(),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
