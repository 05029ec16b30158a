import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

const text = 'First sentence about ships. The DN5505 sailed from Busan. Nobody knows why. It went dark near Nakhodka.';

describe('excerpt(text, named)', () => {
  it('keeps the sentences that name the entity and marks what it left out', () => {
    expect(excerpt(text, ['DN5505'])).toBe('… The DN5505 sailed from Busan. …');
    expect(excerpt(text, ['Busan', 'Nakhodka'])).toBe('… The DN5505 sailed from Busan. … It went dark near Nakhodka.');
  });

  it('falls back to the opening sentence when the words shown are not found', () => {
    expect(excerpt(text, ['the ship'])).toBe('First sentence about ships. …');
  });

  it('keeps a whole short paragraph as it is', () => {
    expect(excerpt('Only one sentence names Dalian.', ['Dalian'])).toBe('Only one sentence names Dalian.');
  });

  it('shortens a very long quote at a word boundary', () => {
    const long = `Dalian ${'word '.repeat(200)}end.`;
    const out = excerpt(long, ['Dalian'], 100);
    expect(out.length).toBeLessThanOrEqual(102);
    expect(out.endsWith(' …')).toBe(true);
  });
});
