// The embed control under a figure speaks the page's language, including the status lines the copy
// script shows: the markup writes them (data-copied, data-selected) and the script has no words.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figureDownloads, figureShare } from './embed';

const control = (lang: 'en' | 'ko') =>
  parseHTML(`<body>${figureShare('vehicles-by-make', 'A title', lang, 680)}</body>`).document.querySelector('lux-embed-code')!;

describe('the embed control’s status words', () => {
  it('are English on English pages', () => {
    expect(control('en').getAttribute('data-copied')).toBe('Copied.');
    expect(control('en').getAttribute('data-selected')).toBe('Selected: press Ctrl+C or ⌘C to copy.');
  });

  it('are Korean on Korean pages, beside the Korean button', () => {
    const ko = control('ko');
    expect(ko.getAttribute('data-copied')).toBe('복사했다.');
    expect(ko.getAttribute('data-selected')).toBe('선택했다. Ctrl+C 또는 ⌘C를 눌러 복사하라.');
    expect(ko.querySelector('button')!.textContent).toBe('코드 복사');
  });

  it('are all the script prints: src/scripts/embed-code.ts holds no sentence of either language', () => {
    const code = readFileSync(new URL('../scripts/embed-code.ts', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).toContain('this.dataset.copied');
    expect(code).toContain('this.dataset.selected');
    expect(code).not.toMatch(/[\uAC00-\uD7A3]/);
    expect(code).not.toMatch(/Copied|Selected|press/);
  });
});

describe('figureDownloads', () => {
  const links = (lang: 'en' | 'ko') =>
    [...parseHTML(`<body>${figureDownloads('vehicles-by-make', 680, lang)}</body>`).document.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.getAttribute('download'),
      a.textContent,
    ]);

  it('links the SVG and the PNGs at 1× and 2×, each PNG named by its width in pixels', () => {
    expect(links('en')).toEqual([
      ['/data/charts/vehicles-by-make.svg', 'vehicles-by-make.svg', 'SVG'],
      ['/data/charts/vehicles-by-make.png', 'vehicles-by-make.png', 'PNG, 680 px'],
      ['/data/charts/vehicles-by-make@2x.png', 'vehicles-by-make@2x.png', 'PNG, 1,360 px'],
    ]);
  });

  it('links the Korean files from Korean pages, in Korean words', () => {
    expect(links('ko')).toEqual([
      ['/ko/data/charts/vehicles-by-make.svg', 'vehicles-by-make.svg', 'SVG'],
      ['/ko/data/charts/vehicles-by-make.png', 'vehicles-by-make.png', 'PNG, 680픽셀'],
      ['/ko/data/charts/vehicles-by-make@2x.png', 'vehicles-by-make@2x.png', 'PNG, 1,360픽셀'],
    ]);
  });
});
