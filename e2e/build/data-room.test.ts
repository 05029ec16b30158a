// Build tests over dist/: the data room. Every registered data file is downloadable as JSON and
// CSV; each download parses and holds exactly the data; the room states each file's rows, size
// and SHA-256, and SHA256SUMS agrees with the files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import { DATA_FILES, type DataKey } from '../../src/lib/data/files';
import { unflattenRow } from '../../src/lib/data-room/csv';
import { formatNumber } from '../../src/lib/format';
import { parseCsv } from '../support/csv';
import { builtHtml, DIST } from '../support/dist';

const data = getDataset();
const room = parseHTML(builtHtml('/data/')).document;
const keys = Object.keys(DATA_FILES) as DataKey[];
const slug = (key: DataKey) => DATA_FILES[key].file.replace(/\.json$/, '');
const read = (name: string) => readFileSync(join(DIST, 'data', name));

describe('the data room', () => {
  it('offers every registered data file as JSON that parses and equals the validated data', () => {
    for (const key of keys) {
      const parsed = JSON.parse(read(`${slug(key)}.json`).toString('utf8'));
      expect(parsed, key).toEqual(JSON.parse(JSON.stringify(data[key])));
    }
  });

  it('offers every registered data file as CSV with one row per record, which reads back into exactly the data', () => {
    for (const key of keys) {
      const rows = parseCsv(read(`${slug(key)}.csv`).toString('utf8'));
      const [header, ...body] = rows;
      const records = data[key] as { id: string }[];
      expect(body.length, key).toBe(records.length);
      expect(new Set(header).size, `${key}: duplicate column`).toBe(header.length);
      const schema = DATA_FILES[key].schema as z.ZodTypeAny;
      body.forEach((cells, i) => {
        expect(cells.length, `${key} row ${i + 1}`).toBe(header.length);
        const back = unflattenRow(cells, schema);
        expect(back, `${key} ${records[i].id}`).toEqual(JSON.parse(JSON.stringify(records[i])));
        expect(schema.safeParse(back).success, `${key} ${records[i].id}`).toBe(true);
      });
    }
  });

  it('states each file’s rows, as-of date, licence, size and checksum, matching the files served', () => {
    for (const key of keys) {
      const section = room.getElementById(`dataset-${slug(key)}`);
      expect(section, key).not.toBeNull();
      const text = section!.textContent!;
      const facts = Object.fromEntries(
        [...section!.querySelectorAll('.data-room__facts div')].map((d) => [
          d.querySelector('dt')!.textContent,
          d.querySelector('dd')!.textContent!.trim(),
        ]),
      );
      expect(facts.Rows, key).toBe(formatNumber((data[key] as unknown[]).length));
      const entry = data.catalogue.find((c) => c.file === DATA_FILES[key].file)!;
      expect(section!.querySelector(`time[datetime="${entry.asOf}"]`), key).not.toBeNull();
      expect(section!.querySelector(`a[href="${entry.licenceUrl}"]`)!.textContent!.trim()).toBe(entry.licence);
      for (const ext of ['json', 'csv']) {
        const bytes = read(`${slug(key)}.${ext}`);
        const link = section!.querySelector(`a[href="/data/${slug(key)}.${ext}"]`);
        expect(link, `${key}.${ext}`).not.toBeNull();
        const sha = createHash('sha256').update(bytes).digest('hex');
        expect(link!.getAttribute('data-sha256'), `${key}.${ext}`).toBe(sha);
        expect(Number(link!.getAttribute('data-bytes')), `${key}.${ext}`).toBe(bytes.length);
        expect(text, `${key}.${ext}`).toContain(sha);
      }
      expect(section!.querySelectorAll('details table tbody tr').length, key).toBeGreaterThan(2);
    }
  });

  it('publishes SHA256SUMS that agrees with every download', () => {
    const lines = read('SHA256SUMS').toString('utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(keys.length * 2);
    for (const line of lines) {
      const [sha, name] = line.split(/\s{2}/);
      expect(createHash('sha256').update(read(name)).digest('hex'), name).toBe(sha);
    }
  });

  it('credits every reference dataset with its origin and licence', () => {
    for (const source of data.sources.filter((s) => s.kind === 'dataset')) {
      const item = room.getElementById(`ref-${source.id}`);
      expect(item, source.id).not.toBeNull();
      expect(item!.querySelector(`a[href="${source.url}"]`), source.id).not.toBeNull();
      expect(item!.textContent).toContain(`Licence: ${source.licence}`);
    }
  });

  it('keeps a section for the charts’ own extracts', () => {
    expect(room.querySelector('#chart-extracts')).not.toBeNull();
    expect(room.querySelector('[data-chart-extracts]')).not.toBeNull();
  });
});
