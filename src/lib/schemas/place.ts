/** A port, airport or city on the routes (data/places.json), with where its coordinates came from. */
import { z } from 'astro/zod';
import { Id, Note, Sources } from './common';
import { Ko } from './korean';
import { KoNote, koName } from './ko-name';

export const PlaceSchema = z
  .object({
    id: Id,
    name: z.string().min(1).describe('The place name as the story uses it.'),
    kind: z.enum(['port', 'airport', 'city']).describe('port, airport or city.'),
    country: Id.describe('Id of the country in data/countries.json.'),
    lat: z.number().min(-90).max(90).describe('Latitude in decimal degrees (WGS84), as given by the coordinate source.'),
    lon: z.number().min(-180).max(180).describe('Longitude in decimal degrees (WGS84), as given by the coordinate source.'),
    coordinates: z
      .object({
        source: Id.describe('Id of the reference dataset in data/sources.json that gives the coordinates.'),
        reference: z.string().min(1).describe('The row in that dataset, e.g. "World Port Index 31140; UN/LOCODE NL RTM".'),
      })
      .strict()
      .describe('Where the coordinates came from.'),
    sources: Sources.describe('Ids of the sources that put this place in the story.'),
    note: Note.optional(),
    ko: Ko({ ...koName('place'), note: KoNote() }),
  })
  .strict();

export type Place = z.infer<typeof PlaceSchema>;
