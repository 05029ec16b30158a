// Every chart drawn for a Korean page, from the fixture with Korean names (test-support/ko-fixture):
// a snapshot of its Korean SVG at both widths, Korean words wherever the chart speaks (no English
// left from the English spec), labels inside the drawing at 300 and 720 units, and the same plotted
// rows in both languages.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { compareSvgSnapshot } from '../lib/testing/svg-snapshot';
import { charts } from '../figures';
import { renderChartFigure, renderChartSvg, resolveText } from './frame';
import { koChartDataset } from './test-support/ko-fixture';
import { textExtents } from './test-support/text-extents';

const here = dirname(fileURLToPath(import.meta.url));
const { en, ko } = koChartDataset();

const HANGUL = /[\uAC00-\uD7A3]/;

/**
 * Latin words a Korean chart may print: the names the story keeps in Latin letters in Korean too
 * (C4ADS has no Korean name; UN resolution numbers and money are digits), and nothing else. A run
 * of four or more Latin letters anywhere else is English the chart forgot to translate.
 */
const LATIN_ALLOWED = new Set<string>([]);

function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
}

/** Every string a reader (or a screen reader) meets in the drawing: text, labels and tooltips. */
function drawingTexts(svg: string): string[] {
  const { document } = parseHTML(`<div>${svg}</div>`);
  const texts = [...document.querySelectorAll('text')].map((t) => t.textContent ?? '');
  for (const el of document.querySelectorAll('[aria-label], [data-tip], [data-tip-title]'))
    for (const name of ['aria-label', 'data-tip', 'data-tip-title']) {
      const value = el.getAttribute(name);
      // Plot labels its own groups ("rect", "x-axis tick"); those never reach a reader (aria-hidden or structural).
      if (value && !(name === 'aria-label' && el.tagName.toLowerCase() === 'g')) texts.push(value);
    }
  return texts.filter(Boolean);
}

describe('textExtents(svg)', () => {
  it('measures Hangul at 1 em a syllable from the x and anchor Plot wrote, so an overflow shows', () => {
    const svg = `<svg viewBox="0 0 300 40"><g text-anchor="end"><text transform="translate(300,20)">가나다</text></g><g text-anchor="start" transform="translate(250,0)"><text transform="translate(0,20)">가나다라마</text></g></svg>`;
    expect(textExtents(svg)).toEqual({
      width: 300,
      extents: [
        { text: '가나다', left: 300 - 39, right: 300 },
        { text: '가나다라마', left: 250, right: 250 + 65 },
      ],
    });
  });
});

describe.each(Object.values(charts))('chart $id in Korean', (spec) => {
  const rows = spec.rows(ko);
  const svgs = { wide: renderChartSvg(spec, rows, 'wide', 'ko'), narrow: renderChartSvg(spec, rows, 'narrow', 'ko') };
  const { document } = parseHTML(`<!doctype html><html><body>${renderChartFigure(spec, ko)}</body></html>`);
  const figure = document.querySelector(`#figure-${spec.id}`)!;

  it('matches its Korean SVG snapshot at both widths', () => {
    const result = compareSvgSnapshot(here, `${spec.id}.ko`, svgs.wide + svgs.narrow);
    expect(result.pass, result.message).toBe(true);
  });

  it('states its finding in Korean, with a Korean dek, alt text, legend and table', () => {
    const title = resolveText(spec.title, rows, ko);
    expect(title).toMatch(HANGUL);
    expect(title).not.toBe(resolveText(spec.title, spec.rows(en), en));
    expect(figure.querySelector('.chart__title')?.textContent).toBe(title);
    expect(resolveText(spec.dek, rows, ko)).toMatch(HANGUL);
    expect(spec.alt(rows, ko)).toMatch(HANGUL);
    for (const li of figure.querySelectorAll('.chart__legend li')) expect(li.textContent).toMatch(HANGUL);
    for (const th of figure.querySelectorAll('thead th')) expect(th.textContent).toMatch(HANGUL);
    for (const note of spec.notes(rows, ko)) expect(note).toMatch(HANGUL);
    expect(figure.querySelector('.chart__toggle')?.textContent?.trim()).toBe('데이터를 표로 보기');
    expect(figure.querySelector('.chart__get')?.textContent).toMatch(/^데이터 내려받기: CSV · JSON$/);
  });

  it('leaves no English word from the English spec in its drawing, caption, legend, table or alt text', () => {
    const words = [
      ...drawingTexts(svgs.wide + svgs.narrow),
      figure.querySelector('.chart__caption')?.textContent ?? '',
      ...[...figure.querySelectorAll('.chart__legend li, .chart__table th, .chart__table td')].map((e) => e.textContent ?? ''),
      spec.alt(rows, ko),
    ].flatMap(englishWords);
    expect([...new Set(words)]).toEqual([]);
  });

  it.each(['wide', 'narrow'] as const)('keeps every label and heading inside the %s drawing', (layout) => {
    const { width, extents } = textExtents(svgs[layout]);
    expect(extents.length).toBeGreaterThan(0);
    const outside = extents
      .filter((e) => e.left < -1 || e.right > width + 1)
      .map((e) => `${e.text} [${e.left.toFixed(0)}, ${e.right.toFixed(0)}]`);
    expect(outside, `text past the edge of the ${width}-unit drawing`).toEqual([]);
  });

  it('plots the same rows in Korean as in English (sorted by the Korean names where a chart sorts by name)', () => {
    const ids = (list: object[]) => list.map((r) => (r as { id: string }).id).sort();
    expect(ids(rows)).toEqual(ids(spec.rows(en)));
    expect(spec.columns('ko').map((c) => c.key)).toEqual(spec.columns('en').map((c) => c.key));
  });
});

describe.each(Object.values(charts))('chart $id in Korean, from the real data in data/', (spec) => {
  const real = getDataset('ko');
  it.each(['wide', 'narrow'] as const)('keeps every label inside the %s drawing, and prints no "undefined" or "NaN"', (layout) => {
    const svg = renderChartSvg(spec, spec.rows(real), layout, 'ko');
    const { width, extents } = textExtents(svg);
    const outside = extents.filter((e) => e.left < -1 || e.right > width + 1).map((e) => e.text);
    expect(outside).toEqual([]);
    expect(svg).not.toMatch(/undefined|NaN/);
  });
});
