// The Korean side of a figure record: its ko object is checked like every other field, and a wrong
// entry fails naming data/figures.json, the record and the field.
import { describe, expect, it } from 'vitest';
import { validRecords } from './test-support/builders';
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
