/**
 * Width of a line of text in the site's sans font (Inter, as self-hosted from @fontsource/inter
 * 5.3.0), from the advance widths of its glyphs: thousandths of an em for the printable ASCII
 * characters U+0020–U+007E, read from inter-latin-{400,600}-normal.woff with opentype.js. Kerning
 * is ignored, which errs a little wide: safe for collision tests.
 */

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

/** The width of `text` in SVG units at `size` px, in Inter regular (400) or semibold (600). */
export function textWidth(text: string, size = 12.5, weight: 400 | 600 = 400): number {
  const table = weight === 600 ? INTER_600 : INTER_400;
  let total = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    total += code >= 32 && code <= 126 ? table[code - 32] : FALLBACK;
  }
  return (total / 1000) * size;
}
