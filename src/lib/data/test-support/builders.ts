/**
 * Small builders for data sets held in memory. Each builder gives one valid record of its kind,
 * with the fields a test overrides passed in; `validRecords()` composes a minimal data set that
 * passes every schema and cross-check, and `buildDataset()` validates it, without touching disk.
 */
import { DATA_FILES, type DataKey, type Dataset } from '../files';
import { validateDataset } from '../validate';

type Fields = Record<string, unknown>;
/** A data set before validation: plain records per file, free for a test to change. */
export type Records = Record<DataKey, Fields[]>;

export const source = (id: string, fields: Fields = {}): Fields => ({
  id,
  publisher: 'C4ADS',
  title: `Source ${id}`,
  titleSupplied: false,
  url: `https://example.org/${id}`,
  published: '2019-07-16',
  language: 'en',
  kind: 'report',
  ...fields,
  ko: koOfSource({ language: 'en', titleSupplied: false, ...fields }),
});

/** The Korean line a source needs: a description for a supplied title, a gloss for a non-Korean headline. */
function koOfSource(fields: Fields): Fields | undefined {
  if (fields.ko !== undefined) return fields.ko as Fields;
  if (fields.titleSupplied) return { title: '시험용 출처 설명' };
  return fields.language === 'ko' ? undefined : { gloss: '시험용 제목 번역' };
}

/** A Korean name for a test record. */
const koName = (name: string): Fields => ({ name: `시험 ${name}` });

/** A test's stand-in Korean label, so a figure a test builds passes the required ko.label. */
const testKoLabel = (id: string) => ({ label: `시험용 수치 ${id}` });

export const figure = (id: string, value: number | null, fields: Fields = {}): Fields => ({
  id,
  label: `Figure ${id}`,
  value,
  unit: 'count',
  noun: 'vehicles',
  status: 'reported',
  confidence: 'medium',
  sources: ['paper'],
  ko: testKoLabel(id),
  ...fields,
});

/** A facilitator's count: a figure's fields without the ko object (data/facilitators.json has none). */
export const country = (
  id: string,
  name: string,
  iso3: string,
  isoNumeric: string,
  role: string,
  detail: string,
  fields: Fields = {},
): Fields => ({
  id,
  name,
  iso3,
  isoNumeric,
  roles: [{ role, detail, sources: ['report'], ko: { detail: '시험용 설명' } }],
  ko: koName(name),
  ...fields,
});

export const port = (id: string, country: string, lat: number, lon: number, wpi: number): Fields => ({
  id,
  name: id[0].toUpperCase() + id.slice(1),
  kind: 'port',
  country,
  lat,
  lon,
  coordinates: { source: 'ports-db', reference: `WPI ${wpi}` },
  sources: ['report'],
  ko: koName(id),
});

export const make = (id: string, name: string, group: string, vehicles: number | null, fields: Fields = {}): Fields => ({
  id,
  name,
  makerCountry: null,
  group,
  vehicles,
  status: vehicles === null ? 'unknown' : 'reported',
  sources: ['paper'],
  ko: koName(name),
  ...fields,
});

export const flow = (id: string, from: string, to: string, vehicles: number | null, fields: Fields = {}): Fields => ({
  id,
  layer: 'make',
  from,
  to,
  group: 'unspecified',
  vehicles,
  precision: vehicles === null ? 'named' : 'count',
  ...(vehicles === null ? {} : { of: 'vehicles-total' }),
  status: vehicles === null ? 'unknown' : 'reported',
  confidence: 'medium',
  sources: ['paper'],
  note: 'A test flow.',
  ...fields,
});

const dated = (date: string) => ({ date, basis: 'reported', sources: ['report'] });

export const leg = (id: string, order: number, from: string, to: string, fields: Fields = {}): Fields => ({
  id,
  order,
  from,
  to,
  mode: 'sea',
  depart: null,
  arrive: null,
  carrier: null,
  evidence: 'documented',
  evidenceNote: 'Shipping records.',
  sources: ['report'],
  ...fields,
});

