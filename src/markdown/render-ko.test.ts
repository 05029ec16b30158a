// The pipeline in Korean: figures in Korean style, Korean furniture, links to /ko/ pages, and the
// copy desk's refusals (unknown ids, hand-typed numbers) naming the Korean file and line.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../lib/data/test-support/dataset';
import { localizeDataset } from '../lib/i18n/localize';
import { placeholderMismatches } from '../lib/i18n/messages';
import { storyMessages } from '../lib/i18n/ui/story';
import { MarkdownError } from './errors';
import { renderNoteList } from './note-list';
import { renderMarkdown } from './render';

const english = fixtureDataset((r) => {
  Object.assign(r.figures[0], { qualifier: 'as many as', ko: { label: '추적된 차량' } });
  Object.assign(r.figures[2], {
    ko: { label: '중국의 비중' },
    status: 'disputed',
    alternatives: [{ value: 90, relation: 'conflicting', sources: ['report'] }],
  });
});
const data = localizeDataset(english, 'ko');
// Korean names arrive through each record's ko object (K5's data); the fixture sets them on the copy.
data.countries.find((c) => c.id === 'china')!.name = '중국';
const file = 'content/ko/chapters/01-test.md';
const pages = ['/', '/sources/', '/chapters/the-test/', '/corrections/feed.xml', '/data/'];

function render(markdown: string) {
  const { html, notes } = renderMarkdown(markdown, file, data, { lang: 'ko', knownPages: pages });
  return parseHTML(`<body>${html}${renderNoteList(data, notes)}</body>`).document;
}

function errorOf(markdown: string, lineOffset = 0): string {
  try {
    renderMarkdown(markdown, file, data, { lang: 'ko', lineOffset, knownPages: pages });
  } catch (error) {
    expect(error).toBeInstanceOf(MarkdownError);
    return (error as Error).message;
  }
  throw new Error('expected the Markdown to be rejected');
}

describe('the story table', () => {
  it('asks for the same placeholders in English and Korean', () => {
    expect(placeholderMismatches(storyMessages)).toEqual([]);
  });
});

describe('renderMarkdown with lang "ko"', () => {
  it('prints figures in Korean style, flags a dispute in Korean and hides Korean words around the number', () => {
    const doc = render('차량은 :figure[vehicles-total]였고 중국 비중은 :figure[china-share]였다.');
    const values = [...doc.querySelectorAll('.figure-ref__value')].map((v) => v.textContent);
    expect(values).toEqual(['최대 10대', '93%']);
    expect(doc.querySelector('.figure-ref__flag')!.textContent).toBe(' 이견 있음');
    expect(doc.querySelector('.figure-ref__note')!.textContent).toBe(' (주 1)');
  });

  it('writes the notes in Korean, with the Korean label from the record', () => {
    const doc = render(':figure[vehicles-total] :figure[china-share]');
    expect(doc.querySelector('#notes-title')!.textContent).toBe('주석');
    expect(doc.querySelector('.notes__summary')!.textContent).toBe('주석 보기: 수치 2개, 본문 번호 순');
    const first = doc.querySelector('#note-1')!.textContent!;
    expect(first).toContain('최대 10대: 추적된 차량.');
    expect(first).toContain('신뢰도 중간: 보고서를 다룬 언론 보도들이 일치한다.');
    expect(first).toContain('↩ 본문으로 돌아가기');
    const second = doc.querySelector('#note-2')!.textContent!;
    expect(second).toContain('93%: 중국의 비중.');
    expect(second).toContain('이견 있음.');
    expect(second).toContain('다른 값을 제시한다: 90%.');
  });

  it('labels a citation’s hidden word in Korean', () => {
    const doc = render('보고서가 밝혔다:cite[report].');
    expect(doc.querySelector('.cite-ref .visually-hidden')!.textContent).toBe('주 ');
    expect(doc.querySelector('.notes__summary')!.textContent).toBe('주석 보기: 출처 1건, 본문 번호 순');
  });

  it('links an entity to its Korean page and prints its Korean name', () => {
    const link = render(':entity[china]으로 갔다.').querySelector('a.entity')!;
    expect([link.textContent, link.getAttribute('href')]).toEqual(['중국', '/ko/countries/china/']);
  });

  it('sends site links to the Korean pages, keeps data files single, and accepts a link already under /ko/', () => {
    const hrefs = [
      ...render('[출처](/sources/), [장](/ko/chapters/the-test/#p-1), [피드](/corrections/feed.xml), [데이터](/data/)').querySelectorAll(
        'a',
      ),
    ].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/ko/sources/', '/ko/chapters/the-test/#p-1', '/ko/corrections/feed.xml', '/ko/data/']);
  });

  it('names the Korean file, the line and the nearest id for an unknown figure, entity, source or chart', () => {
    expect(errorOf('첫 줄.\n\n차량 :figure[vehicle-total]대.', 8)).toBe(
      'content/ko/chapters/01-test.md:11:4: unknown figure id "vehicle-total". Did you mean "vehicles-total"? A figure is a record in data/figures.json, a make in data/vehicle-makes.json or a count in data/facilitators.json; add it there first if it is new.',
    );
    expect(errorOf(':entity[chian]에서')).toContain('content/ko/chapters/01-test.md:1:1: unknown entity id "chian". Did you mean "china"?');
    expect(errorOf('보고서:cite[reprt]')).toContain(
      'content/ko/chapters/01-test.md:1:4: unknown source id "reprt". Did you mean "report"?',
    );
    expect(errorOf('::chart{id="vehicles-by-maker"}')).toContain(
      'content/ko/chapters/01-test.md:1:1: unknown chart id "vehicles-by-maker".',
    );
  });

  it('fails on a link to a page that does not exist, in Korean text too', () => {
    expect(errorOf('[출처](/ko/source/)')).toBe(
      'content/ko/chapters/01-test.md:1:1: the link "/ko/source/" leads to no page of this site. Did you mean "/sources/"? Site links look like "/chapters/the-vehicles/".',
    );
  });
});
