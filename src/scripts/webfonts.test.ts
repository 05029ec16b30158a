import { describe, expect, it } from 'vitest';
import { rangeHolds } from './webfonts';

describe('rangeHolds', () => {
  it('finds a character in a single code point, a span, or anywhere when there is no range', () => {
    expect(rangeHolds('U+A3', [0xa3])).toBe(true);
    expect(rangeHolds('U+20-7E,U+A3', [0x41])).toBe(true);
    expect(rangeHolds('U+410, U+412-414', [0x413])).toBe(true);
    expect(rangeHolds('', [0x41])).toBe(true);
  });
  it('says no when none of the characters falls in the range', () => {
    expect(rangeHolds('U+410,U+412-414', [0x20, 0x41, 0x411, 0x415])).toBe(false);
    expect(rangeHolds('U+20-7E', [])).toBe(false);
  });
});
