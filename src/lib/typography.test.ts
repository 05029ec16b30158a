import { describe, expect, it } from 'vitest';
import { typeset } from './typography';

describe('typeset(text)', () => {
  it('curls apostrophes and both kinds of quotation marks', () => {
    expect(typeset(`C4ADS's "S600 Sedan Long Guard" and the 'Nebula'`)).toBe('C4ADS’s “S600 Sedan Long Guard” and the ‘Nebula’');
    expect(typeset('"at least" ("more than")')).toBe('“at least” (“more than”)');
  });

  it('puts an en dash in spans of years but leaves full dates alone', () => {
    expect(typeset('most say 2015-2017; one says 2015-18')).toBe('most say 2015–2017; one says 2015–18');
    expect(typeset('on 2018-06-14')).toBe('on 2018-06-14');
  });
});
