/** A vehicle make among the 803 vehicles (data/vehicle-makes.json), or the unattributed remainder. */
import { z } from 'astro/zod';
import { Id, Note, Sources, Status } from './common';
import { Ko, KoText } from './korean';
import { KoNote, koName } from './ko-name';

export const MakeGroup = z
  .enum(['russian', 'japanese', 'german', 'unattributed'])
  .describe("Group by the maker's home country: russian, japanese, german, or unattributed for vehicles no source assigns to a make.");

export const VehicleMakeSchema = z
  .object({
    id: Id,
    name: z.string().min(1).describe('The make as readers know it, e.g. "Lexus".'),
    makerCountry: Id.nullable().describe("Id of the maker's home country in data/countries.json; null for the unattributed remainder."),
    group: MakeGroup,
    vehicles: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('Number of the 803 vehicles of this make; null when a source names the make without a count.'),
    status: Status,
    method: z.string().min(1).optional().describe('For derived counts: how the count was computed.'),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({ ...koName('make'), method: KoText('How the count was computed, in Korean.').optional(), note: KoNote() }),
  })
  .strict();

export type VehicleMake = z.infer<typeof VehicleMakeSchema>;
