/**
 * A small, valid data set with every record the charts read. Its values differ on purpose from
 * the real data in data/, so a test can tell a number computed from the data from one typed by hand.
 */
import type { Dataset } from '../../lib/data';
import { fixtureDataset } from '../../lib/data/test-support/dataset';

const figure = (id: string, value: number | null, unit: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: `Test figure ${id}`,
  value,
  unit,
  status: value === null ? 'unknown' : 'reported',
  confidence: 'medium',
  sources: ['report'],
  period: { start: '2015', end: '2017' },
  ...extra,
});

/** The shared test fixture, extended with what the charts need. */
export function chartDataset(): Dataset {
  return fixtureDataset((records) => {
    records.figures.push(
      figure('value-estimate-c4ads', 4_000_000_000, 'usd', { qualifier: 'about' }),
      figure('value-reported-to-un', 250_000_000, 'usd', {
        qualifier: 'about',
        status: 'disputed',
        alternatives: [
          {
            value: 250_000_000,
            display: 'at least $250m',
            relation: 'different-reading',
            meaning: 'What the report itself found',
            sources: ['paper'],
          },
        ],
      }),
      figure('value-multiple', 16, 'times', { qualifier: 'about' }),
      figure('source-countries', 40, 'count', { noun: 'countries', qualifier: 'as many as' }),
      figure('countries-reported-to-un', 12, 'count', { noun: 'countries' }),
      figure('other-countries-share', 7, 'percent', { status: 'derived', derivedFrom: ['china-share'], method: '100 minus 93' }),
      figure('vehicle-shipments', 4, 'count', { noun: 'shipments' }),
      figure('perfume-test', 300_000, 'usd', { qualifier: 'about', period: { start: '2016', end: '2016' } }),
      figure('vodka-test', 20_000, 'usd', { period: { start: '2018-11', end: '2018-11' } }),
    );
    records.countries.push(
      {
        id: 'russia',
        name: 'Russia',
        iso3: 'RUS',
        isoNumeric: '643',
        roles: [{ role: 'vehicle-origin', detail: 'Maker of the UAZ.', sources: ['paper'], ko: { detail: 'UAZ 제조국.' } }],
        values: [{ figure: 'vodka-test', basis: 'seizure', what: 'vodka seized', ko: { what: '압수된 보드카' } }],
        ko: { name: '러시아' },
      },
      {
        id: 'japan',
        name: 'Japan',
        iso3: 'JPN',
        isoNumeric: '392',
        roles: [{ role: 'vehicle-origin', detail: 'Maker of the Lexus.', sources: ['paper'], ko: { detail: '렉서스 제조국.' } }],
        values: [{ figure: 'perfume-test', basis: 'un-panel', what: 'perfume', ko: { what: '향수' } }],
        ko: { name: '일본' },
      },
    );
    const makes = records.vehicleMakes as { id: string; makerCountry: string | null }[];
    for (const [id, country] of [
      ['uaz', 'russia'],
      ['lexus', 'japan'],
    ])
      makes.find((m) => m.id === id)!.makerCountry = country;
    records.countries.push({
      id: 'togo',
      name: 'Togo',
      iso3: 'TGO',
      isoNumeric: '768',
      roles: [{ role: 'flag-state', detail: 'Flag of the ship.', sources: ['paper'], ko: { detail: '선박의 선적국.' } }],
      ko: { name: '토고' },
    });
    const shippingCo = records.facilitators[0] as { counts: Record<string, unknown>[] };
    shippingCo.counts.push({
      id: 'shipping-co-shipment-share',
      label: 'share of shipments',
      value: 75,
      unit: 'percent',
      of: 'vehicle-shipments',
      status: 'reported',
      confidence: 'low',
      sources: ['paper'],
      note: 'A single source.',
      ko: { label: '화물 비율', note: '출처가 하나뿐이다.' },
    });
    records.facilitators.push(
      {
        id: 'rail-co',
        name: 'Rail Co',
        kind: 'company',
        country: 'netherlands',
        summary: 'Moved some cars.',
        roles: [{ role: 'Moved cars by rail', sources: ['paper'], ko: { role: '철도로 차량 운송' } }],
        counts: [
          {
            id: 'rail-co-vehicles',
            label: 'vehicles moved',
            value: 3,
            unit: 'count',
            noun: 'vehicles',
            of: 'vehicles-total',
            status: 'reported',
            confidence: 'low',
            sources: ['paper'],
            ko: { label: '운송한 차량' },
          },
        ],
        sources: ['paper'],
        ko: { name: '철도 회사', summary: '차량 일부를 옮겼다.' },
      },
      {
        id: 'a-vessel',
        name: 'A Vessel',
        kind: 'vessel',
        country: 'togo',
        summary: 'Carried the cars.',
        roles: [{ role: 'Carried the containers from Osaka', sources: ['report'], ko: { role: '오사카에서 컨테이너 운송' } }],
        sources: ['report'],
        ko: { name: '시험 선박', summary: '차량을 실어 날랐다.' },
      },
    );
    const legs = records.journeyLegs as Record<string, unknown>[];
    legs[0].alternatives = [{ field: 'depart', date: '2018-06-20', sources: ['paper'], note: 'Another date.' }];
    legs.push({
      id: 'leg-three',
      order: 3,
      from: 'osaka',
      to: 'rotterdam',
      mode: 'unknown',
      depart: null,
      arrive: null,
      carrier: null,
      evidence: 'inferred',
      evidenceNote: 'No source describes it.',
      sources: ['report'],
    });
    records.journeyEvents.push({
      id: 'dalian-wait',
      date: '2018-07-31',
      endDate: '2018-08-26',
      place: 'dalian',
      title: 'Held at Dalian',
      description: 'The cars wait in port.',
      evidence: 'documented',
      sources: ['report'],
    });
    records.resolutions.push(
      {
        id: 'unscr-2094',
        number: 2094,
        adopted: '2013-03-07',
        summary: 'Listed items.',
        items: [{ item: 'Yachts', sources: ['report'] }],
        completeness: 'partial',
        sources: ['report'],
      },
      {
        id: 'unscr-2321',
        number: 2321,
        adopted: '2016',
        summary: 'Set thresholds.',
        items: [{ item: 'Rugs', thresholdUsd: 500, sources: ['report'] }],
        completeness: 'partial',
        sources: ['paper'],
      },
      { id: 'unscr-2356', number: 2356, adopted: '2017', summary: 'Reaffirmed.', completeness: 'unknown', sources: ['paper'] },
    );
    // Beside the shared fixture's 2017 and (null) 2019 rows: a lawmakers' series with a part year
    // and a break, and a ministry series with two years and none between them.
    const imports = (id: string, series: string, period: [string, string], value: number | null, extra: Record<string, unknown> = {}) => ({
      id,
      series,
      year: Number(period[0].slice(0, 4)),
      period: { start: period[0], end: period[1] },
      partialYear: period[0].length > 4,
      value,
      unit: 'usd',
      qualifier: 'exact',
      status: value === null ? 'unknown' : 'reported',
      confidence: 'medium',
      alternatives: [],
      sources: ['paper'],
      ...extra,
    });
    records.chinaLuxuryImports.push(
      imports('imports-2015', 'seoul-list-lawmakers', ['2015', '2015'], 500_000_000, { qualifier: 'about' }),
      imports('imports-2016', 'seoul-list-lawmakers', ['2016', '2016'], 700_000_000),
      imports('imports-2018', 'seoul-list-lawmakers', ['2018', '2018'], 100_000_000),
      imports('imports-2019-h1', 'seoul-list-lawmakers', ['2019-01', '2019-06'], 50_000_000),
      imports('imports-2020', 'seoul-list-lawmakers', ['2020', '2020'], 20_000_000, { break: 'A new compilation.' }),
      imports('imports-2021', 'seoul-list-lawmakers', ['2021', '2021'], 5_000_000),
      imports('imports-2022', 'seoul-list-lawmakers', ['2022', '2022'], 30_000_000),
      imports('ministry-2018', 'seoul-list-unification-ministry', ['2018', '2018'], 110_000_000),
      imports('ministry-2020', 'seoul-list-unification-ministry', ['2020', '2020'], 24_000_000),
    );
  });
}
