import { describe, expect, it } from 'vitest';
import { placeholderMismatches, type MessageTable } from '../messages';
import { entityMessages, te } from './entities';
import { entitySectionMessages, ts } from './entity-sections';

const hangul = /[\uAC00-\uD7A3]/;
// Keys whose Korean is a sign or a pattern of placeholders, not words.
const NOT_WORDS = new Set(['coordinates', 'route.to', 'listings.entry']);

describe.each([
  ['ui/entities.ts', entityMessages as MessageTable<string>, 50],
  ['ui/entity-sections.ts', entitySectionMessages as MessageTable<string>, 40],
])('entity messages (%s)', (_file, table, atLeast) => {
  it('asks for the same placeholders in every language', () => {
    expect(placeholderMismatches(table)).toEqual([]);
  });

  it('has Korean words for every key, not English left in place', () => {
    const keys = Object.keys(table.en);
    expect(keys.length).toBeGreaterThan(atLeast);
    expect(Object.keys(table.ko).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      if (NOT_WORDS.has(key)) continue;
      expect(table.ko[key], key).toMatch(hangul);
      expect(table.ko[key], key).not.toBe(table.en[key]);
    }
  });
});

describe('te and ts', () => {
  it('fill placeholders and refuse a missing one', () => {
    expect(te('ko', 'flagOf', { country: '토고' })).toBe('토고 선적');
    expect(ts('en', 'route.leg', { order: 2, total: 7 })).toBe('Leg 2 of 7:');
    expect(ts('ko', 'route.leg', { order: 2, total: 7 })).toBe('전체 7개 구간 중 2구간:');
    expect(() => ts('ko', 'route.leg', { order: 2 })).toThrow(/\{total\}/);
  });
});
