import { describe, expect, it } from 'vitest';
import { SourceSchema } from './source';
import { validRecords } from '../data/test-support/builders';
import { rejection } from '../data/test-support/reject';
import { getDataset } from '../data';

const korean = {
  id: 'kr',
  publisher: 'Yonhap',
  title: '북한, 사치품 수입',
  titleSupplied: false,
  titleEnglish: 'North Korea imports luxury goods',
  url: 'https://example.org/kr',
  published: '2019-07-17',
  language: 'ko',
  kind: 'wire',
};

describe('SourceSchema', () => {
  it('accepts an original non-English title with its English translation', () => {
    expect(SourceSchema.safeParse(korean).success).toBe(true);
  });

  it('names file, record, field and fix when a non-English original title lacks titleEnglish', () => {
    const records = validRecords();
    const { titleEnglish: _dropped, ...withoutTranslation } = korean;
    records.sources.push(withoutTranslation);
    const message = rejection(records);
    expect(message).toContain('data/sources.json, record "kr", field "titleEnglish"');
    expect(message).toContain('add titleEnglish: our English translation of the ko title "북한, 사치품 수입"');
  });

  it('rejects titleEnglish on an English title and on a supplied description', () => {
    const records = validRecords();
    records.sources[0].titleEnglish = 'Lux & Loaded';
    records.sources[1].titleEnglish = 'Report on the vehicles';
    const message = rejection(records);
    expect(message).toContain('record "report", field "titleEnglish"');
    expect(message).toContain('remove titleEnglish: the title is already in English');
    expect(message).toContain('record "paper", field "titleEnglish"');
    expect(message).toContain('remove titleEnglish: a supplied title is already our English description');
  });
});

describe('SourceSchema, Korean lines (ko)', () => {
  it('asks for a Korean gloss of a non-Korean headline and a Korean description of a supplied title, naming the field', () => {
    const records = validRecords();
    delete records.sources[0].ko;
    delete records.sources[1].ko;
    const message = rejection(records);
    expect(message).toContain('data/sources.json, record "report", field "ko.gloss"');
    expect(message).toContain('add ko.gloss: our Korean translation of the en title "Lux & Loaded"');
    expect(message).toContain('data/sources.json, record "paper", field "ko.title"');
    expect(message).toContain('add ko.title: our Korean description of the source (the English one is "Report on the vehicles")');
  });

  it('refuses a gloss on a Korean headline and a Korean description on an original title', () => {
    const records = validRecords();
    records.sources.push({ ...korean, ko: { gloss: '북한 사치품', title: '설명' } });
    const message = rejection(records);
    expect(message).toContain('record "kr", field "ko.gloss"');
    expect(message).toContain('remove ko.gloss: the title is already in Korean');
    expect(message).toContain('remove ko.title: it is only for supplied descriptions');
  });

  it('holds in data/: every Korean source with an original title has a Korean headline, every other original a gloss', () => {
    const sources = getDataset().sources;
    const hangul = /[\uAC00-\uD7A3]/;
    for (const s of sources.filter((x) => x.language === 'ko' && !x.titleSupplied)) expect(s.title, s.id).toMatch(hangul);
    for (const s of sources.filter((x) => x.language !== 'ko' && !x.titleSupplied)) expect(s.ko?.gloss, s.id).toMatch(hangul);
    for (const s of sources.filter((x) => x.titleSupplied)) expect(s.ko?.title, s.id).toMatch(hangul);
    expect(sources.filter((x) => x.language === 'ko' && !x.titleSupplied)).toHaveLength(17);
  });
});
