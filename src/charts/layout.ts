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

/** Splits text into lines of at most `maxChars` characters, breaking at spaces (a long word stays whole). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Roughly how many characters of chart text fit in `px` units (Inter averages about 0.55 em). */
export function charsIn(px: number): number {
  return Math.max(8, Math.floor(px / (FONT_SIZE * 0.55)));
}
