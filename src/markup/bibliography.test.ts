import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { citationHtml } from './bibliography';
import type { Source } from '../lib/schemas/source';

const base = { url: 'https://example.org/a', published: '2019-07-17', kind: 'news' } as const;
const parse = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;

describe('citationHtml(source)', () => {
  it('prints a Korean headline with lang="ko", then our English translation', () => {
    const source: Source = {
      ...base,
      id: 'kr',
      publisher: 'Yonhap',
      title: '北, 사치품 수입 늘어',
      titleSupplied: false,
      titleEnglish: 'North Korea’s luxury imports rise',
      language: 'ko',
    };
    const d = parse(citationHtml(source));
    const title = d.querySelector('.citation__title')!;
    expect(title.getAttribute('lang')).toBe('ko');
    expect(title.getAttribute('data-title')).toBe('original');
    expect(title.textContent).toBe('北, 사치품 수입 늘어');
    expect(d.querySelector('a.citation__link')!.textContent).toBe('“北, 사치품 수입 늘어”');
    expect(d.querySelector('.citation__translation')!.textContent).toBe('(in English: North Korea’s luxury imports rise)');
    expect(d.querySelector('.citation__translation')!.hasAttribute('lang')).toBe(false);
    expect(d.body.textContent).toContain('In Korean.');
  });

  it('prints an English headline in quotes, with no lang attribute and no translation', () => {
    const source: Source = { ...base, id: 'en', publisher: 'TIME', title: 'Here’s How', titleSupplied: false, language: 'en' };
    const d = parse(citationHtml(source));
    expect(d.querySelector('a.citation__link')!.textContent).toBe('“Here’s How”');
    expect(d.querySelector('.citation__title')!.hasAttribute('lang')).toBe(false);
    expect(d.querySelector('.citation__translation')).toBeNull();
  });

  it('prints a descriptive title in brackets without quotes, marked as a description', () => {
    const source: Source = {
      ...base,
      id: 'd',
      publisher: 'SBS',
      title: 'Report on the UN panel',
      titleSupplied: true,
      language: 'ko',
    };
    const d = parse(citationHtml(source));
    const title = d.querySelector('.citation__title')!;
    expect(title.getAttribute('data-title')).toBe('description');
    expect(title.textContent).toBe('[Report on the UN panel]');
    expect(d.querySelector('a.citation__link')!.textContent).not.toContain('“');
    expect(title.hasAttribute('lang')).toBe(false);
  });
});
