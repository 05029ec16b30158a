import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type DataKey } from '../data/files';
import { buildDataset } from '../data/test-support/builders';
import { csvColumns, fieldsOf } from './columns';
import { csvRows } from '../csv';
import { flattenRecord, recordsToCsv, unflattenRow } from './csv';

const data = buildDataset();

describe('fieldsOf(schema)', () => {
  it('lists fields in schema order with type, presence and the description the validator uses', () => {
    const fields = fieldsOf(DATA_FILES.places.schema);
    const lat = fields.find((f) => f.name === 'lat')!;
    expect(lat).toMatchObject({ type: 'number', presence: 'required', column: { kind: 'number' } });
    expect(lat.description).toMatch(/^Latitude in decimal degrees/);
    expect(fields.map((f) => f.name)).toEqual([
      'id',
      'name',
      'kind',
      'country',
      'lat',
      'lon',
      'coordinates',
      'coordinates.source',
      'coordinates.reference',
      'sources',
      'note',
      'ko',
      'ko.name',
      'ko.original',
      'ko.originalLang',
      'ko.note',
    ]);
    expect(fields.find((f) => f.name === 'kind')!.type).toBe('one of: port, airport, city');
    expect(fields.find((f) => f.name === 'country')!.type).toBe('id');
    expect(fields.find((f) => f.name === 'sources')!).toMatchObject({ type: 'list of ids', column: { kind: 'id-list' } });
    expect(fields.find((f) => f.name === 'note')!.presence).toBe('optional');
  });

  it("treats a union of enums and literals as one text choice (the vehicle flows' make group)", () => {
    const group = fieldsOf(DATA_FILES.vehicleFlows.schema).find((f) => f.name === 'group')!;
    expect(group).toMatchObject({ type: 'one of: russian, japanese, german, unattributed, unspecified', column: { kind: 'text' } });
    const mixed = fieldsOf(z.object({ value: z.union([z.number(), z.string()]) })).find((f) => f.name === 'value')!;
    expect(mixed).toMatchObject({ type: 'value', column: { kind: 'json' } });
  });

  it('names a list of fixed pairs by the types of their items, not by a zod class', () => {
    const points = fieldsOf(DATA_FILES.seaRoutes.schema).find((f) => f.name === 'points')!;
    expect(points).toMatchObject({ type: 'list of [number, number]', presence: 'required', column: { kind: 'json' } });
  });

  it('documents the fields inside a list of objects, which the CSV keeps as one JSON cell', () => {
    const fields = fieldsOf(DATA_FILES.facilitators.schema);
    expect(fields.find((f) => f.name === 'roles')).toMatchObject({ type: 'list of objects', column: { kind: 'json' } });
    const inner = fields.find((f) => f.name === 'roles[].role')!;
    expect(inner.column).toBeUndefined();
    expect(inner.description).toBe('A role in the routes, in our words.');
    expect(fields.find((f) => f.name === 'aliases')).toMatchObject({ presence: 'default', defaultValue: '[]', column: { kind: 'json' } });
  });

  it('says when a field may be null, and names dates and integers', () => {
    const fields = fieldsOf(DATA_FILES.journeyLegs.schema);
    expect(fields.find((f) => f.name === 'depart')).toMatchObject({ presence: 'nullable', type: 'object' });
    expect(fields.find((f) => f.name === 'depart.date')).toMatchObject({ type: 'date', column: { kind: 'text' } });
    expect(fields.find((f) => f.name === 'order')!.type).toBe('integer');
  });
});

describe('csvRows(rows)', () => {
  it('quotes only cells with a comma, quote or line break, doubling quotes, with CRLF line ends', () => {
    expect(
      csvRows([
        ['a', 'b, c'],
        ['say "hi"', 'line\nbreak'],
      ]),
    ).toBe('a,"b, c"\r\n"say ""hi""","line\nbreak"\r\n');
  });
});

describe('recordsToCsv(records, schema) and unflattenRow(cells, schema)', () => {
  it('writes nested objects as dotted columns, id lists joined with "; " and other lists as JSON', () => {
    const csv = recordsToCsv(data.places, DATA_FILES.places.schema);
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(
      'id,name,kind,country,lat,lon,coordinates.source,coordinates.reference,sources,note,ko.name,ko.original,ko.originalLang,ko.note',
    );
    expect(first).toBe('rotterdam,Rotterdam,port,netherlands,51.9,4.4833,ports-db,WPI 31140,report,,시험 rotterdam,,,');
    const columns = csvColumns(DATA_FILES.facilitators.schema);
    const row = flattenRecord(data.facilitators[0], columns);
    // A role tied to no journey leg carries the schema's default, an empty list of legs.
    expect(row[columns.findIndex((c) => c.name === 'roles')]).toBe(
      '[{"role":"Carrier","legs":[],"sources":["report"],"ko":{"role":"운송사"}}]',
    );
  });

  it('leaves null and absent values empty, and a null object’s columns all empty', () => {
    const columns = csvColumns(DATA_FILES.journeyLegs.schema);
    const row = flattenRecord(data.journeyLegs[1], columns);
    for (const name of ['arrive.date', 'arrive.basis', 'arrive.sources', 'carrier', 'note']) {
      expect(row[columns.findIndex((c) => c.name === name)], name).toBe('');
    }
  });

  it('loses nothing: every fixture record comes back from its row exactly', () => {
    for (const key of Object.keys(DATA_FILES) as DataKey[]) {
      const schema = DATA_FILES[key].schema as z.ZodTypeAny;
      const columns = csvColumns(schema);
      for (const record of data[key] as Record<string, unknown>[]) {
        const back = unflattenRow(flattenRecord(record, columns), schema);
        expect(back, `${key} ${String(record.id)}`).toEqual(record);
        expect(schema.safeParse(back).success).toBe(true);
      }
    }
  });

  it('round-trips text with commas, quotes and line breaks, and a false boolean', () => {
    const schema = z
      .object({ id: z.string(), text: z.string().optional(), flag: z.boolean(), list: z.array(z.string()).default([]) })
      .strict();
    const record = { id: 'x', text: 'a, "b"\nc', flag: false, list: ['one; two'] };
    const columns = csvColumns(schema);
    const [, line] = csvRows([columns.map((c) => c.name), flattenRecord(record, columns)]).split('\r\n');
    expect(line).toBe('x,"a, ""b""\nc",false,"[""one; two""]"');
    expect(unflattenRow(flattenRecord(record, columns), schema)).toEqual(record);
  });
});
