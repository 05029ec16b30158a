/**
 * Building blocks shared by every data schema: ids, source lists, partial dates and the enums
 * that describe how sure we are of a value. Every field carries a one-sentence description; the
 * validator repeats it in the error an editor sees.
 */
import { z } from 'astro/zod';
import { Ko, KoText } from './korean';

/** A kebab-case identifier: lower-case letters and digits joined by single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id such as "jsc-rzd-logistics" (a–z, 0–9 and single hyphens)')
  .describe('Kebab-case identifier, unique across every file in data/.');

/** A list of bibliography ids; at least one source is required for anything a reader sees. */
export const Sources = z
  .array(Id)
  .min(1, 'at least one source id from data/sources.json')
  .describe('Ids of the sources in data/sources.json that support this record.');

/** Free text in our own words; never a sentence copied from a source. */
export const Note = z.string().min(1).describe('A note in our own words for readers and editors.');

function isRealDate(text: string): boolean {
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as precise as the sources allow: "2018", "2018-06" or "2018-06-14". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'a real calendar date (month 01–12, a day that exists in that month)')
  .describe('A date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD.');

/** A span of time, such as the 2015–2017 window the report covers. */
export const Period = z
  .object({
    start: PartialDate.describe('First year, month or day of the period.'),
    end: PartialDate.describe('Last year, month or day of the period (inclusive).'),
  })
  .describe('The span of time a value covers, both ends inclusive.');

/** How a value reached the dataset. */
export const Status = z
  .enum(['reported', 'derived', 'disputed', 'unknown'])
  .describe(
    'reported: a source states it; derived: we computed it from other records (say how); disputed: sources disagree (list the alternatives); unknown: no source gives it.',
  );

/** How far the value can be trusted, in three plain steps. */
export const Confidence = z
  .enum(['high', 'medium', 'low'])
  .describe(
    'high: stated by the primary source or by several independent outlets with nothing against; medium: press accounts of the report agree, and the report’s own text was not available to us; low: a single or second-hand source.',
  );

/** Units the site knows how to print. */
export const Unit = z
  .enum(['usd', 'eur', 'gbp', 'count', 'percent', 'tonnes', 'days', 'months', 'years', 'times'])
  .describe('Unit of the value: a currency (usd, eur, gbp), count, percent, tonnes, days, months, years or times (a multiple).');

/** Words that qualify a number the way the source qualified it. */
export const Qualifier = z
  .enum(['exact', 'about', 'as many as', 'at least', 'over', 'up to', 'under'])
  .describe('How the source qualifies the number, e.g. "as many as" 90 countries; "exact" when it does not.');

/** How an alternative value relates to the one we print. */
export const AlternativeRelation = z
  .enum(['rounded', 'conflicting', 'different-reading'])
  .describe(
    'rounded: the same figure as another outlet rounds it; conflicting: a different value for the same thing; different-reading: the same number given a different meaning.',
  );

/** Another value a source gives for the same thing, kept so the site can say where sources disagree. */
export const Alternative = z
  .object({
    value: z.number().nullable().describe('The alternative value in the same unit, or null when the source gives no number.'),
    display: z
      .string()
      .min(1)
      .optional()
      .describe('The value as the source words it, when it is not a plain number (e.g. "up to $5.1bn").'),
    relation: AlternativeRelation,
    meaning: z.string().min(1).optional().describe('What the source says the value measures, when that differs from our reading.'),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({
      display: KoText('The value as the source words it, in Korean newsroom style (e.g. "최대 51억 달러").').optional(),
      meaning: KoText('What the source says the value measures, in Korean.').optional(),
      note: KoText('The note in Korean.').optional(),
    }).optional(),
  })
  .strict();

export type PartialDateString = z.infer<typeof PartialDate>;
