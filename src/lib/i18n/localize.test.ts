import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/files';
import { langOf } from './dataset-lang';
import { localizeDataset, localizeValue } from './localize';

describe('localizeValue', () => {
  it('swaps in the Korean fields at every depth and leaves the rest', () => {
    const record = {
      id: 'china',
      name: 'China',
      ko: { name: '중국' },
      roles: [{ role: 'transit', detail: 'Goods passed through Dalian.', ko: { detail: '다롄을 거쳤다.' } }],
      sources: ['a'],
    };
    expect(localizeValue(record, 'ko')).toMatchObject({
      id: 'china',
      name: '중국',
      roles: [{ role: 'transit', detail: '다롄을 거쳤다.' }],
      sources: ['a'],
    });
    expect(localizeValue(record, 'en')).toMatchObject({ name: 'China', roles: [{ detail: 'Goods passed through Dalian.' }] });
  });
});

describe('localizeDataset', () => {
  it('returns English as is, and a marked Korean copy built once', () => {
    const data = { countries: [{ id: 'china', name: 'China', ko: { name: '중국' } }] } as unknown as Dataset;
    expect(localizeDataset(data, 'en')).toBe(data);
    const ko = localizeDataset(data, 'ko');
    expect(ko).not.toBe(data);
    expect(ko.countries[0].name).toBe('중국');
    expect(data.countries[0].name).toBe('China');
    expect(langOf(ko)).toBe('ko');
    expect(langOf(data)).toBe('en');
    expect(localizeDataset(data, 'ko')).toBe(ko);
  });
});
