import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { getDataset } from '../lib/data';
import { placeholderMismatches } from '../lib/i18n/messages';
import { languageName } from '../lib/languages';
import { citationHtml, citationMessages } from './bibliography';
import { creditLinks, sourceHref } from './credits';
import { copiesFromHtml, referenceHtml, referenceMessages } from './references';

const ko = getDataset('ko');
const en = getDataset();
const parse = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
const source = (id: string, data = ko) => data.sources.find((s) => s.id === id)!;

describe('citationHtml(source, "ko")', () => {
  it('prints a Korean source by its Korean headline, with the Korean publisher and date, and no translation', () => {
    const d = parse(citationHtml(source('hankyung-2020-04-18'), 'ko'));
    expect(d.querySelector('.citation__publisher')!.textContent).toBe('한국경제');
    expect(d.querySelector('.citation__title')!.textContent).toBe('‘김정은의 마이바흐’ 8개월간 6개국 돌고돌아 평양 밀반입');
    expect(d.querySelector('.citation__title')!.hasAttribute('lang')).toBe(false);
    expect(d.querySelector('.citation__translation')).toBeNull();
    expect(d.body.textContent).toContain('2020년 4월 18일.');
    expect(d.body.textContent).not.toContain('자료.');
  });

  it('prints an English headline as published, marked lang="en", with our Korean gloss and the language in Korean', () => {
    const d = parse(citationHtml(source('time-2019-07-luxury'), 'ko'));
    expect(d.querySelector('.citation__publisher')!.textContent).toBe('타임');
    expect(d.querySelector('.citation__title')!.getAttribute('lang')).toBe('en');
    expect(d.querySelector('.citation__title')!.textContent).toBe('Here’s How North Korea Gets Luxury Goods Despite Sanctions');
    expect(d.querySelector('.citation__translation')!.textContent).toBe('(우리말 번역: 북한은 제재에도 이렇게 사치품을 손에 넣는다)');
    expect(d.body.textContent).toContain('영어 자료.');
  });

  it('prints our Korean description in brackets where no stored copy shows the headline', () => {
    const d = parse(citationHtml(source('maeil-2019-07-17'), 'ko'));
    expect(d.querySelector('.citation__title')!.getAttribute('data-title')).toBe('description');
    expect(d.querySelector('.citation__title')!.textContent).toBe('[C4ADS의 방법과 51억7000만 달러 추정치 보도]');
    expect(d.querySelector('.citation__publisher')!.textContent).toBe('매일신문');
  });

  it('keeps the English citation English, now with the verified Korean headline and its translation', () => {
    const d = parse(citationHtml(source('fnnews-2019-07-17', en)));
    expect(d.querySelector('.citation__title')!.textContent).toBe('사치품 ‘김정은 벤츠’ 5개국 거쳐 불법적으로 평양 반입');
    expect(d.querySelector('.citation__title')!.getAttribute('lang')).toBe('ko');
    expect(d.querySelector('.citation__translation')!.textContent).toMatch(/^\(in English: /);
    expect(d.body.textContent).toContain('In Korean.');
  });
});

describe('credits, references and language names in Korean', () => {
  it('credits a source as Korean publisher and date, linked to the Korean sources page', () => {
    const links = parse(creditLinks(ko, ['asahi-2019-07-18-makes', 'asahi-2019-07-18-makes']));
    const a = links.querySelectorAll('a');
    expect(a).toHaveLength(1);
    expect(a[0].textContent).toBe('아사히신문, 2019년 7월 18일');
    expect(a[0].getAttribute('href')).toMatch(/\/ko\/sources\/#asahi-2019-07-18-makes$/);
    expect(parse(creditLinks(en, ['asahi-2019-07-18-makes'])).querySelector('a')!.textContent).toBe('Asahi Shimbun, 18 July 2019');
    expect(sourceHref('x')).toMatch(/(?<!\/ko)\/sources\/#x$/);
  });

  it('credits a reference dataset with its gloss and Korean words', () => {
    const line = parse(referenceHtml(source('nga-world-port-index'), ['data/places.json'], 'ko')).body.textContent!;
    expect(line).toContain('World Port Index (Pub. 150) (세계 항만 색인(간행물 150)), 미국 국가지리정보국(NGA). 라이선스:');
    expect(line).toContain('사용한 파일: data/places.json.');
    expect(line).toContain('출처 목록에서 보기');
    expect(copiesFromHtml(ko, ['nga-world-port-index', 'openflights-airports'])).toMatch(/, .*에서 값을 옮겨 왔다\.$/);
  });

  it('names languages in the page’s language and leaves out the page’s own', () => {
    expect(languageName('ja', 'ko')).toBe('일본어');
    expect(languageName('ko', 'ko')).toBeUndefined();
    expect(languageName('en', 'ko')).toBe('영어');
    expect(languageName('ko')).toBe('Korean');
    expect(languageName('en')).toBeUndefined();
  });

  it('asks for the same placeholders in both languages', () => {
    expect(placeholderMismatches(citationMessages)).toEqual([]);
    expect(placeholderMismatches(referenceMessages)).toEqual([]);
  });
});
