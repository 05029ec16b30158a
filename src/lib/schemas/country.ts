/** A country in the story (data/countries.json) and the roles the sources give it. */
import { z } from 'astro/zod';
import { Id, Note, Sources } from './common';
import { Ko, KoText } from './korean';
import { KoNote, koName } from './ko-name';

export const CountryRole = z
  .enum(['source', 'vehicle-origin', 'transit', 'destination', 'facilitator-base', 'flag-state', 'purchase'])
  .describe(
    'source: luxury goods came from it; vehicle-origin: vehicles originated there; transit: goods passed through; destination: North Korea; facilitator-base: named facilitators are based there; flag-state: a vessel in the story flies its flag; purchase: goods were bought or registered there.',
  );

export const CountryValueBasis = z
  .enum(['un-panel', 'seizure'])
  .describe('un-panel: a finding of the UN panel of experts from trade records; seizure: the declared value of goods seized on the way.');

export const CountrySchema = z
  .object({
    id: Id,
    name: z.string().min(1).describe('Common English name.'),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'three capital letters, e.g. "PRK"')
      .describe('ISO 3166-1 alpha-3 code.'),
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/, 'three digits with leading zeros, e.g. "408"')
      .describe('ISO 3166-1 numeric code, which world-atlas uses as the feature id.'),
    roles: z
      .array(
        z
          .object({
            role: CountryRole,
            detail: z.string().min(1).describe('What the sources say about this role, in our words.'),
            sources: Sources,
            ko: Ko({ detail: KoText('The detail in our own Korean.') }),
          })
          .strict(),
      )
      .min(1, 'at least one role')
      .describe('The parts this country plays in the story, each with its sources.'),
    values: z
      .array(
        z
          .object({
            figure: Id.describe('Id of a figure in data/figures.json: a value of goods from this country, as one source gives it.'),
            basis: CountryValueBasis,
            what: z.string().min(1).describe('What the value is of, in a few words: "perfume", "vodka seized at Rotterdam".'),
            ko: Ko({ what: KoText('What the value is of, in our own Korean.') }),
          })
          .strict(),
      )
      .optional()
      .describe('Values of goods the sources give for this country, each drawn on its own: never added across records or years.'),
    shareFigure: Id.optional().describe('Id of a figure in data/figures.json giving its share of the goods, where a source gives one.'),
    note: Note.optional(),
    ko: Ko({ ...koName('country'), note: KoNote() }),
  })
  .strict();

export type Country = z.infer<typeof CountrySchema>;
