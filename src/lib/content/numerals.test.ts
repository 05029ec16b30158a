import { describe, expect, it } from 'vitest';
import { handTypedNumbers, typedValue } from './numerals';

const typed = (text: string) => handTypedNumbers(text).map((n) => n.text);

describe('handTypedNumbers(text)', () => {
  it('allows dates, spans of days and years', () => {
    expect(typed('They left on 14 June 2018, were dark from 1–19 October and from 1 to 19 October, and arrived in June 2018.')).toEqual([]);
    expect(typed('In 2019, over 2015–2017 and 2015-17, and in the 2010s.')).toEqual([]);
    expect(typed('The report of March 2018 lists wine.')).toEqual([]);
  });

  it('allows resolution numbers and the committee named after one', () => {
    expect(typed('Resolution 1718 left it open; resolutions 2356, 2371, 2375 and 2397 reaffirmed it; the 1718 Committee wrote.')).toEqual([]);
  });

  it('allows names that contain digits', () => {
    expect(typed('The DN5505, an S600 and an S62, three Il-76s (P-912), an Il-76MD, a LX570, a 95MY yacht and S/2020/151.')).toEqual([]);
  });

  it('finds counts, money, shares and multiples', () => {
    expect(typed('It found 803 vehicles worth $5.17bn, 93% from China, 27 times more, and €900,000 and 2,588 tonnes.')).toEqual([
      '803',
      '$5.17bn',
      '93%',
      '27',
      '€900,000',
      '2,588',
    ]);
  });

  it('does not mistake a quantity for a year', () => {
    expect(typed('In 2018 the ship carried 1999 tonnes and 2018 vehicles.')).toEqual(['1999', '2018']);
  });

  it('finds a day number that has no month', () => {
    expect(typed('It went dark for 18 days.')).toEqual(['18']);
  });
});

describe('typedValue(text)', () => {
  it('reads scales, currencies and separators', () => {
    expect(typedValue('$5.17bn')).toBe(5_170_000_000);
    expect(typedValue('$191m')).toBe(191_000_000);
    expect(typedValue('2,588')).toBe(2588);
    expect(typedValue('93%')).toBe(93);
  });
});
