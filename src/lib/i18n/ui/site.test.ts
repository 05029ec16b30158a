import { describe, expect, it } from 'vitest';
import { placeholderMismatches } from '../messages';
import { dataRoomMessages } from './data-room';
import { siteMessages, t } from './site';

describe('site messages', () => {
  it('ask for the same placeholders in every language', () => {
    expect(placeholderMismatches(siteMessages)).toEqual([]);
  });

  it('have Korean words (Hangul) for every key whose English has letters', () => {
    const notKorean = Object.entries(siteMessages.ko)
      .filter(([key, value]) => /[A-Za-z]{2}/.test(siteMessages.en[key as keyof typeof siteMessages.en]) && !/[\uac00-\ud7a3]/.test(value))
      .map(([key]) => key);
    // The switch and party.meta are only placeholders and punctuation in both languages.
    expect(notKorean.filter((k) => !['party.meta', 'byline.and', 'data.ofTitle'].includes(k))).toEqual([]);
  });

  it('fill placeholders per language', () => {
    expect(t('en', 'chapter.kicker', { n: 6, total: 8 })).toBe('Chapter 6 of 8');
    expect(t('ko', 'chapter.kicker', { n: 6, total: 8 })).toBe('8개 장 중 제6장');
  });
});

describe('data room messages', () => {
  it('ask for the same placeholders in every language', () => {
    expect(placeholderMismatches(dataRoomMessages)).toEqual([]);
  });
});
