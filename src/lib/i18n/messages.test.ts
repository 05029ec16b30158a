import { describe, expect, it } from 'vitest';
import { defineMessages, format, placeholderMismatches, translator } from './messages';

const table = defineMessages({
  en: { chapterOf: 'Chapter {n} of {total}', search: 'Search' },
  ko: { chapterOf: '{total}장 중 {n}장', search: '검색' },
});

describe('messages', () => {
  it('fills placeholders per language', () => {
    const t = translator(table);
    expect(t('en', 'chapterOf', { n: 2, total: 8 })).toBe('Chapter 2 of 8');
    expect(t('ko', 'chapterOf', { n: 2, total: 8 })).toBe('8장 중 2장');
    expect(t('ko', 'search')).toBe('검색');
  });

  it('refuses to print a placeholder it has no value for', () => {
    expect(() => format('Chapter {n}', {})).toThrow(/needs a value for \{n\}/);
  });

  it('finds a language that asks for different placeholders', () => {
    const bad = defineMessages({ en: { a: '{x} and {y}' }, ko: { a: '{x}' } });
    expect(placeholderMismatches(bad)).toEqual(['ko.a']);
    expect(placeholderMismatches(table)).toEqual([]);
  });
});
