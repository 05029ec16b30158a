import { describe, expect, it } from 'vitest';
import { placeholderMismatches } from '../messages';
import { entityMessages, te } from './entities';

const hangul = /[\uAC00-\uD7A3]/;
// Keys whose Korean is a sign or a pattern of placeholders, not words.
const NOT_WORDS = new Set(['coordinates', 'route.to', 'listings.entry']);

describe('entity page messages (src/lib/i18n/ui/entities.ts)', () => {
  it('asks for the same placeholders in every language', () => {
    expect(placeholderMismatches(entityMessages)).toEqual([]);
  });

  it('has Korean words for every key, not English left in place', () => {
    const keys = Object.keys(entityMessages.en) as (keyof typeof entityMessages.en)[];
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      if (NOT_WORDS.has(key)) continue;
      expect(entityMessages.ko[key], key).toMatch(hangul);
      expect(entityMessages.ko[key], key).not.toBe(entityMessages.en[key]);
    }
  });

  it('fills placeholders and refuses a missing one', () => {
    expect(te('ko', 'flagOf', { country: '토고' })).toBe('토고 선적');
    expect(te('en', 'route.leg', { order: 2, total: 7 })).toBe('Leg 2 of 7:');
    expect(() => te('ko', 'route.leg', { order: 2 })).toThrow(/\{total\}/);
  });
});
