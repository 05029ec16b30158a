/**
 * Share images (Open Graph / Twitter cards) drawn at build time: 1200 × 630 PNGs with a page's
 * headline and, where the page has one, its lead figure; otherwise its dek. Text is turned into
 * outlines with our own font files (opentype.js), so the image looks the same on any build
 * machine, with or without system fonts, and sharp rasterises the SVG. Colours come from
 * src/styles/tokens.css (light palette). Nothing is cut off: text that does not fit is set smaller.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';
import sharp from 'sharp';
import { escapeHtml } from './html';
import { koreanFace, withKorean } from './share-korean';
import { token } from './tokens';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const MARGIN = 80;
/** The rule above the site's name, the foot of everything else on the card. */
const FOOT = SHARE_HEIGHT - 100;

const require = createRequire(import.meta.url);
const fonts = new Map<string, Font>();

/** A font file of a package (resolved from node_modules), parsed once and kept for the build. */
export function font(file: string): Font {
  let loaded = fonts.get(file);
  if (!loaded) {
    const buffer = readFileSync(require.resolve(file));
    loaded = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    fonts.set(file, loaded);
  }
  return loaded;
}

/** One of the site's faces (Inter or Source Serif 4, Latin) at the nearest weight it ships, 100–900; Korean characters from Noto (share-korean.ts). */
export function fontFace(family: 'sans' | 'serif', weight = 400, italic = false): Font {
  const w = Math.min(900, Math.max(family === 'serif' ? 200 : 100, Math.round(weight / 100) * 100));
  const style = italic ? 'italic' : 'normal';
  const latin =
    family === 'serif'
      ? font(`@fontsource/source-serif-4/files/source-serif-4-latin-${w}-${style}.woff`)
      : font(`@fontsource/inter/files/inter-latin-${w}-${style}.woff`);
  return withKorean(latin, () => koreanFace(family, w));
}

const serifBold = () => fontFace('serif', 700);
const sans = () => fontFace('sans', 400);
const sansBold = () => fontFace('sans', 600);

