// renderFigure per language: each story figure is framed once per data set and language, a Korean
// page never gets the English drawing (or the reverse), and the frame speaks the page's language.
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { getDataset, type Dataset } from '../lib/data';
import { markLang } from '../lib/i18n/dataset-lang';
import { figureIds, figures } from './registry';
import { renderFigure } from './render';

const en = getDataset();
const ko = getDataset('ko');

describe('renderFigure(id, data) in each language', () => {
  it.each(figureIds('chart'))('%s: the Korean frame is Korean and the English frame English', (id) => {
    const doc = (html: string) => parseHTML(`<body>${html}</body>`).document;
    const korean = doc(renderFigure(id, ko));
    const english = doc(renderFigure(id, en));
    expect(korean.querySelector('.skip-figure')?.textContent).toBe('그래픽 건너뛰기');
    expect(english.querySelector('.skip-figure')?.textContent).toBe('Skip figure');
    expect(korean.querySelector('.chart__title')?.textContent).toMatch(/[\uAC00-\uD7A3]/);
    expect(korean.querySelector('.chart__source')?.textContent).toMatch(/^출처: /);
    expect(korean.querySelector('.figure-share__embed summary')?.textContent).toBe('이 그래픽 퍼가기');
    expect(korean.querySelector('.figure-share__embed a')?.getAttribute('href')).toBe(`/ko/embed/${id}/`);
    expect(english.querySelector('.figure-share__embed a')?.getAttribute('href')).toBe(`/embed/${id}/`);
    // The downloads are one English-keyed set, linked from both languages.
    expect(korean.querySelector('.chart__get a')?.getAttribute('href')).toBe(`/data/charts/${id}.csv`);
    expect(korean.querySelector('svg[data-layout="wide"]')?.outerHTML).not.toBe(
      english.querySelector('svg[data-layout="wide"]')?.outerHTML,
    );
  });

  it('frames a figure once per data set and language, and keys the drawing by both', () => {
    const id = 'vehicles-by-make';
    const figure = figures.get(id)!;
    const frame = vi.spyOn(figure, 'frame');
    // Fresh data sets, so nothing is cached for them yet: the same records, marked in each language.
    const english = markLang({ ...en } as Dataset, 'en');
    const korean = getDataset('ko');
    const koreanCopy = markLang({ ...korean } as Dataset, 'ko');
    const first = renderFigure(id, english);
    expect(renderFigure(id, english)).toBe(first);
    expect(frame).toHaveBeenCalledTimes(1);
    const koreanFrame = renderFigure(id, koreanCopy);
    expect(frame).toHaveBeenCalledTimes(2);
    expect(koreanFrame).not.toBe(first);
    expect(koreanFrame).toContain('그래픽 건너뛰기');
    // The same object re-marked in another language is drawn again, not served from the other's cache.
    markLang(english, 'ko');
    const remarked = renderFigure(id, english);
    expect(frame).toHaveBeenCalledTimes(3);
    expect(remarked).toContain('그래픽 건너뛰기');
    expect(remarked).not.toBe(first);
    frame.mockRestore();
  });
});
