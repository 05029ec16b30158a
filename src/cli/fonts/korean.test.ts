import { describe, expect, it } from 'vitest';
import { faceCharacters, isKoreanPage, KOREAN_FACES, koreanRules, koreanUsage, lightPages, SHARED_BUDGET } from './korean.mjs';
import { boldClasses, boldCodePoints } from './bold.mjs';

const cp = (s: string) => [...s].map((c) => c.codePointAt(0)!);

describe('Korean font subsetting', () => {
  it('knows a Korean page by its root element', () => {
    expect(isKoreanPage('<!DOCTYPE html><html lang="ko"><head>')).toBe(true);
    expect(isKoreanPage('<html lang="en"><body lang="ko">')).toBe(false);
  });

  it('takes bold characters from headings, strong and bold SVG text, not from the rest', () => {
    const bold = boldCodePoints(
      '<h2 id="x">제<span>목</span></h2><p>본문 <strong>강</strong></p><text font-weight="700">표</text><script>"스"</script>',
    );
    expect([...bold].sort()).toEqual(cp('강목제표').sort());
  });

  it('gives a face only the Korean characters its Latin face lacks, at least one', () => {
    const [page] = koreanUsage([{ path: 'p', html: '<p>UAZ 803대</p><h1>차</h1>' }]);
    const serif = KOREAN_FACES.find((f) => f.role === 'serif' && !f.bold)!;
    const bold = KOREAN_FACES.find((f) => f.role === 'serif' && f.bold)!;
    const coverage = new Set(cp('대차UAZ803'));
    const latin = { serif: new Set(cp('UAZ803 ')), sans: new Set<number>() };
    expect(faceCharacters(page, serif, coverage, latin)).toEqual(cp('대차').sort((a, b) => a - b));
    expect(faceCharacters(page, bold, coverage, latin)).toEqual(cp('차'));
    expect(faceCharacters(koreanUsage([{ path: 'q', html: '<p>abc</p>' }])[0], bold, coverage, latin)).toEqual([0x3000]);
  });

  it('shares files among the lightest pages while their characters stay within the budget', () => {
    const syllables = (from: number, n: number) => String.fromCodePoint(...Array.from({ length: n }, (_, i) => 0xac00 + from + i));
    const pages = koreanUsage([
      { path: 'small-a', html: `<p>${syllables(0, 50)}</p>` },
      { path: 'small-b', html: `<p>${syllables(25, 50)}</p>` },
      { path: 'big', html: `<p>${syllables(1000, 2000)}</p>` },
    ]);
    const { light, union } = lightPages(pages);
    expect([...light]).toEqual(['small-a', 'small-b']);
    expect([...union.all].filter((p) => p >= 0xac00).length).toBe(75);
    expect(75 * 192).toBeLessThan(SHARED_BUDGET);
  });

  it('declares every face with swap, each regular face also under its second name', () => {
    const rules = koreanRules();
    expect(rules).toHaveLength(6);
    for (const rule of rules) expect(rule).toMatch(/font-display:swap;.*src:url\(\.\/fonts-ko\/noto(serif|sans)kr-(400|700)\.woff2\)/);
    const shared = koreanRules(new Map(KOREAN_FACES.map((f) => [f.name, `ko-shared-${f.name}`])));
    for (const rule of shared) expect(rule).toMatch(/src:url\(fonts\/ko-shared-/);
  });
});

describe('boldClasses and classed bold text', () => {
  it('reads the classes stylesheets set in bold, from the last compound of each selector', () => {
    const css =
      '.entity{font-weight:600}.prose p .kicker,.x{font-weight:bold}@media print{.pager__title{font-weight:700}}.light{font-weight:400}.a .b{color:red}';
    expect([...boldClasses(css)].sort()).toEqual(['entity', 'kicker', 'pager__title', 'x']);
  });

  it('puts the characters of an element with a bold class into the bold set, even inside a classed paragraph', () => {
    const html = '<p class="para">언론에 <a class="entity" href="/ko/x/">유러피언</a> 보도</p>';
    const bold = boldCodePoints(html, new Set(['entity']));
    expect([...'유러피언'].every((c) => bold.has(c.codePointAt(0)!))).toBe(true);
    expect(bold.has('보'.codePointAt(0)!)).toBe(false);
    expect(boldCodePoints(html).size).toBe(0);
  });
});

describe('bold chart labels', () => {
  it('puts the text of an SVG group drawn at weight 600 into the bold set', () => {
    const html =
      '<svg><g font-weight="600" text-anchor="start"><text>즈이쇼(업체, 일본)</text><text>다임러</text></g><g><text>보통</text></g></svg>';
    const bold = boldCodePoints(html);
    expect([...'즈이쇼다임러'].every((c) => bold.has(c.codePointAt(0)!))).toBe(true);
    expect(bold.has('보'.codePointAt(0)!)).toBe(false);
  });
});
