import { describe, expect, it } from 'vitest';
import { SourceSchema } from './source';
import { validRecords } from '../data/test-support/builders';
import { rejection } from '../data/test-support/reject';

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
