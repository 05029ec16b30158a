import { describe, expect, it } from 'vitest';
import { curlyQuotes } from './typography';

describe('curlyQuotes(text)', () => {
  it('curls apostrophes and both kinds of quotation marks', () => {
    expect(curlyQuotes(`C4ADS's "S600 Sedan Long Guard" and the 'Nebula'`)).toBe('C4ADS’s “S600 Sedan Long Guard” and the ‘Nebula’');
    expect(curlyQuotes('"at least" ("more than")')).toBe('“at least” (“more than”)');
  });
});
