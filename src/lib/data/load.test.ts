import { rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { validFixture, writeFixture } from './test-support/fixture';
import { rejection } from './test-support/reject';

const dirs: string[] = [];
function load(records = validFixture(), raw = {}) {
  const dir = writeFixture(records, raw);
  dirs.push(dir);
  return loadDataset(dir);
}
function problems(records = validFixture(), raw = {}): string {
  return rejection(records, raw);
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadDataset(dir)', () => {
  it('returns typed records for a valid data set, with defaults filled in', () => {
    const data = load();
    expect(data.places.map((p) => p.id)).toEqual(['rotterdam', 'dalian', 'osaka']);
    expect(data.figures[0].qualifier).toBe('exact');
    expect(data.facilitators[0].aliases).toEqual([]);
  });

  it('names the file, line and column of broken JSON', () => {
    const message = problems(validFixture(), { places: '[\n  { "id": "rotterdam", }\n]' });
    expect(message).toContain(
      'data/places.json: is not valid JSON at line 2, column 24: expected a field name in double quotes but found "}" (a trailing comma?).',
    );
  });

  it('names the file, record, field, expectation and meaning of a bad value', () => {
    const records = validFixture();
    records.places[1].lat = '38.9N';
    const message = problems(records);
    expect(message).toContain('data/places.json, record "dalian", field "lat": expected number, received string "38.9N".');
    expect(message).toContain('This field: Latitude in decimal degrees');
  });

  it('reports a missing required field as missing', () => {
    const records = validFixture();
    delete records.sources[0].publisher;
    expect(problems(records)).toContain('data/sources.json, record "report", field "publisher": is missing; expected string.');
  });

  it('suggests the nearest enum value for a misspelt one', () => {
    const records = validFixture();
    records.journeyLegs[0].evidence = 'documneted';
    const message = problems(records);
    expect(message).toContain('field "evidence": expected one of "documented", "inferred", "disputed", received "documneted".');
    expect(message).toContain('Did you mean "documented"?');
  });

  it('rejects an unknown field and suggests the field that was meant', () => {
    const records = validFixture();
    records.places[0].longitude = 4.48;
    expect(problems(records)).toMatch(/record "rotterdam": has unknown field "longitude"\.\n\s+Did you mean "lon"\?/);
  });

  it('rejects an impossible date', () => {
    const records = validFixture();
    (records.journeyLegs[0].depart as { date: string }).date = '2018-06-31';
    expect(problems(records)).toContain('field "depart.date": expected a real calendar date');
  });

  it('names a record without an id by its position', () => {
    const records = validFixture();
    delete records.resolutions[0].id;
    expect(problems(records)).toContain('data/resolutions.json, record number 1 (it has no id), field "id": is missing');
  });

  it('reports a missing file', () => {
    const dir = writeFixture(validFixture());
    dirs.push(dir);
    unlinkSync(join(dir, 'figures.json'));
    expect(() => loadDataset(dir)).toThrow('data/figures.json: is missing.');
  });

  it('reports a file that is not an array of records', () => {
    expect(problems(validFixture(), { resolutions: '{"id": "x"}' })).toContain('data/resolutions.json: expected a JSON array of records');
  });
});
