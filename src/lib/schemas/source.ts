/** One entry of the bibliography (data/sources.json): who published what, where and when. */
import { z } from 'astro/zod';
import { Id, Note, PartialDate } from './common';
import { Ko, KoText } from './korean';

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
    title: z
      .string()
      .min(1)
      .describe(
        'The headline or official title exactly as published, in its own language and script; when no stored copy shows it, a short description in our words.',
      ),
    titleSupplied: z
      .boolean()
      .describe(
        'true when the title is our description because no stored copy shows the original headline; it is then shown in square brackets as a description.',
      ),
    titleEnglish: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Our faithful English translation of a non-English original title; required when language is not "en" and titleSupplied is false, absent otherwise.',
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
    ko: Ko({
      publisher: KoText(
        'The publisher as Korean readers know it, e.g. "조선일보", "연합뉴스", "뉴욕타임스"; omit when they use the Latin name (CNN, YTN).',
      ).optional(),
      title: KoText('Our Korean description, when titleSupplied is true (Korean pages print it in brackets).').optional(),
      gloss: KoText('Our Korean translation of a non-Korean original title, printed after it on Korean pages.').optional(),
      note: KoText('Our note in Korean.').optional(),
    })
      .optional()
      .describe('Korean versions: the publisher name, the description of a supplied title, or a gloss of a non-Korean headline.'),
  })
  .strict()
  .superRefine((source, ctx) => {
    koRules(source, ctx);
    const original = !source.titleSupplied;
    if (original && source.language !== 'en' && !source.titleEnglish)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['titleEnglish'],
        message: `add titleEnglish: our English translation of the ${source.language} title "${source.title}" (or set titleSupplied: true if the title is our description)`,
      });
    if (source.titleEnglish && (source.titleSupplied || source.language === 'en'))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['titleEnglish'],
        message: source.titleSupplied
          ? 'remove titleEnglish: a supplied title is already our English description'
          : 'remove titleEnglish: the title is already in English (language "en")',
      });
  });

type SourceInput = {
  language: string;
  titleSupplied: boolean;
  title: string;
  note?: string;
  ko?: { title?: string; gloss?: string; note?: string };
};

/** Korean pages need a Korean line for every title: the headline itself (Korean), our description, or a gloss. */
function koRules(source: SourceInput, ctx: z.RefinementCtx) {
  const issue = (field: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['ko', field], message });
  if (source.titleSupplied && !source.ko?.title)
    issue('title', `add ko.title: our Korean description of the source (the English one is "${source.title}")`);
  if (!source.titleSupplied && source.ko?.title)
    issue('title', 'remove ko.title: it is only for supplied descriptions; the original headline is printed as published');
  if (!source.titleSupplied && source.language !== 'ko' && !source.ko?.gloss)
    issue('gloss', `add ko.gloss: our Korean translation of the ${source.language} title "${source.title}"`);
  if (source.note && !source.ko?.note) issue('note', `add ko.note: our Korean version of the note "${source.note}"`);
  if (source.ko?.gloss && (source.titleSupplied || source.language === 'ko'))
    issue(
      'gloss',
      source.titleSupplied ? 'remove ko.gloss: a supplied title has ko.title instead' : 'remove ko.gloss: the title is already in Korean',
    );
}

export type Source = z.infer<typeof SourceSchema>;
