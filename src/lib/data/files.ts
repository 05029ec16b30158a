/** The registry of data files: one JSON array per kind of record, each with its schema. */
import type { z } from 'astro/zod';
import { AfterEventSchema } from '../schemas/after-event';
import { CatalogueEntrySchema } from '../schemas/catalogue';
import { ChinaLuxuryImportSchema } from '../schemas/china-luxury-import';
import { CountrySchema } from '../schemas/country';
import { FacilitatorSchema } from '../schemas/facilitator';
import { FigureSchema } from '../schemas/figure';
import { JourneyEventSchema, JourneyLegSchema } from '../schemas/journey';
import { NationalListSchema } from '../schemas/national-list';
import { PlaceSchema } from '../schemas/place';
import { ResolutionSchema } from '../schemas/resolution';
import { SanctionsListingSchema } from '../schemas/sanctions-listing';
import { SeaRouteSchema } from '../schemas/sea-route';
import { SourceSchema } from '../schemas/source';
import { VehicleFlowSchema } from '../schemas/vehicle-flow';
import { VehicleMakeSchema } from '../schemas/vehicle-make';

export interface DataFile<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** File name inside data/. */
  file: string;
  /** A few words for the data room and error messages. */
  title: string;
  /** The zod schema every record must satisfy. */
  schema: S;
}

export const DATA_FILES = {
  sources: { file: 'sources.json', title: 'Bibliography', schema: SourceSchema },
  figures: { file: 'figures.json', title: 'Headline figures', schema: FigureSchema },
  countries: { file: 'countries.json', title: 'Countries and their roles', schema: CountrySchema },
  places: { file: 'places.json', title: 'Ports, airports and cities', schema: PlaceSchema },
  vehicleMakes: { file: 'vehicle-makes.json', title: 'Vehicles by make', schema: VehicleMakeSchema },
  facilitators: { file: 'facilitators.json', title: 'Facilitators', schema: FacilitatorSchema },
  vehicleFlows: { file: 'vehicle-flows.json', title: 'Routes of the vehicles', schema: VehicleFlowSchema },
  journeyLegs: { file: 'journey-legs.json', title: 'Legs of the Maybach journey', schema: JourneyLegSchema },
  journeyEvents: { file: 'journey-events.json', title: 'Events of the Maybach journey', schema: JourneyEventSchema },
  resolutions: { file: 'resolutions.json', title: 'UN resolutions and luxury items', schema: ResolutionSchema },
  nationalLists: { file: 'national-lists.json', title: 'National luxury-goods lists', schema: NationalListSchema },
  sanctionsListings: {
    file: 'sanctions-listings.json',
    title: 'Sanctions-list entries naming our entities',
    schema: SanctionsListingSchema,
  },
  seaRoutes: { file: 'sea-routes.json', title: 'Drawn tracks of the sea legs', schema: SeaRouteSchema },
  chinaLuxuryImports: {
    file: 'china-luxury-imports.json',
    title: 'Luxury imports from China by year',
    schema: ChinaLuxuryImportSchema,
  },
  afterEvents: { file: 'after-events.json', title: 'After the report, 2019–2026', schema: AfterEventSchema },
  catalogue: { file: 'catalogue.json', title: 'Catalogue of the data files', schema: CatalogueEntrySchema },
} as const satisfies Record<string, DataFile>;

export type DataKey = keyof typeof DATA_FILES;

/** Every data set, validated: one array of typed records per file. */
export type Dataset = { [K in DataKey]: z.infer<(typeof DATA_FILES)[K]['schema']>[] };

/** A data file's path as editors see it in messages, e.g. "data/places.json". */
export function dataPath(key: DataKey): string {
  return `data/${DATA_FILES[key].file}`;
}
