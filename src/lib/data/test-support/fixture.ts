/** A tiny valid data set for tests, and a helper that writes a (possibly broken) copy to disk. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_FILES, type DataKey } from '../files';

type Records = Record<DataKey, Record<string, unknown>[]>;

/** A fresh, valid, minimal data set; tests mutate their own copy. */
export function validFixture(): Records {
  return {
    sources: [
      {
        id: 'report',
        publisher: 'C4ADS',
        title: 'Lux & Loaded',
        titleSupplied: false,
        url: 'https://c4ads.org/reports/lux-loaded/',
        published: '2019-07-16',
        language: 'en',
        kind: 'report',
      },
      {
        id: 'paper',
        publisher: 'A newspaper',
        title: 'Report on the vehicles',
        titleSupplied: true,
        url: 'https://example.org/a',
        published: '2019-07',
        language: 'ja',
        kind: 'news',
      },
      {
        id: 'ports-db',
        publisher: 'NGA',
        title: 'World Port Index',
        titleSupplied: false,
        url: 'https://msi.nga.mil/Publications/WPI',
        published: null,
        language: 'en',
        kind: 'dataset',
        licence: 'Public domain',
      },
      {
        id: 'sanctions-list',
        publisher: 'A treasury',
        title: 'Sanctions list, snapshot',
        titleSupplied: false,
        url: 'https://example.org/list.csv',
        published: '2024-05-03',
        language: 'en',
        kind: 'dataset',
        licence: 'Public domain',
      },
    ],
    figures: [
      {
        id: 'vehicles-total',
        label: 'Vehicles tracked',
        value: 10,
        unit: 'count',
        noun: 'vehicles',
        status: 'reported',
        confidence: 'medium',
        sources: ['paper'],
      },
      {
        id: 'vehicles-japanese-makes',
        label: 'Japanese makes',
        value: 4,
        unit: 'count',
        noun: 'vehicles',
        status: 'reported',
        confidence: 'medium',
        sources: ['paper'],
      },
      {
        id: 'china-share',
        label: 'China’s share',
        value: 93,
        unit: 'percent',
        status: 'reported',
        confidence: 'medium',
        sources: ['report'],
      },
    ],
    countries: [
      {
        id: 'north-korea',
        name: 'North Korea',
        iso3: 'PRK',
        isoNumeric: '408',
        roles: [{ role: 'destination', detail: 'Where the goods went.', sources: ['report'] }],
      },
      {
        id: 'china',
        name: 'China',
        iso3: 'CHN',
        isoNumeric: '156',
        roles: [{ role: 'source', detail: 'Largest supplier.', sources: ['report'] }],
        shareFigure: 'china-share',
      },
      {
        id: 'netherlands',
        name: 'Netherlands',
        iso3: 'NLD',
        isoNumeric: '528',
        roles: [{ role: 'transit', detail: 'Port of departure.', sources: ['report'] }],
      },
    ],
    places: [
      {
        id: 'rotterdam',
        name: 'Rotterdam',
        kind: 'port',
        country: 'netherlands',
        lat: 51.9,
        lon: 4.4833,
        coordinates: { source: 'ports-db', reference: 'WPI 31140' },
        sources: ['report'],
      },
      {
        id: 'dalian',
        name: 'Dalian',
        kind: 'port',
        country: 'china',
        lat: 38.9167,
        lon: 121.6667,
        coordinates: { source: 'ports-db', reference: 'WPI 60250' },
        sources: ['report'],
      },
      {
        id: 'osaka',
        name: 'Osaka',
        kind: 'port',
        country: 'china',
        lat: 34.65,
        lon: 135.4333,
        coordinates: { source: 'ports-db', reference: 'WPI 61550' },
        sources: ['report'],
      },
    ],
    vehicleMakes: [
      { id: 'uaz', name: 'UAZ', makerCountry: null, group: 'russian', vehicles: 5, status: 'reported', sources: ['paper'] },
      { id: 'lexus', name: 'Lexus', makerCountry: null, group: 'japanese', vehicles: 4, status: 'reported', sources: ['paper'] },
      {
        id: 'mercedes-benz',
        name: 'Mercedes-Benz',
        makerCountry: null,
        group: 'german',
        vehicles: null,
        status: 'unknown',
        sources: ['paper'],
      },
      {
        id: 'unattributed-vehicles',
        name: 'No make given',
        makerCountry: null,
        group: 'unattributed',
        vehicles: 1,
        status: 'derived',
        method: '10 minus 9',
        sources: ['paper'],
      },
    ],
    facilitators: [
      {
        id: 'shipping-co',
        name: 'Shipping Co',
        kind: 'company',
        country: 'china',
        summary: 'Carried the cars.',
        roles: [{ role: 'Carrier', sources: ['report'] }],
        counts: [
          {
            id: 'shipping-co-vehicles',
            label: 'vehicles carried',
            value: 5,
            unit: 'count',
            noun: 'vehicles',
            of: 'vehicles-total',
            status: 'reported',
            confidence: 'low',
            sources: ['paper'],
          },
        ],
        sources: ['report'],
      },
    ],
    journeyLegs: [
      {
        id: 'leg-one',
        order: 1,
        from: 'rotterdam',
        to: 'dalian',
        mode: 'sea',
        depart: { date: '2018-06-14', basis: 'reported', sources: ['report'] },
        arrive: { date: '2018-07-31', basis: 'reported', sources: ['report'] },
        carrier: 'shipping-co',
        evidence: 'documented',
        evidenceNote: 'Shipping records.',
        sources: ['report'],
      },
      {
        id: 'leg-two',
        order: 2,
        from: 'dalian',
        to: 'osaka',
        mode: 'sea',
        depart: { date: '2018-08-26', basis: 'reported', sources: ['report'] },
        arrive: null,
        carrier: null,
        evidence: 'inferred',
        evidenceNote: 'No arrival record.',
        sources: ['report'],
      },
    ],
    journeyEvents: [
      {
        id: 'ais-off',
        date: '2018-10-01',
        endDate: '2018-10-19',
        place: null,
        title: 'Transponder off',
        description: 'The ship went dark.',
        evidence: 'documented',
        sources: ['report'],
      },
    ],
    resolutions: [
      { id: 'unscr-1718', number: 1718, adopted: '2006-10-14', summary: 'Banned luxury goods.', completeness: 'none', sources: ['report'] },
    ],
    nationalLists: [
      {
        id: 'eu-list',
        jurisdiction: 'European Union',
        country: null,
        published: true,
        adopted: '2007-03',
        size: { value: 22, noun: 'categories' },
        sources: ['report'],
      },
    ],
    sanctionsListings: [
      {
        id: 'list-entry-1',
        entity: 'shipping-co',
        source: 'sanctions-list',
        snapshotDate: '2024-05-03',
        entryNumber: 101,
        listedName: 'SHIPPING CO LTD',
        type: 'entity',
        programmes: ['DPRK3'],
        remarks: null,
        match: 'Same name and legal form.',
      },
    ],
    catalogue: Object.values(DATA_FILES).map((spec) => ({
      id: `catalogue-${spec.file.replace(/\.json$/, '')}`,
      file: spec.file,
      asOf: '2026-11-28',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      references: spec.file === 'places.json' ? ['ports-db'] : [],
    })),
  };
}

/** Writes the records (or raw text for some files) into a new temporary data folder. */
export function writeFixture(records: Records, rawText: Partial<Record<DataKey, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lux-data-'));
  for (const [key, spec] of Object.entries(DATA_FILES) as [DataKey, { file: string }][]) {
    writeFileSync(join(dir, spec.file), rawText[key] ?? JSON.stringify(records[key], null, 2));
  }
  return dir;
}
