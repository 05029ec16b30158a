import { describe, expect, it } from 'vitest';
import { codePointsOf, decodeEntities, parseUnicodeRange, unicodeRange } from './glyphs.mjs';

describe('glyph sets', () => {
  it('decodeEntities(html) decodes numeric and named entities and leaves unknown ones', () => {
    expect(decodeEntities('&#8722;&#x20A9;&amp;&nbsp;&bogus;')).toBe('−₩&\u00a0&bogus;');
  });

  it('codePointsOf(text) counts each character once, entities included', () => {
    expect([...codePointsOf('aa&#8594;')].sort((a, b) => a - b)).toEqual([0x61, 0x2192]);
  });

  it('unicodeRange(points) writes runs as ranges and round-trips through parseUnicodeRange', () => {
    const points = new Set([0x41, 0x42, 0x43, 0x2014, 0x20ac]);
    expect(unicodeRange(points)).toBe('U+41-43,U+2014,U+20AC');
    expect(parseUnicodeRange(unicodeRange(points))).toEqual(points);
  });
});
