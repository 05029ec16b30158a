import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FILES, type DataKey } from './files';
import { loadDataset } from './load';
import { buildDataset, type Records, validRecords } from './test-support/builders';
import { rejection } from './test-support/reject';
import { validateDataset } from './validate';

const problems = rejection;

// loadDataset's own work is reading files; only those tests write a folder.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(records: Records, text: Partial<Record<DataKey, string | null>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lux-data-'));
  dirs.push(dir);
  for (const [key, spec] of Object.entries(DATA_FILES) as [DataKey, { file: string }][]) {
    const body = key in text ? text[key] : JSON.stringify(records[key]);
    if (body !== null && body !== undefined) writeFileSync(join(dir, spec.file), body);
  }
  return dir;
}
function loadProblems(text: Partial<Record<DataKey, string | null>>): string {
  try {
    loadDataset(folder(validRecords(), text));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the data folder to be rejected');
}

describe('loadDataset(dir)', () => {
  it('reads every file of a folder into the same data set as validating the records in memory', () => {
    expect(loadDataset(folder(validRecords()))).toEqual(buildDataset());
  });

  it('names the file, line and column of broken JSON', () => {
    const message = loadProblems({ places: '[\n  { "id": "rotterdam", }\n]' });
    expect(message).toContain(
      'data/places.json: is not valid JSON at line 2, column 24: expected a field name in double quotes but found "}" (a trailing comma?).',
    );
  });

  it('reports a missing file', () => {
    expect(loadProblems({ figures: null })).toContain('data/figures.json: is missing.');
  });
});

describe('validateDataset(records)', () => {
  it('returns typed records for a valid data set, with defaults filled in', () => {
    const records = validRecords();
    const data = validateDataset(records);
    // Places have no defaults: they come back exactly as written, in file order.
    expect(data.places).toEqual(records.places);
    expect(data.figures[0].qualifier).toBe('exact');
    expect(data.facilitators[0].aliases).toEqual([]);
  });

  it('names the file, record, field, expectation and meaning of a bad value', () => {
    const records = validRecords();
    records.places[1].lat = '38.9N';
    const message = problems(records);
    expect(message).toContain('data/places.json, record "dalian", field "lat": expected number, received string "38.9N".');
    expect(message).toContain('This field: Latitude in decimal degrees');
  });

  it('reports a missing required field as missing', () => {
    const records = validRecords();
    delete records.sources[0].publisher;
    expect(problems(records)).toContain('data/sources.json, record "report", field "publisher": is missing; expected string.');
  });

  it('suggests the nearest enum value for a misspelt one', () => {
    const records = validRecords();
    records.journeyLegs[0].evidence = 'documneted';
    const message = problems(records);
    expect(message).toContain('field "evidence": expected one of "documented", "inferred", "disputed", received "documneted".');
    expect(message).toContain('Did you mean "documented"?');
  });

  it('rejects an unknown field and suggests the field that was meant', () => {
    const records = validRecords();
    records.places[0].longitude = 4.48;
    expect(problems(records)).toMatch(/record "rotterdam": has unknown field "longitude"\.\n\s+Did you mean "lon"\?/);
  });

  it('suggests the field that was meant inside a field that may be null', () => {
    const records = validRecords();
    (records.journeyLegs[0].depart as Record<string, unknown>).dates = '2018-06-14';
    expect(problems(records)).toMatch(
      /record "leg-one", field "depart": has unknown field "dates"\.\n\s+Did you mean "date"\? This field: /,
    );
  });

  it('rejects an impossible date', () => {
    const records = validRecords();
    (records.journeyLegs[0].depart as { date: string }).date = '2018-06-31';
    expect(problems(records)).toContain('field "depart.date": expected a real calendar date');
  });

  it('names a record without an id by its position', () => {
    const records = validRecords();
    delete records.resolutions[0].id;
    expect(problems(records)).toContain('data/resolutions.json, record number 1 (it has no id), field "id": is missing');
  });

  it('reports a missing file', () => {
    const { figures: _figures, ...rest } = validRecords();
    expect(problems(rest)).toContain('data/figures.json: is missing.');
  });

  it('reports a file that is not an array of records', () => {
    expect(problems({ ...validRecords(), resolutions: { id: 'x' } })).toContain('data/resolutions.json: expected a JSON array of records');
  });
});
