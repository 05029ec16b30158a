// The chart data in data/ that readers see in words has Korean for every reader-facing field, so a
// Korean page never falls back to English text from these files (entity names are data/ too, in
// their own files). A field added in English without its Korean fails here, naming the record.
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';

const data = getDataset();
const ko = getDataset('ko');

const FIELDS: Record<string, string[]> = {
  afterEvents: ['title', 'summary', 'note'],
  journeyEvents: ['title', 'description', 'note', 'placeName'],
  resolutions: ['summary', 'note'],
  nationalLists: ['jurisdiction', 'note'],
  chinaLuxuryImports: ['break', 'note'],
};

type Rec = Record<string, unknown> & { id: string; ko?: Record<string, unknown> };

describe.each(Object.entries(FIELDS))('data/%s in Korean', (key, fields) => {
  const records = (data as unknown as Record<string, Rec[]>)[key];
  const localized = (ko as unknown as Record<string, Rec[]>)[key];

  it('has a Korean version of every reader-facing field it fills', () => {
    const missing = records.flatMap((r) =>
      fields.filter((f) => typeof r[f] === 'string' && typeof r.ko?.[f] !== 'string').map((f) => `${r.id}.${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('prints the Korean on Korean pages (getDataset("ko")) and the English on English ones', () => {
    for (const [i, r] of records.entries())
      for (const f of fields.filter((x) => typeof r[x] === 'string')) {
        expect(localized[i][f]).toBe(r.ko![f]);
        expect(localized[i][f]).toMatch(/[\uAC00-\uD7A3]/);
        expect(r[f]).not.toMatch(/[\uAC00-\uD7A3]/);
      }
  });
});

describe('nested lists in Korean', () => {
  it('gives every resolution item, list example and threshold item its Korean', () => {
    const items = data.resolutions.flatMap((r) => r.items.map((i, k) => ({ id: `${r.id}.items[${k}]`, ko: i.ko?.item })));
    const thresholds = data.nationalLists.flatMap((l) => l.thresholds.map((t, k) => ({ id: `${l.id}.thresholds[${k}]`, ko: t.ko?.item })));
    expect([...items, ...thresholds].filter((x) => !x.ko).map((x) => x.id)).toEqual([]);
    const short = data.nationalLists.filter((l) => l.examples.length && l.ko?.examples?.length !== l.examples.length).map((l) => l.id);
    expect(short).toEqual([]);
  });
});
