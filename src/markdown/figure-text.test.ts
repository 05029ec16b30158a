// Every figure's note opens with its label; on Korean pages that label comes from the record's ko.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { citableFigures, printFigure } from '../lib/figures';
import { figureLabel } from './figure-text';

describe('figures in Korean', () => {
  const english = getDataset();
  const korean = getDataset('ko');

  it('gives every record in data/figures.json a Korean label, and a Korean note and method where it has them', () => {
    const without = english.figures.filter((f) => !f.ko?.label || (f.note && !f.ko.note) || (f.method && !f.ko.method)).map((f) => f.id);
    expect(english.figures.length).toBe(140);
    expect(without).toEqual([]);
  });

  it('gives every note and method of a figure the story cites its Korean version', () => {
    const cited = new Set(
      ['content/chapters', 'content/pages'].flatMap((folder) =>
        readdirSync(join(process.cwd(), folder))
          .filter((n) => n.endsWith('.md'))
          .flatMap((n) => [...readFileSync(join(process.cwd(), folder, n), 'utf8').matchAll(/:figure\[([a-z0-9-]+)\]/g)].map((m) => m[1])),
      ),
    );
    const untranslated = english.figures
      .filter((f) => cited.has(f.id) && ((f.note && !f.ko?.note) || (f.method && !f.ko?.method)))
      .map((f) => f.id);
    expect(cited.size).toBeGreaterThan(50);
    expect(untranslated).toEqual([]);
  });

  it('prints the Korean label on Korean pages and the English one on English pages', () => {
    const ko = citableFigures(korean).get('vehicles-total')!;
    const en = citableFigures(english).get('vehicles-total')!;
    expect(figureLabel(korean, ko)).toBe('C4ADS가 북한 유입을 추적한 고급 차량');
    expect(figureLabel(english, en)).toBe('Luxury vehicles C4ADS tracked into North Korea');
    expect(printFigure(ko, 'ko')).toBe('803대');
  });

  it('composes a vehicle make’s label in Korean', () => {
    const make = korean.vehicleMakes[0];
    expect(figureLabel(korean, citableFigures(korean).get(make.id)!)).toBe(`C4ADS가 추적한 차량 가운데 ${make.name} 차량`);
  });

  it('names the Seoul 2009 list as the Korean chapters do: "서울 목록", glossed in each note that uses it', () => {
    const words = english.figures.flatMap((f) => [f.ko?.label ?? '', f.ko?.note ?? '', f.ko?.method ?? '']);
    expect(words.filter((w) => /한국 정부(의)? (사치품 )?목록/.test(w))).toEqual([]);
    const notes = english.figures.filter((f) => f.ko?.note?.includes('서울 목록')).map((f) => f.ko!.note!);
    expect(notes.length).toBe(62);
    expect(notes.filter((n) => !n.includes('서울 목록(한국 정부가 2009년 정한 사치품 목록)'))).toEqual([]);
    const labels = english.figures.filter((f) => /Seoul.s (2009 )?list|Seoul-list/.test(f.label)).map((f) => f.ko!.label);
    expect(labels.length).toBe(62);
    expect(labels.filter((l) => !l.includes('서울 목록'))).toEqual([]);
  });

  it('prints every figure in Korean style without an English word', () => {
    const printed = [...citableFigures(korean).values()].map((f) => printFigure(f, 'ko'));
    expect(printed.filter((text) => /[a-z]{2,}/i.test(text))).toEqual([]);
  });
});