/** A fresh, valid, minimal data set; each call returns new objects, so tests may change their copy. */
export function validRecords(): Records {
  return {
    sources: [
      source('report', { title: 'Lux & Loaded', url: 'https://c4ads.org/reports/lux-loaded/' }),
      source('paper', {
        publisher: 'A newspaper',
        title: 'Report on the vehicles',
        url: 'https://example.org/a',
        titleSupplied: true,
        published: '2019-07',
        language: 'ja',
        kind: 'news',
      }),
      source('ports-db', {
        publisher: 'NGA',
        title: 'World Port Index',
        url: 'https://msi.nga.mil/Publications/WPI',
        published: null,
        kind: 'dataset',
        licence: 'Public domain',
      }),
      source('sanctions-list', {
        publisher: 'A treasury',
        title: 'Sanctions list, snapshot',
        url: 'https://example.org/list.csv',
        published: '2024-05-03',
        kind: 'dataset',
        licence: 'Public domain',
      }),
    ],
    figures: [
      figure('vehicles-total', 10, { label: 'Vehicles tracked', ko: { label: '추적된 차량' } }),
      figure('vehicles-japanese-makes', 4, { label: 'Japanese makes', ko: { label: '일본 브랜드 차량' } }),
      figure('china-share', 93, {
        label: 'China’s share',
        unit: 'percent',
        noun: undefined,
        sources: ['report'],
        ko: { label: '중국의 비중' },
      }),
    ],
    countries: [
      country('north-korea', 'North Korea', 'PRK', '408', 'destination', 'Where the goods went.'),
      country('china', 'China', 'CHN', '156', 'source', 'Largest supplier.', { shareFigure: 'china-share' }),
      country('netherlands', 'Netherlands', 'NLD', '528', 'transit', 'Port of departure.'),
    ],
    places: [
      port('rotterdam', 'netherlands', 51.9, 4.4833, 31140),
      port('dalian', 'china', 38.9167, 121.6667, 60250),
      port('osaka', 'china', 34.65, 135.4333, 61550),
    ],
    vehicleMakes: [
      make('uaz', 'UAZ', 'russian', 5),
      make('lexus', 'Lexus', 'japanese', 4),
      make('mercedes-benz', 'Mercedes-Benz', 'german', null),
      make('unattributed-vehicles', 'No make given', 'unattributed', 1, { status: 'derived', method: '10 minus 9' }),
    ],
    facilitators: [
      {
        id: 'shipping-co',
        name: 'Shipping Co',
        kind: 'company',
        country: 'china',
        summary: 'Carried the cars.',
        roles: [{ role: 'Carrier', sources: ['report'], ko: { role: '운송사' } }],
        counts: [
          figure('shipping-co-vehicles', 5, {
            label: 'vehicles carried',
            of: 'vehicles-total',
            confidence: 'low',
            ko: { label: '운송한 차량' },
          }),
        ],
        sources: ['report'],
        ko: { name: '시험 해운', summary: '차량을 운송했다.' },
      },
    ],
    vehicleFlows: [
      flow('flow-netherlands-china', 'netherlands', 'china', null, { layer: 'origin', confidence: 'low', note: 'Named without a count.' }),
      flow('flow-china-north-korea-uaz', 'china', 'north-korea', 5, {
        group: 'russian',
        makes: ['uaz'],
        figure: 'uaz',
        note: 'A reported count.',
      }),
      flow('flow-china-north-korea-lexus', 'china', 'north-korea', 4, {
        group: 'japanese',
        makes: ['lexus'],
        figure: 'lexus',
        note: 'A reported count.',
      }),
      flow('flow-china-north-korea-shipping-co', 'china', 'north-korea', 5, {
        layer: 'co-signer',
        facilitators: ['shipping-co'],
        figure: 'shipping-co-vehicles',
        confidence: 'low',
        note: 'Co-signed by one firm.',
      }),
    ],
    journeyLegs: [
      leg('leg-one', 1, 'rotterdam', 'dalian', { depart: dated('2018-06-14'), arrive: dated('2018-07-31'), carrier: 'shipping-co' }),
      leg('leg-two', 2, 'dalian', 'osaka', { depart: dated('2018-08-26'), evidence: 'inferred', evidenceNote: 'No arrival record.' }),
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
        ko: { match: '이름과 법인 형태가 같다.' },
      },
    ],
    seaRoutes: [],
    chinaLuxuryImports: [
      {
        id: 'imports-2017',
        series: 'seoul-list-lawmakers',
        year: 2017,
        period: { start: '2017', end: '2017' },
        partialYear: false,
        value: 640_000_000,
        unit: 'usd',
        qualifier: 'exact',
        status: 'reported',
        confidence: 'medium',
        alternatives: [],
        sources: ['report'],
      },
      {
        id: 'imports-2019',
        series: 'seoul-list-lawmakers',
        year: 2019,
        period: { start: '2019', end: '2019' },
        partialYear: false,
        value: null,
        unit: 'usd',
        qualifier: 'exact',
        status: 'unknown',
        confidence: 'low',
        alternatives: [],
        sources: ['report'],
      },
    ],
    afterEvents: [
      {
        id: 'panel-ends',
        date: '2024-04-30',
        kind: 'un-panel',
        title: 'The panel ends',
        summary: 'The mandate lapsed.',
        entities: ['shipping-co'],
        figures: [],
        confidence: 'high',
        sources: ['report'],
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

/**
 * The minimal data set, changed by `mutate` if given, validated in memory. A figure that `mutate`
 * adds without a Korean label (a chart fixture's own records) gets the stand-in, so tests of other
 * things need not spell one out; the rule itself is tested through rejection() (figure-ko.test.ts).
 */
export function buildDataset(mutate?: (records: Records) => void): Dataset {
  const records = validRecords();
  mutate?.(records);
  for (const f of records.figures) {
    const ko = (f.ko ?? {}) as Fields;
    if (!ko.label) f.ko = { ...ko, ...testKoLabel(String(f.id)) };
  }
  return validateDataset(records);
}
