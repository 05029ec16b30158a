import { describe, expect, it } from 'vitest';
import { legDate } from './dated';

describe('legDate(which, point)', () => {
  it('prints a reported date plainly', () => {
    expect(legDate('depart', { date: '2018-09-30', basis: 'reported', sources: ['s'] })).toBe('Left: 30 September 2018');
  });
  it('never prints a scheduled arrival as an arrival', () => {
    const text = legDate('arrive', { date: '2018-10-05', basis: 'scheduled', sources: ['s'] });
    expect(text).toBe('Due to arrive: 5 October 2018 (scheduled; no arrival on record)');
    expect(text).not.toMatch(/^Arrived/);
  });
  it('marks an estimate as one', () => {
    expect(legDate('arrive', { date: '2018-10', basis: 'estimated', sources: ['s'] })).toBe('Arrived: about October 2018 (an estimate)');
  });
  it('says when no source dates the leg', () => {
    expect(legDate('arrive', null)).toBe('Arrived: no date in the sources');
  });
});
