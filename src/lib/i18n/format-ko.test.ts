import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatMoney, formatNumber, formatValue } from '../format';
import { KOREAN_COUNTERS, koreanMyriads } from './format-ko';
import figures from '../../../data/figures.json';
import { getDataset } from '../data';

describe('Korean numbers', () => {
  it('writes amounts in 억 and 만 with the currency after, rounded like the English', () => {
    expect(formatMoney(5169000000, 'usd', 'ko')).toBe('51억7000만 달러');
    expect(formatMoney(191000000, 'usd', 'ko')).toBe('1억9100만 달러');
    expect(formatMoney(578994, 'usd', 'ko')).toBe('57만8994 달러');
    expect(formatMoney(151000, 'eur', 'ko')).toBe('15만1000 유로');
    expect(formatMoney(500, 'gbp', 'ko')).toBe('500 파운드');
    expect(koreanMyriads(7e12)).toBe('7조');
  });

  it('counts with the Korean counter and puts qualifiers where Korean puts them', () => {
    expect(formatValue(803, 'count', { noun: 'vehicles', lang: 'ko' })).toBe('803대');
    expect(formatValue(90, 'count', { noun: 'countries', qualifier: 'as many as', lang: 'ko' })).toBe('최대 90개국');
    expect(formatValue(5169000000, 'usd', { qualifier: 'about', lang: 'ko' })).toBe('약 51억7000만 달러');
    expect(formatValue(500000000, 'usd', { qualifier: 'over', lang: 'ko' })).toBe('5억 달러 이상');
    expect(formatValue(93, 'percent', { lang: 'ko' })).toBe('93%');
    expect(formatValue(3, 'times', { qualifier: 'about', lang: 'ko' })).toBe('약 3배');
    expect(formatValue(18, 'days', { lang: 'ko' })).toBe('18일');
    expect(formatValue(null, 'usd', { lang: 'ko' })).toBe('알 수 없음');
    expect(formatNumber(2588, 'ko')).toBe('2,588');
  });

  it('writes large counts and weights in myriad units, spaced after a unit word only', () => {
    expect(formatValue(90000, 'count', { noun: 'bottles', lang: 'ko' })).toBe('9만 병');
    expect(formatValue(15600, 'count', { noun: 'bottles', lang: 'ko' })).toBe('1만5600병');
    expect(formatValue(10000, 'count', { noun: 'cigarettes', qualifier: 'over', lang: 'ko' })).toBe('1만 개비 이상');
    expect(formatValue(9999, 'count', { noun: 'bottles', lang: 'ko' })).toBe('9,999병');
    expect(formatValue(25000, 'count', { lang: 'ko' })).toBe('2만5000');
    expect(formatValue(2599, 'tonnes', { lang: 'ko' })).toBe('2,599톤');
    expect(formatValue(45000, 'tonnes', { qualifier: 'about', lang: 'ko' })).toBe('약 4만5000톤');
    expect(formatValue(12345.5, 'tonnes', { lang: 'ko' })).toBe('12,345.5톤');
    expect(formatValue(12500, 'percent', { lang: 'ko' })).toBe('12,500%');
  });

  it('prints Security Council members as countries: a record’s ko.noun picks the Korean counter', () => {
    const votes = getDataset('ko').figures.find((f) => f.id === 'un-panel-renewal-votes-for')!;
    expect(formatValue(votes.value, votes.unit, { noun: votes.noun, lang: 'ko' })).toBe('13개국');
    expect(getDataset('en').figures.find((f) => f.id === 'un-panel-renewal-votes-for')!.noun).toBe('members');
  });

  it('has a counter for every noun the data uses, and refuses one it does not know', () => {
    const nouns = new Set(figures.flatMap((f) => ('noun' in f && f.noun ? [f.noun] : [])));
    expect([...nouns].filter((n) => !(n in KOREAN_COUNTERS))).toEqual([]);
    expect(() => formatValue(2, 'count', { noun: 'llamas', lang: 'ko' })).toThrow(/No Korean counter for "llamas"/);
  });
});

describe('Korean dates', () => {
  it('writes dates year-month-day and ranges with a tilde', () => {
    expect(formatDate('2018-06-14', 'ko')).toBe('2018년 6월 14일');
    expect(formatDate('2018-06', 'ko')).toBe('2018년 6월');
    expect(formatDate('2018', 'ko')).toBe('2018년');
    expect(formatDateRange('2015', '2017', 'ko')).toBe('2015~2017년');
    expect(formatDateRange('2018-10-01', '2018-10-19', 'ko')).toBe('2018년 10월 1~19일');
    expect(formatDateRange('2018-06', '2018-08', 'ko')).toBe('2018년 6~8월');
    expect(formatDateRange('2018-06-14', '2018-08-02', 'ko')).toBe('2018년 6월 14일~8월 2일');
    expect(formatDateRange('2017-12', '2018-02', 'ko')).toBe('2017년 12월~2018년 2월');
  });

  it('agrees with Intl ko-KR for a full date', () => {
    const intl = new Intl.DateTimeFormat('ko-KR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2018, 5, 14)));
    expect(formatDate('2018-06-14', 'ko')).toBe(intl);
  });
});
