/**
 * Share images (Open Graph / Twitter cards) drawn at build time: 1200 × 630 PNGs with the
 * chapter's title and dek. Text is turned into outlines with our own font files (opentype.js),
 * so the image looks the same on any build machine, with or without system fonts, and sharp
 * rasterises the SVG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';
import sharp from 'sharp';
import { escapeHtml } from './html';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const require = createRequire(import.meta.url);
const fonts = new Map<string, Font>();

function font(file: string): Font {
  let loaded = fonts.get(file);
  if (!loaded) {
    const buffer = readFileSync(require.resolve(file));
    loaded = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    fonts.set(file, loaded);
  }
  return loaded;
}

const serifBold = () => font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff');
const sans = () => font('@fontsource/inter/files/inter-latin-400-normal.woff');
const sansBold = () => font('@fontsource/inter/files/inter-latin-600-normal.woff');

/** Breaks text into lines no wider than `width` at the given size; the last line ends in "…" if cut. */
export function wrap(text: string, face: Font, size: number, width: number, maxLines: number): string[] {
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
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && face.getAdvanceWidth(`${last}…`, size) > width) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[,;:.]$/, '')}…`;
  return kept;
}

function outline(text: string, face: Font, x: number, y: number, size: number, fill: string): string {
  return `<path fill="${fill}" d="${face.getPath(text, x, y, size).toPathData(1)}"/>`;
}

export interface ShareCard {
  /** Small capitals above the title, e.g. "Chapter 4 of 7". */
  kicker: string;
  title: string;
  dek: string;
  /** The site's name, set in bold at the foot of the card. */
  siteName: string;
}

/** The card as SVG markup (text as outlines). */
export function shareSvg(card: ShareCard): string {
  const margin = 80;
  const width = SHARE_WIDTH - margin * 2;
  const titleSize = card.title.length > 40 ? 64 : 76;
  const titleLines = wrap(card.title, serifBold(), titleSize, width, 3);
  const dekLines = wrap(card.dek, sans(), 30, width, 3);
  let y = 150;
  const parts: string[] = [];
  parts.push(outline(card.kicker.toUpperCase(), sansBold(), margin, y, 24, '#b3410a'));
  y += 30;
  for (const line of titleLines) {
    y += titleSize * 1.12;
    parts.push(outline(line, serifBold(), margin, y, titleSize, '#1b1b1b'));
  }
  y += 26;
  for (const line of dekLines) {
    y += 42;
    parts.push(outline(line, sans(), margin, y, 30, '#4a4a4a'));
  }
  parts.push(outline(card.siteName, sansBold(), margin, SHARE_HEIGHT - 56, 26, '#1b1b1b'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}"><title>${escapeHtml(card.title)}</title><rect width="100%" height="100%" fill="#fbfaf7"/><rect x="0" y="0" width="${SHARE_WIDTH}" height="14" fill="#b3410a"/><rect x="${margin}" y="${SHARE_HEIGHT - 100}" width="${width}" height="2" fill="#d6d2c8"/>${parts.join('')}</svg>`;
}

/** The card as a PNG. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  return sharp(Buffer.from(shareSvg(card)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
