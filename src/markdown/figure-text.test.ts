// Every figure's note opens with its label; on Korean pages that label comes from the record's ko.
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { citableFigures } from '../lib/figures';
import { figureLabel, printFigureIn } from './figure-text';

describe('figures in Korean', () => {
  const english = getDataset();
  const korean = getDataset('ko');

  it('gives every record in data/figures.json a Korean label', () => {
    const without = english.figures.filter((f) => !f.ko?.label).map((f) => f.id);
    expect(english.figures.length).toBe(139);
    expect(without).toEqual([]);
  });

  it('prints the Korean label on Korean pages and the English one on English pages', () => {
    const ko = citableFigures(korean).get('vehicles-total')!;
    const en = citableFigures(english).get('vehicles-total')!;
    expect(figureLabel(korean, ko)).toBe('C4ADS가 북한 유입을 추적한 고급 차량');
    expect(figureLabel(english, en)).toBe('Luxury vehicles C4ADS tracked into North Korea');
    expect(printFigureIn(ko, 'ko')).toBe('803대');
  });

  it('composes a vehicle make’s label in Korean', () => {
    const make = korean.vehicleMakes[0];
    expect(figureLabel(korean, citableFigures(korean).get(make.id)!)).toBe(`C4ADS가 추적한 차량 가운데 ${make.name} 차량`);
  });

  it('prints every figure in Korean style without an English word', () => {
    const printed = [...citableFigures(korean).values()].map((f) => printFigureIn(f, 'ko'));
    expect(printed.filter((text) => /[a-z]{2,}/i.test(text))).toEqual([]);
  });
});
