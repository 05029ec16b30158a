/**
 * An entry of a government sanctions list that names one of our entities (data/sanctions-listings.json).
 * Only exact matches are recorded: the list's row is the entity itself, or an aircraft or vessel our
 * sources tie to it by registration; a similar name is never enough.
 */
import { z } from 'astro/zod';
import { Id, Note, PartialDate } from './common';
import { Ko, KoText } from './korean';
import { KoNote } from './ko-name';

export const SanctionsListingSchema = z
  .object({
    id: Id,
    entity: Id.describe('Id of the company, vessel or airline in data/facilitators.json that the entry names.'),
    source: Id.describe('Id of the list snapshot in data/sources.json (a source of kind "dataset"), e.g. "ofac-sdn-2024-05-03".'),
    snapshotDate: PartialDate.describe(
      'The date of the list snapshot the entry was read from; it must equal that source\'s "published" date.',
    ),
    entryNumber: z.number().int().positive().describe("The list's own number for the entry (OFAC's ent_num), e.g. 20520."),
    listedName: z.string().min(1).describe('The name exactly as the list writes it, e.g. "AIR KORYO".'),
    type: z
      .enum(['entity', 'vessel', 'aircraft'])
      .describe('What the entry is: entity (a company or organisation), vessel or aircraft, as the list types it.'),
    programmes: z
      .array(z.string().regex(/^[A-Z0-9-]+$/, 'a programme tag in capitals, e.g. "DPRK3"'))
      .min(1, 'at least one programme tag')
      .describe('The sanctions programme tags on the entry, one per item, e.g. ["DPRK3"].'),
    remarks: z.string().min(1).nullable().describe("The entry's remarks column as the list gives it; null when the list leaves it empty."),
    match: z.string().min(1).describe('Why this entry is this entity and not a namesake, in our words.'),
    note: Note.optional(),
    ko: Ko({ match: KoText('Why this entry is this entity, in our own Korean.'), note: KoNote() }),
  })
  .strict();

export type SanctionsListing = z.infer<typeof SanctionsListingSchema>;
