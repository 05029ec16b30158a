// Korean share cards: Hangul is outlined in Noto Serif KR / Noto Sans KR, Latin letters and figures
// in the site's own faces, and English text is drawn exactly as before.
import { describe, expect, it } from 'vitest';
import { fontFace, shareSvg, wrap } from './share-image';
import { koreanFace } from './share-korean';
import { shareCardAlt } from './sharing';

describe('fontFace with Korean', () => {
  it('measures Hangul in Noto and Latin in the site face', () => {
    const serif = fontFace('serif', 700);
    const noto = koreanFace('serif', 700);
    expect(serif.getAdvanceWidth('한국', 40)).toBeCloseTo(noto.getAdvanceWidth('한국', 40), 5);
    expect(noto.getAdvanceWidth('한국', 40)).toBeGreaterThan(70);
    const sans = fontFace('sans', 400);
    const latinOnly = fontFace('sans', 400).getAdvanceWidth('UAZ 537', 20);
    expect(sans.getAdvanceWidth('UAZ 537대', 20)).toBeCloseTo(latinOnly + koreanFace('sans', 400).getAdvanceWidth('대', 20), 5);
  });

  it('outlines Hangul (no missing-glyph boxes) and says it has the glyphs', () => {
    const face = fontFace('sans', 600);
    expect(face.charToGlyphIndex('한')).not.toBe(0);
    const korean = face.getPath('마이바흐', 0, 40, 40).toPathData(1);
    const notdef = face.getPath('\u{10FFFD}', 0, 40, 40).toPathData(1);
    expect(korean.length).toBeGreaterThan(500);
    expect(korean).not.toBe(notdef);
    expect(face.getPath('마이바흐', 0, 40, 40).toPathData(1)).toBe(koreanFace('sans', 600).getPath('마이바흐', 0, 40, 40).toPathData(1));
  });

  it('draws English exactly as the Latin face alone does', () => {
    const face = fontFace('serif', 700);
    const latin = Object.getPrototypeOf(face);
    expect(face.getPath('The journey of two Maybachs', 0, 50, 50).toPathData(1)).toBe(
      latin.getPath('The journey of two Maybachs', 0, 50, 50).toPathData(1),
    );
  });

  it('wraps Korean at the spaces between words, each line within the width', () => {
    const face = fontFace('serif', 700);
    const lines = wrap('유엔 금지 속에서 북한은 어떻게 사치품을 사들이나', face, 54, 430);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(face.getAdvanceWidth(line, 54)).toBeLessThanOrEqual(430);
    expect(lines.join(' ')).toBe('유엔 금지 속에서 북한은 어떻게 사치품을 사들이나');
  });
});

describe('a Korean card', () => {
  it('is all outlines, Korean title and kicker included', () => {
    const svg = shareSvg({
      kicker: '8개 장 중 제6장',
      title: '마이바흐 두 대의 행적',
      dek: '방탄 리무진 두 대가 로테르담을 떠났다.',
      siteName: 'Lux & Loaded',
    });
    expect(svg).not.toMatch(/<text/);
    expect(svg).toContain('<title>마이바흐 두 대의 행적</title>');
    const paths = [...svg.matchAll(/<path fill="[^"]+" d="([^"]*)"/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThanOrEqual(4);
    for (const d of paths) expect(d.length).toBeGreaterThan(50);
  });

  it('has a Korean text alternative', () => {
    expect(shareCardAlt('8개 장 중 제6장', '마이바흐', '방탄 리무진', undefined, 'ko')).toBe(
      'Lux & Loaded 제목 카드. 8개 장 중 제6장: 마이바흐. 방탄 리무진',
    );
    expect(shareCardAlt('탐사 보도', '제목', '', '지도 제목', 'ko')).toBe(
      'Lux & Loaded 공유 카드. 탐사 보도: 제목. 실린 그림: “지도 제목”.',
    );
  });
});
