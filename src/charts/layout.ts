/**
 * The two widths every chart is drawn at and the type size they share. CSS shows the narrow
 * drawing in containers under 42rem and the wide one above (figures.css), and caps how far each
 * may scale up, so chart text renders at 12–15 px on a 320 px phone and on a 1200 px desktop:
 * 13 px at 300 units shrinks to 12.5 px in the narrowest column (288 px) and the wide drawing is
 * only shown where it renders at 12 px or more.
 */

/** Width of the desktop drawing, in SVG units. */
export const WIDE_WIDTH = 720;

/** Width of the phone drawing, in SVG units: a 320 px screen leaves 288 px for the figure. */
export const NARROW_WIDTH = 300;

/** Type size of every label in a chart, in SVG units. */
export const FONT_SIZE = 13;

/** Plot's `style` option shared by every chart: the page's sans at the chart size. */
export const chartStyle = { fontSize: `${FONT_SIZE}px`, fontFamily: 'var(--font-sans)', overflow: 'visible' };

/** Average width of a Latin character of chart text, in em (Inter averages about 0.55 em). */
const LATIN_EM = 0.55;

/**
 * Width of a Hangul syllable (or other full-width CJK character), in em. Noto Sans KR, which the
 * Korean pages self-host, advances every syllable by 0.92 em (read from its TTF with opentype.js);
 * 1 em also covers the system Korean fonts that paint before it loads, so estimates err wide.
 */
const WIDE_EM = 1;

const WIDE = /[\u1100-\u11FF\u2E80-\u303F\u3130-\u318F\u3200-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF01-\uFF60]/;

/** Roughly how wide a line of chart text is, in em: Latin at 0.55 em a character, Hangul at 1 em a syllable. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? WIDE_EM : LATIN_EM;
  return em;
}

/** Roughly how wide a line of chart text is, in SVG units, at the chart's type size. */
export function textWidth(text: string, size = FONT_SIZE): number {
  return textEm(text) * size;
}

/** The length of text in Latin-character widths, the unit charsIn and wrapText count in (Latin text: its length, exactly). */
function charUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? WIDE_EM / LATIN_EM : 1;
  return units;
}

/**
 * Splits text into lines of at most `maxChars` Latin-character widths (a Hangul syllable counts
 * for about two), breaking at spaces; a long word stays whole.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && charUnits(line) + 1 + charUnits(word) > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Roughly how many Latin characters of chart text fit in `px` units (see wrapText for Hangul). */
export function charsIn(px: number): number {
  return Math.max(8, Math.floor(px / (FONT_SIZE * LATIN_EM)));
}