/** Breaks text into lines no wider than `width` at the given size (a single word wider than that keeps its own line). */
export function wrap(text: string, face: Font, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (face.getAdvanceWidth(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextBlock {
  lines: string[];
  size: number;
}

/**
 * The largest size, from `sizes` (largest first), at which the text wraps into at most `maxLines`
 * lines that all fit `width`; at the smallest size it takes as many lines as it needs, never cut.
 */
export function fit(text: string, face: Font, sizes: number[], width: number, maxLines: number): TextBlock {
  for (const size of sizes) {
    const lines = wrap(text, face, size, width);
    if (lines.length <= maxLines && lines.every((l) => face.getAdvanceWidth(l, size) <= width)) return { lines, size };
  }
  const size = sizes[sizes.length - 1];
  return { lines: wrap(text, face, size, width), size };
}

/** Text as a filled outline, its baseline starting at (x, y). */
export function outline(text: string, face: Font, x: number, y: number, size: number, fill: string, letterSpacing = 0): string {
  return `<path fill="${fill}" d="${face.getPath(text, x, y, size, { letterSpacing }).toPathData(1)}"/>`;
}

/** A figure ready to be placed on a card: SVG body in its own units (text already outlined). */
export interface ShareFigure {
  width: number;
  height: number;
  body: string;
}

export interface ShareCard {
  /** Small capitals above the title, e.g. "Chapter 4 of 7". */
  kicker: string;
  title: string;
  /** Printed in full under the title when the card has no figure. */
  dek: string;
  /** The site's name, set in bold at the foot of the card. */
  siteName: string;
  figure?: ShareFigure;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface HeadingStyle {
  kickerSize: number;
  letterSpacing: number;
  gap: number;
  sizes: number[];
  maxLines: number;
}

/** Kicker and title from `top`, wrapped to `width`; returns the outlines and where the text ends. */
function heading(card: ShareCard, x: number, top: number, width: number, style: HeadingStyle) {
  const parts = [outline(card.kicker.toUpperCase(), sansBold(), x, top, style.kickerSize, token('accent'), style.letterSpacing)];
  const title = fit(card.title, serifBold(), style.sizes, width, style.maxLines);
  let y = top + style.gap;
  for (const line of title.lines) {
    y += title.size * 1.12;
    parts.push(outline(line, serifBold(), x, y, title.size, token('ink')));
  }
  return { parts, bottom: y };
}

/** The scale at which a figure fits a box. */
const fitScale = (figure: ShareFigure, box: Box) => Math.min(box.width / figure.width, box.height / figure.height);

/** The figure scaled to fit the box, centred in it. */
function placeFigure(figure: ShareFigure, box: Box): string {
  const scale = fitScale(figure, box);
  const w = figure.width * scale;
  const h = figure.height * scale;
  const x = box.x + (box.width - w) / 2;
  const y = box.y + (box.height - h) / 2;
  return `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" viewBox="0 0 ${figure.width} ${figure.height}" overflow="visible">${figure.body}</svg>`;
}

/** Title and figure, stacked or side by side: whichever shows the figure larger. */
function figureLayout(card: ShareCard, figure: ShareFigure): string[] {
  const bottom = FOOT - 24;
  const style = { kickerSize: 22, letterSpacing: 0.06, gap: 14 };
  const wide = heading(card, MARGIN, 80, SHARE_WIDTH - MARGIN * 2, { ...style, sizes: [54, 48, 42, 36, 32], maxLines: 2 });
  const under = { x: MARGIN, y: wide.bottom + 28, width: SHARE_WIDTH - MARGIN * 2, height: bottom - wide.bottom - 28 };
  const column = 430;
  const narrow = heading(card, MARGIN, 96, column, { ...style, sizes: [54, 48, 42, 36, 32, 28], maxLines: 6 });
  const x = MARGIN + column + 40;
  const beside = { x, y: 44, width: SHARE_WIDTH - MARGIN - x, height: bottom - 44 };
  return fitScale(figure, under) >= fitScale(figure, beside)
    ? [...wide.parts, placeFigure(figure, under)]
    : [...narrow.parts, placeFigure(figure, beside)];
}

/** Title and dek, both in full: the dek is set smaller until it fits, never cut. */
function textLayout(card: ShareCard): string[] {
  const width = SHARE_WIDTH - MARGIN * 2;
  const sizes = card.title.length > 40 ? [64, 56, 48, 42] : [76, 64, 56, 48, 42];
  const text = heading(card, MARGIN, 150, width, { kickerSize: 24, letterSpacing: 0, gap: 30, sizes, maxLines: 3 });
  const top = text.bottom + 26;
  const dekSizes = [30, 28, 26, 24, 22, 20, 18];
  const dek = dekSizes
    .map((size) => ({ size, lines: wrap(card.dek, sans(), size, width) }))
    .find((d) => top + d.lines.length * d.size * 1.4 <= FOOT - 20) ?? { size: 18, lines: wrap(card.dek, sans(), 18, width) };
  let y = top;
  const parts = [...text.parts];
  for (const line of dek.lines) {
    y += dek.size * 1.4;
    parts.push(outline(line, sans(), MARGIN, y, dek.size, token('muted')));
  }
  return parts;
}

/** The card as SVG markup (text as outlines). */
export function shareSvg(card: ShareCard): string {
  const parts = card.figure ? figureLayout(card, card.figure) : textLayout(card);
  const rule = `<rect x="${MARGIN}" y="${FOOT}" width="${SHARE_WIDTH - MARGIN * 2}" height="2" fill="${token('rule')}"/>`;
  const site = outline(card.siteName, sansBold(), MARGIN, SHARE_HEIGHT - 56, 26, token('ink'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}"><title>${escapeHtml(card.title)}</title><rect width="100%" height="100%" fill="${token('paper')}"/><rect x="0" y="0" width="${SHARE_WIDTH}" height="14" fill="${token('accent')}"/>${rule}${parts.join('')}${site}</svg>`;
}

/** The card as a PNG. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  return sharp(Buffer.from(shareSvg(card)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
