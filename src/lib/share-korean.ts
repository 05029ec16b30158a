/**
 * Korean on the share cards: Noto Serif KR and Noto Sans KR (the full TrueType files of
 * @expo-google-fonts, OFL-1.1) read by opentype.js, and the site's Latin faces with Korean
 * filled in from them (share-image.ts fontFace), so a card outlines Korean text as the Korean
 * pages set it: Latin letters and figures in Source Serif 4 / Inter, Hangul in Noto.
 */
import opentype, { type Font } from 'opentype.js';
// share-image.ts imports this module too; the cycle is safe because `font` is only called at draw time.
import { font } from './share-image';

const NOTO_WEIGHTS: Record<number, string> = {
  100: '100Thin',
  200: '200ExtraLight',
  300: '300Light',
  400: '400Regular',
  500: '500Medium',
  600: '600SemiBold',
  700: '700Bold',
  800: '800ExtraBold',
  900: '900Black',
};

/** Noto Serif KR or Noto Sans KR (the full TrueType files, OFL-1.1) at the weight nearest `weight`; they have no italic. */
export function koreanFace(family: 'sans' | 'serif', weight = 400): Font {
  const w = Math.min(900, Math.max(family === 'serif' ? 200 : 100, Math.round(weight / 100) * 100));
  const name = family === 'serif' ? 'NotoSerifKR' : 'NotoSansKR';
  return font(
    `@expo-google-fonts/${family === 'serif' ? 'noto-serif-kr' : 'noto-sans-kr'}/${NOTO_WEIGHTS[w]}/${name}_${NOTO_WEIGHTS[w]}.ttf`,
  );
}

const mixed = new WeakMap<Font, Font>();
/** Hangul (syllables, jamo, compatibility jamo), CJK symbols and punctuation, Hanja, full-width forms. */
const KOREAN_SCRIPT = /[\u1100-\u11ff\u3000-\u303f\u3130-\u318f\u3200-\u32ff\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/;

/**
 * The Latin face with Korean filled in: a run of characters the Latin face lacks is measured and
 * drawn in the Korean one (loaded only when a text needs it), so a Korean title keeps its Latin
 * letters and figures in the site's own face, as the Korean pages set them.
 */
export function withKorean(latin: Font, korean: () => Font): Font {
  const known = mixed.get(latin);
  if (known) return known;
  const face = Object.create(latin) as Font;
  // Only Korean script goes to Noto; anything else the Latin face lacks is left to the caller
  // (share-figure.ts draws the route arrow itself), so English is drawn exactly as before.
  const inLatin = (ch: string) => !KOREAN_SCRIPT.test(ch) || latin.charToGlyphIndex(ch) !== 0;
  const split = (text: string) => {
    const runs: { text: string; font: Font }[] = [];
    for (const ch of text) {
      const f = inLatin(ch) || korean().charToGlyphIndex(ch) === 0 ? latin : korean();
      if (runs.length && runs[runs.length - 1].font === f) runs[runs.length - 1].text += ch;
      else runs.push({ text: ch, font: f });
    }
    return runs;
  };
  type Options = Parameters<Font['getPath']>[4];
  const width = (text: string, size: number, options?: Options) =>
    split(text).reduce((sum, run) => sum + run.font.getAdvanceWidth(run.text, size, options), 0);
  face.getAdvanceWidth = width;
  face.charToGlyphIndex = (ch: string) => latin.charToGlyphIndex(ch) || (inLatin(ch) ? 0 : korean().charToGlyphIndex(ch));
  face.getPath = (text: string, x: number, y: number, size: number, options?: Options) => {
    const path = new opentype.Path();
    for (const run of split(text)) {
      path.extend(run.font.getPath(run.text, x, y, size, options));
      x += run.font.getAdvanceWidth(run.text, size, options);
    }
    return path;
  };
  mixed.set(latin, face);
  return face;
}
