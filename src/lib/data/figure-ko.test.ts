// The Korean side of a figure record: its ko object is checked like every other field, and a wrong
// entry fails naming data/figures.json, the record and the field.
import { describe, expect, it } from 'vitest';
import { buildDataset, validRecords } from './test-support/builders';
import { rejection } from './test-support/reject';
import { validateDataset } from './validate';

describe('a figure’s ko object', () => {
  it('takes a noun whose Korean counter the site knows, and refuses one it does not', () => {
    const records = validRecords();
    records.figures[0].ko = { ...(records.figures[0].ko as object), label: '추적된 차량', noun: 'countries' };
    expect(validateDataset(records).figures[0].ko!.noun).toBe('countries');
    (records.figures[0].ko as Record<string, unknown>).noun = 'llamas';
    const message = rejection(records);
    expect(message).toContain('data/figures.json, record "vehicles-total", field "ko.noun"');
    expect(message).toContain('KOREAN_COUNTERS (src/lib/i18n/format-ko.ts)');
  });
});

describe('a figure’s Korean label', () => {
  it('is required: a record without it fails naming the file, the record and ko.label', () => {
    const records = validRecords();
    delete records.figures[1].ko;
    expect(rejection(records)).toContain(
      'data/figures.json, record "vehicles-japanese-makes", field "ko.label": is missing; expected string.',
    );
    const again = validRecords();
    again.figures[2].ko = { note: '중국의 비중.' };
    expect(rejection(again)).toContain('data/figures.json, record "china-share", field "ko.label": is missing; expected string.');
  });

  it('must be Korean', () => {
    const records = validRecords();
    records.figures[0].ko = { label: 'Vehicles tracked' };
    expect(rejection(records)).toContain(
      'data/figures.json, record "vehicles-total", field "ko.label": expected Korean text containing Hangul',
    );
  });
});

describe('the test fixtures', () => {
  it('give every figure they build a Korean label, also one a test adds without it', () => {
    const data = buildDataset((records) => {
      records.figures.push({
        id: 'added',
        label: 'Added',
        value: 1,
        unit: 'count',
        status: 'reported',
        confidence: 'low',
        sources: ['report'],
      });
    });
    expect(data.figures.filter((f) => !/[가-힣]/.test(f.ko.label)).map((f) => f.id)).toEqual([]);
    expect(data.figures.map((f) => f.ko.label)).toEqual(['추적된 차량', '일본 브랜드 차량', '중국의 비중', '시험용 수치 added']);
  });
});
