/**
 * Width of a line of text as the maps draw it, from the advance widths of its glyphs. Latin: the
 * site's sans font (Inter, as self-hosted from @fontsource/inter 5.3.0), thousandths of an em for
 * the printable ASCII characters U+0020–U+007E, read from inter-latin-{400,600}-normal.woff with
 * opentype.js. Korean: a line that holds Hangul is drawn in Noto Sans KR (the Korean pages' sans,
 * see fonts.css), so its characters are measured from the font the build subsets,
 * @expo-google-fonts/noto-sans-kr (regular for 400; bold, the widest weight a browser may use
 * for 600), read with opentype.js when first needed; a Latin letter inside Korean text takes the
 * wider of the two fonts' advances, whichever the browser picks. Kerning is ignored, which errs a
 * little wide: safe for collision tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';

/** Advance widths, U+0020 to U+007E, regular (400). */
const INTER_400 = [
  281, 288, 466, 633, 642, 982, 644, 300, 365, 365, 501, 662, 288, 460, 288, 360, 631, 407, 610, 618, 646, 593, 620, 566, 619, 620, 288,
  302, 662, 662, 662, 511, 966, 690, 654, 730, 722, 601, 590, 746, 743, 269, 571, 672, 565, 903, 753, 765, 639, 765, 644, 642, 646, 744,
  690, 985, 682, 679, 629, 365, 360, 365, 471, 456, 323, 562, 612, 571, 612, 583, 370, 613, 591, 242, 242, 549, 242, 876, 591, 600, 612,
  612, 376, 528, 327, 591, 562, 818, 546, 562, 552, 426, 333, 426, 662,
];
/** Advance widths, U+0020 to U+007E, semibold (600). */
const INTER_600 = [
  252, 321, 523, 644, 650, 1004, 663, 326, 373, 373, 540, 673, 319, 465, 319, 379, 660, 423, 623, 636, 666, 612, 640, 576, 640, 640, 319,
  329, 673, 673, 673, 543, 999, 728, 659, 737, 722, 605, 588, 749, 746, 277, 580, 703, 565, 922, 759, 769, 645, 773, 652, 650, 660, 736,
  728, 1020, 720, 713, 652, 373, 379, 373, 481, 469, 351, 574, 624, 583, 624, 591, 389, 625, 612, 262, 262, 569, 262, 900, 612, 609, 624,
  624, 397, 549, 353, 612, 587, 839, 569, 588, 566, 455, 359, 455, 673,
];

/** Width used for any character outside the table (accented letters, dashes): a wide letter, erring wide. */
const FALLBACK = 770;

/** Hangul syllables, jamo and compatibility jamo: a line with any of them is Korean text. */
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

/** The Noto Sans KR file measured for each weight (bold for 600: the widest a browser may draw). */
export const KOREAN_FONT_FILES: Record<400 | 600, string> = {
  400: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  600: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

const fonts = new Map<400 | 600, Font>();
const advances = new Map<string, number>();

/** The Korean font of a weight, parsed once per build (about 0.3 s each). */
export function koreanFont(weight: 400 | 600): Font {
  let font = fonts.get(weight);
  if (!font) {
    const buffer = readFileSync(createRequire(import.meta.url).resolve(KOREAN_FONT_FILES[weight]));
    font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    fonts.set(weight, font);
  }
  return font;
}

/** A character's advance in Noto Sans KR, in thousandths of an em; null when the font has no glyph for it. */
function koreanAdvance(ch: string, weight: 400 | 600): number | null {
  const key = `${weight}:${ch}`;
  let advance = advances.get(key);
  if (advance === undefined) {
    const font = koreanFont(weight);
    const glyph = font.charToGlyph(ch);
    advance = glyph.index === 0 ? -1 : ((glyph.advanceWidth ?? 0) * 1000) / font.unitsPerEm;
    advances.set(key, advance);
  }
  return advance < 0 ? null : advance;
}

/** The width of `text` in SVG units at `size` px, regular (400) or semibold (600). */
export function textWidth(text: string, size = 12.5, weight: 400 | 600 = 400): number {
  const table = weight === 600 ? INTER_600 : INTER_400;
  const korean = HANGUL.test(text);
  let total = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const latin = code >= 32 && code <= 126 ? table[code - 32] : null;
    if (!korean) total += latin ?? FALLBACK;
    else total += Math.max(latin ?? FALLBACK, koreanAdvance(ch, weight) ?? 0);
  }
  return (total / 1000) * size;
}
