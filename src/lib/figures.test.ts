import { describe, expect, it } from 'vitest';
import { periodAfterLabel } from './figures';

describe('periodAfterLabel(figure, label, lang)', () => {
  const year = { period: { start: '2021', end: '2021' } };
  const half = { period: { start: '2024-01', end: '2024-06' } };

  it('gives the period when the label does not say it', () => {
    expect(periodAfterLabel(year, 'Luxury imports from China', 'en')).toBe('2021');
    expect(periodAfterLabel(year, '대중국 사치품 수입액', 'ko')).toBe('2021년');
  });

  it('leaves it out when the label already gives it, however the dash is written', () => {
    expect(periodAfterLabel(year, 'Luxury imports from China in 2021', 'en')).toBe('');
    expect(periodAfterLabel(year, '2021년 북한의 대중국 사치품 수입액', 'ko')).toBe('');
    expect(periodAfterLabel(half, 'Watches, January-June 2024: imports', 'en')).toBe('');
    expect(periodAfterLabel(half, '시계, 2024년 1~6월: 수입액', 'ko')).toBe('');
  });

  it('keeps a fuller date than the label gives, and is empty without a period', () => {
    expect(periodAfterLabel({ period: { start: '2019-11-22', end: '2019-11-22' } }, 'A sentence, November 2019', 'en')).toBe(
      '22 November 2019',
    );
    expect(periodAfterLabel({}, 'Cars', 'en')).toBe('');
  });
});
