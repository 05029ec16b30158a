import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatMoney, formatPeriod, formatValue } from './format';

describe('formatMoney(value, unit)', () => {
  it('shortens billions and millions to three significant digits', () => {
    expect(formatMoney(5_169_000_000, 'usd')).toBe('$5.17bn');
    expect(formatMoney(191_000_000, 'usd')).toBe('$191m');
    expect(formatMoney(22_830_000, 'usd')).toBe('$22.8m');
  });
  it('prints smaller amounts in full with separators', () => {
    expect(formatMoney(500_000, 'usd')).toBe('$500,000');
    expect(formatMoney(900_000, 'eur')).toBe('€900,000');
    expect(formatMoney(250, 'gbp')).toBe('£250');
  });
});

describe('formatValue(value, unit, options)', () => {
  it('prints counts with their noun, singular for one', () => {
    expect(formatValue(803, 'count', { noun: 'vehicles' })).toBe('803 vehicles');
    expect(formatValue(1, 'count', { noun: 'vehicles' })).toBe('1 vehicle');
  });
  it('prints percentages, tonnes, days and multiples', () => {
    expect(formatValue(93, 'percent')).toBe('93%');
    expect(formatValue(2588, 'tonnes')).toBe('2,588 tonnes');
    expect(formatValue(18, 'days')).toBe('18 days');
    expect(formatValue(27, 'times')).toBe('27 times');
  });
  it('puts the source’s qualifier in front', () => {
    expect(formatValue(90, 'count', { noun: 'countries', qualifier: 'as many as' })).toBe('as many as 90 countries');
    expect(formatValue(500_000, 'usd', { qualifier: 'over' })).toBe('over $500,000');
  });
  it('prints a missing value as unknown, never as zero', () => {
    expect(formatValue(null, 'count', { noun: 'vehicles' })).toBe('unknown');
  });
});

describe('formatDate(date) and formatDateRange(start, end)', () => {
  it('prints partial dates in words', () => {
    expect(formatDate('2018-06-14')).toBe('14 June 2018');
    expect(formatDate('2018-02')).toBe('February 2018');
    expect(formatDate('2009')).toBe('2009');
  });
  it('joins ranges with an en dash and shares what it can', () => {
    expect(formatDateRange('2018-10-01', '2018-10-19')).toBe('1–19 October 2018');
    expect(formatDateRange('2018-09-27', '2018-10-05')).toBe('27 September – 5 October 2018');
    expect(formatPeriod({ start: '2015', end: '2017' })).toBe('2015–2017');
  });
});
