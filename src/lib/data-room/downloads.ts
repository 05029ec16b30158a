/**
 * The downloads of the data room, built from the registry of data files so that a file added to
 * src/lib/data/files.ts appears here with no other change: each file as JSON and CSV, with its
 * row count, size and SHA-256 checksum, its dictionary, and its catalogue entry (date, licence).
 */
import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { DATA_FILES, type DataKey, type Dataset } from '../data/files';
import { type Field, fieldsOf } from './columns';
import { recordsToCsv } from './csv';

export interface Download {
  /** File name in the room: "places.json", "places.csv". */
  name: string;
  format: 'JSON' | 'CSV';
  text: string;
  bytes: number;
  sha256: string;
}

export interface RoomDataset {
  key: DataKey;
  /** The data file's name without ".json": "places". */
  slug: string;
  file: string;
  title: string;
  rows: number;
  json: Download;
  csv: Download;
  dictionary: Field[];
  catalogue: Dataset['catalogue'][number];
}

function download(name: string, format: Download['format'], text: string): Download {
  const buffer = Buffer.from(text, 'utf8');
  return { name, format, text, bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
}

/** The JSON download of a file: its validated records, every field present, two-space indented. */
export function jsonText(records: unknown[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** Every registered data file, ready for the room, in registry order. */
export function roomDatasets(data: Dataset): RoomDataset[] {
  return (Object.keys(DATA_FILES) as DataKey[]).map((key) => {
    const spec = DATA_FILES[key] as { file: string; title: string; schema: z.ZodTypeAny };
    const slug = spec.file.replace(/\.json$/, '');
    const records = data[key] as unknown[];
    const catalogue = data.catalogue.find((c) => c.file === spec.file);
    // The cross-checks guarantee an entry; this guards the room against a check that was skipped.
    if (!catalogue) throw new Error(`data/catalogue.json has no entry for data/${spec.file}.`);
    return {
      key,
      slug,
      file: spec.file,
      title: spec.title,
      rows: records.length,
      json: download(`${slug}.json`, 'JSON', jsonText(records)),
      csv: download(`${slug}.csv`, 'CSV', recordsToCsv(records, spec.schema)),
      dictionary: fieldsOf(spec.schema),
      catalogue,
    };
  });
}

/** The checksums of every download, one "<sha256>  <name>" line each, as sha256sum writes them. */
export function checksums(datasets: RoomDataset[]): string {
  return datasets
    .flatMap((d) => [d.json, d.csv])
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
}
