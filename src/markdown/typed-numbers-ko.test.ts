// The Korean copy desk: what counts as a hand-typed number in Korean text, and the message.
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../lib/data/test-support/dataset';
import { citableFigures } from '../lib/figures';
import { MarkdownError } from './errors';
import { renderMarkdown } from './render';
import { handTypedNumbersKo, typedValueKo } from './typed-numbers-ko';

const data = fixtureDataset();
const file = 'content/ko/chapters/06-test.md';
const typed = (text: string) => handTypedNumbersKo(text).map((n) => n.text);
const TAIL =
  'In Korean text only dates and years ("2018년 6월 14일", "2015~2017년"), resolution numbers ("결의 2094호", "1718 위원회"), chapters ("제6장"), names such as DN5505 and the words for one to ten ("두 척") may be typed.';
const NO_MATCH =
  'If it is a figure, add it to data/figures.json with its sources and write :figure[its-id]; if it is a date, write it in full with its month ("2018년 6월 14일", "6월 14일").';

function errorOf(markdown: string, lineOffset = 0): string {
  try {
    renderMarkdown(markdown, file, data, { lang: 'ko', lineOffset });
  } catch (error) {
    expect(error).toBeInstanceOf(MarkdownError);
    return (error as Error).message;
  }
  throw new Error('expected the Markdown to be rejected');
}

describe('handTypedNumbersKo(text)', () => {
  it('finds Arabic digits with counters, units and myriads', () => {
    expect(typed('803대가 90개국에서 51억 달러어치, 5억7000만 달러와 93%, 17.9%, 그리고 803.')).toEqual([
      '803대',
      '90개국',
      '51억 달러',
      '5억7000만 달러',
      '93%',
      '17.9%',
      '803',
    ]);
  });

  it('finds large counts in myriads as the Korean pages print them', () => {
    expect(typed('보드카 9만 병과 1만5600병, 담배 1만 개비.')).toEqual(['9만 병', '1만5600병', '1만 개비']);
    expect(['9만 병', '1만5600병', '1만 개비'].map(typedValueKo)).toEqual([90000, 15600, 10000]);
  });

  it('finds durations and a year-sized count that are not dates', () => {
    expect(typed('3년 동안, 14일 동안, 2018 대')).toEqual(['3년', '14일', '2018 대']);
  });

  it('finds Sino-Korean numerals in Hangul and native tens before a counter', () => {
    expect(typed('삼십 대, 오십 대, 팔백삼 대, 구십 개국, 이천오백 명, 백 명, 스무 대, 서른 곳')).toEqual([
      '삼십 대',
      '오십 대',
      '팔백삼 대',
      '구십 개국',
      '이천오백 명',
      '백 명',
      '스무 대',
      '서른 곳',
    ]);
  });

  it('lets dates, years, resolutions, chapters, names and small counts in words be typed', () => {
    const allowed = [
      '2018년 6월 14일',
      '2018년 6월',
      '6월 14일',
      '10월 1~19일',
      '6~8월',
      '2019년',
      '2019',
      '2015~2017년',
      '2010년대',
      '6·25 전쟁',
      '결의 2094호',
      '결의 2356·2371·2375호',
      '1718 위원회',
      '제6장',
      '21세기',
      'DN5505호',
      'S/2020/151',
      'Il-76',
      '두 척',
      '한 번',
      '열 곳',
      '수십 개국',
      '수백 대',
      '백화점',
      '천주교',
    ];
    expect(allowed.filter((text) => typed(text).length > 0)).toEqual([]);
  });
});

describe('typedValueKo(text)', () => {
  it('reads Korean numbers for the figure suggestion', () => {
    expect(
      ['803대', '51억 달러', '5억7000만 달러', '93%', '삼십 대', '팔백삼 대', '이천오백 명', '스무 대', '서른두 명'].map(typedValueKo),
    ).toEqual([803, 5.1e9, 5.7e8, 93, 30, 803, 2500, 20, 32]);
  });
});

describe('renderMarkdown(…, { lang: "ko" }) with a hand-typed number', () => {
  it('names the file and line counting the frontmatter and the figure that has the value', () => {
    expect(errorOf('첫 문단.\n\n추적된 차량은 10대였다.', 9)).toBe(
      `content/ko/chapters/06-test.md:12:9: "10대" looks like a figure typed by hand. Write :figure[vehicles-total] instead, so the number comes from the data with its sources (the figure prints in Korean style, with its counter). ${TAIL}`,
    );
  });

  it('refuses a percentage and a Korean numeral, suggesting the figure by value', () => {
    expect(errorOf('중국 비중은 93%였다.')).toContain('"93%" looks like a figure typed by hand. Write :figure[china-share] instead');
    expect(errorOf('차량 열 대가 아니라 구십삼 대.')).toBe(
      `content/ko/chapters/06-test.md:1:13: "구십삼 대" looks like a figure typed by hand. Write :figure[china-share] instead, so the number comes from the data with its sources (the figure prints in Korean style, with its counter). ${TAIL}`,
    );
  });

  it('gives the general fix when no figure has the value', () => {
    expect(errorOf('51억 달러 규모.')).toBe(
      `content/ko/chapters/06-test.md:1:1: "51억 달러" looks like a figure typed by hand. ${NO_MATCH} ${TAIL}`,
    );
  });

  it('lets a dated Korean sentence through', () => {
    expect(
      renderMarkdown('2018년 6월 14일 결의 2094호를 어긴 차량 :figure[vehicles-total]이 평양에 닿았다.', file, data, { lang: 'ko' }).html,
    ).toContain('2018년 6월 14일');
  });
});

it('the fixture figures the suggestions rely on exist', () => {
  expect(citableFigures(data).get('vehicles-total')!.value).toBe(10);
});
