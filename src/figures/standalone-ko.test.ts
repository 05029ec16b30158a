// Korean standalone SVGs (/ko/data/charts/<id>.svg): each story figure drawn from the Korean data set,
// its texts in Korean, its fonts named with Korean faces and Korean system fallbacks, and linked from
// the Korean figure (the English figure keeps /data/charts/<id>.svg).
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { figures } from './registry';
import { renderFigure } from './render';
import { SANS, SANS_KO, SERIF_KO, standaloneSvg } from './standalone-svg';

const ko = getDataset('ko');
const en = getDataset();
const HANGUL = /[\uAC00-\uD7A3]/;

describe('Korean standalone SVGs', () => {
  it('name the Korean faces first after the Latin ones, with Korean system fallbacks', () => {
    expect(SANS_KO).toMatch(/^Inter, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic'.*sans-serif$/);
    expect(SERIF_KO).toMatch(/^'Source Serif 4', 'Noto Serif KR', AppleMyungjo, Batang.*serif$/);
  });

  for (const [id, figure] of figures) {
    it(`${id}: the Korean file is Korean (title, source line, fonts, xml:lang) and parses as SVG`, () => {
      const svg = standaloneSvg(figure, ko, 'https://example.org/ko/chapters/x/');
      expect(svg).not.toMatch(/var\(--|currentColor/i);
      const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
      expect(root.getAttribute('xml:lang')).toBe('ko');
      expect(root.getAttribute('font-family')).toBe(SANS_KO);
      expect(root.querySelector('title')?.textContent).toBe(figure.texts(ko).title);
      expect(root.querySelector('title')?.textContent).toMatch(HANGUL);
      expect(root.querySelector('desc')?.textContent).toMatch(HANGUL);
      const text = [...root.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(text).toMatch(/출처: /);
      expect(text).toContain('https://example.org/ko/chapters/x/');
      const style = root.querySelector('style')!.textContent!;
      expect(style).toContain(`.lux-title{font-family:${SERIF_KO}`);
      expect(style).toContain(`.lux-dek{font-family:${SANS_KO}`);
      expect(style).not.toContain(`font-family:${SANS};`);
      expect(standaloneSvg(figure, en, 'https://example.org/')).toContain(`font-family="${SANS}"`);
    });

    it(`${id}: the Korean figure links its Korean SVG, with no "(영문)" mark; the English its English one`, () => {
      const link = (html: string) => parseHTML(`<body>${html}</body>`).document.querySelector(`#figure-${id} .figure-share a[download]`)!;
      expect(link(renderFigure(id, ko)).getAttribute('href')).toBe(`/ko/data/charts/${id}.svg`);
      expect(link(renderFigure(id, ko)).parentElement!.textContent).toMatch(/^그래픽 내려받기: SVG · PNG, [\d,]+픽셀 · PNG, [\d,]+픽셀$/);
      expect(link(renderFigure(id, en)).getAttribute('href')).toBe(`/data/charts/${id}.svg`);
    });
  }
});
