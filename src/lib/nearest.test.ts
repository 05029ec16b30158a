import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from './nearest';

describe('nearest(wanted, candidates)', () => {
  it('finds the id with the smallest edit distance', () => {
    expect(nearest('jsc-rzd-logistic', ['tk-vostok-a', 'jsc-rzd-logistics', 'dn5505'])).toBe('jsc-rzd-logistics');
  });
  it('prefers a candidate that contains what was typed', () => {
    expect(nearest('rzd', ['tk-vostok-a', 'jsc-rzd-logistics', 'air-koryo'])).toBe('jsc-rzd-logistics');
  });
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('osaka', 'osaak')).toBe(1);
  });
  it('says nothing when there are no candidates', () => {
    expect(didYouMean('x', [])).toBe('');
  });
});
