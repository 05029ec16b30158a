import { describe, expect, it } from 'vitest';
import { getDataset } from '.';
import { chinaSeriesIssues } from './after-checks';
import { validRecords } from './test-support/builders';
import { rejection as problems } from './test-support/reject';
import { validateDataset } from './validate';

const SERIES = 'data/china-luxury-imports.json';

describe('chinaSeriesIssues(data)', () => {
  it('accepts a reported year beside an unknown one, and never fills the unknown one in', () => {
    const records = validRecords();
    const unknown = records.chinaLuxuryImports.find((r) => r.status === 'unknown')!;
    const data = validateDataset(records);
    expect(chinaSeriesIssues(data)).toEqual([]);
    expect(data.chinaLuxuryImports.find((r) => r.id === unknown.id)).toMatchObject({ value: null, status: 'unknown' });
  });

  it('rejects a second full-year row for the same series and year', () => {
    const records = validRecords();
    records.chinaLuxuryImports.push({ ...records.chinaLuxuryImports[0], id: 'imports-2017-again' });
    expect(problems(records)).toContain(
      `${SERIES}, record "imports-2017-again", field "year": seoul-list-lawmakers already has a full-year row for 2017 ("imports-2017").`,
    );
  });

  it('allows a partial year beside the full year, but only when it is flagged', () => {
    const records = validRecords();
    const half = { ...records.chinaLuxuryImports[0], id: 'imports-2017-h1', period: { start: '2017-01', end: '2017-06' } };
    records.chinaLuxuryImports.push(half);
    expect(problems(records)).toContain('field "partialYear": the period 2017-01–2017-06 is part of the year but partialYear is false.');
  });

  it('rejects a gap filled with a value, or a value left unknown', () => {
    const records = validRecords();
    records.chinaLuxuryImports[1].status = 'reported';
    records.chinaLuxuryImports[0].status = 'unknown';
    const message = problems(records);
    expect(message).toContain('record "imports-2019", field "status": the value is null but the status is "reported".');
    expect(message).toContain('record "imports-2017", field "status": the status is "unknown" but a value is given.');
  });

  it('rejects a period outside its year', () => {
    const records = validRecords();
    records.chinaLuxuryImports[0].period = { start: '2016', end: '2017' };
    expect(problems(records)).toContain('field "period": the period 2016–2017 lies outside the year 2017.');
  });

  it('requires a linked figure to print the same value for the same period', () => {
    const records = validRecords();
    (records.chinaLuxuryImports[0] as { figure?: string }).figure = 'vehicles-total';
    expect(problems(records)).toContain('field "figure": the figure "vehicles-total" holds 10 for ?–?, not 640000000 for 2017–2017.');
  });
});

describe('afterEventIssues(data)', () => {
  it('names an entity that does not exist, with the nearest one', () => {
    const records = validRecords();
    records.afterEvents[0].entities = ['shiping-co'];
    expect(problems(records)).toContain(
      'data/after-events.json, record "panel-ends", field "entities[0]": unknown id "shiping-co". Did you mean "shipping-co"?',
    );
  });
});

describe('data/china-luxury-imports.json', () => {
  const data = getDataset();
  const rows = data.chinaLuxuryImports;

  it('covers 2008–2024 in the lawmakers’ series, with the gaps left null', () => {
    const full = rows.filter((r) => r.series === 'seoul-list-lawmakers' && !r.partialYear);
    expect(full.map((r) => r.year)).toEqual([...Array(17).keys()].map((i) => 2008 + i));
    expect(full.filter((r) => r.value === null).map((r) => r.year)).toEqual([2019, 2024]);
  });

  it('keeps the Unification Ministry’s figures in their own series', () => {
    const ministry = rows.filter((r) => r.series === 'seoul-list-unification-ministry');
    expect(ministry.map((r) => [r.year, r.value])).toEqual([
      [2018, 137_880_000],
      [2020, 25_120_000],
    ]);
  });

  it('flags the half-years and January–July as partial', () => {
    const partial = rows.filter((r) => r.partialYear).map((r) => `${r.period.start}/${r.period.end}`);
    expect(partial).toEqual(['2019-01/2019-06', '2023-01/2023-07', '2024-01/2024-06']);
  });

  it('marks where the later compilation begins', () => {
    expect(rows.filter((r) => r.break).map((r) => r.id)).toEqual(['china-lux-lawmakers-2020']);
  });
});
