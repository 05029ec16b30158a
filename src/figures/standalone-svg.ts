/**
 * A story figure as a file that stands alone (/data/charts/<id>.svg; in Korean, drawn from
 * getDataset('ko'), /ko/data/charts/<id>.svg): the widest drawing, with its
 * title, dek, notes, sources and credit set as SVG text around it, and its own <style>. On the site
 * marks get their colours from the stylesheets' custom properties; here each element's styles are
 * worked out once from those stylesheets (light scheme) and written as plain values in generated
 * classes, because vector editors do not know var(--…) or currentColor. Fonts are named with
 * common fallbacks, since the file cannot carry the site's subset web fonts.
 */
import { parseHTML } from 'linkedom';
import type { Font } from 'opentype.js';
import { creditLinks } from '../markup/credits';
import { langOf } from '../lib/i18n/dataset-lang';
import { figureWords } from '../lib/i18n/ui/figures';
import type { Dataset } from '../lib/data';
import { escapeHtml } from '../lib/html';
import { fontFace } from '../lib/share-image';
import { SITE_NAME } from '../lib/sharing';
import { flattenStyles, fontStacks, pageVars } from './standalone-style';
import type { FigureTexts, StoryFigure } from './types';

export { SANS, SANS_KO, SERIF, SERIF_KO } from './standalone-style';

/** Breaks text into lines that fit `width` at `size`, measured with the site's own font files (with a margin for the fallbacks). */
function lines(text: string, font: Font, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || font.getAdvanceWidth(candidate, size) * 1.08 <= width) line = candidate;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  return out;
}

// An HTML parser folds the case of tag names; XML needs SVG's mixed-case ones back.
const SVG_NAMES: Record<string, string> = Object.fromEntries(
  ['clipPath', 'linearGradient', 'radialGradient', 'textPath', 'foreignObject', 'feGaussianBlur', 'feOffset', 'feBlend'].map((n) => [
    n.toLowerCase(),
    n,
  ]),
);
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlAttr = (text: string) => xmlText(text).replace(/"/g, '&quot;');

/** A node as XML: the DOM's own serialisation is HTML's, which leaves "&" and "<" bare in attributes. */
function xml(node: Node): string {
  if (node.nodeType === 3) return xmlText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = el.getAttributeNames().map((name) => ` ${name}="${xmlAttr(el.getAttribute(name) ?? '')}"`);
  const children = [...el.childNodes].map(xml).join('');
  const tag = SVG_NAMES[el.localName.toLowerCase()] ?? el.localName.toLowerCase();
  return children ? `<${tag}${attrs.join('')}>${children}</${tag}>` : `<${tag}${attrs.join('')}/>`;
}

interface TextBlock {
  text: string;
  className: string;
  font: Font;
  size: number;
  leading: number;
  gap: number;
}

const PAD = 20;

/** The title and dek above the drawing; the notes, sources and credit below it. */
function textBlocks(texts: FigureTexts, data: Dataset, url: string): { head: TextBlock[]; foot: TextBlock[] } {
  const sources = parseHTML(`<p>${creditLinks(data, texts.sources)}</p>`).document.querySelector('p')!.textContent ?? '';
  const sourceLabel = figureWords(langOf(data), new Set(texts.sources).size > 1 ? 'sources' : 'source');
  return {
    head: [
      { text: texts.title, className: 'lux-title', font: fontFace('serif', 700), size: 20, leading: 25, gap: 0 },
      { text: texts.dek, className: 'lux-dek', font: fontFace('sans'), size: 14, leading: 19, gap: 6 },
    ],
    foot: [
      ...texts.notes.map((n) => ({ text: n, className: 'lux-note', font: fontFace('sans'), size: 12, leading: 16, gap: 4 })),
      { text: `${sourceLabel}: ${sources}.`, className: 'lux-note', font: fontFace('sans'), size: 12, leading: 16, gap: 8 },
      { text: `${SITE_NAME} · ${url}`, className: 'lux-credit', font: fontFace('sans'), size: 12, leading: 16, gap: 8 },
    ],
  };
}

/** Text blocks set as <text> lines from `y` down, `width` wide; returns the markup and the y below the last line. */
function setBlocks(blocks: TextBlock[], y: number, width: number): { markup: string; y: number } {
  const markup = blocks
    .map((b) => {
      y += b.gap;
      return lines(b.text, b.font, b.size, width)
        .map((line) => {
          y += b.leading;
          return `<text class="${b.className}" x="${PAD}" y="${y - (b.leading - b.size) / 2 - 3}">${escapeHtml(line)}</text>`;
        })
        .join('\n');
    })
    .join('\n');
  return { markup, y };
}

/** The file's stylesheet: the texts' classes, then the drawing's generated ones. */
function styleSheet(classes: Map<string, string>, vars: Map<string, string>): string {
  const ink = vars.get('--ink')!;
  const muted = vars.get('--muted')!;
  const [sans, serif] = [vars.get('--font-sans')!, vars.get('--font-serif')!];
  return [
    `text{white-space:pre}`,
    `.lux-title{font-family:${serif};font-weight:700;font-size:20px;fill:${ink}}`,
    `.lux-dek{font-family:${sans};font-size:14px;fill:${muted}}`,
    `.lux-note{font-family:${sans};font-size:12px;fill:${muted}}`,
    `.lux-credit{font-family:${sans};font-size:12px;font-weight:600;fill:${ink}}`,
    ...[...classes].map(([props, name]) => `.${name}{${props}}`),
  ].join('\n');
}

/** The drawing's presentation attributes that its group keeps. */
function drawingAttributes(drawing: Element): string {
  return ['fill', 'font-family', 'font-size', 'text-anchor', 'class']
    .map((a) => (drawing.getAttribute(a) ? ` ${a}="${escapeHtml(drawing.getAttribute(a)!)}"` : ''))
    .join('');
}

/** The drawing's <svg>, at `width`, parsed from the figure's markup. */
function parseDrawing(figure: StoryFigure, data: Dataset, width: number): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${figure.draw(data, width)}</body></html>`);
  const drawing = document.querySelector('svg');
  if (!drawing) throw new Error(`Figure "${figure.id}" drew no <svg> at ${width} units.`);
  return drawing;
}

/** The width of a figure's standalone file, in SVG units (its widest drawing and the margins). */
export const standaloneWidth = (figure: StoryFigure): number => Math.max(...figure.widths) + 2 * PAD;

/** The figure's widest drawing as a standalone SVG document. */
export function standaloneSvg(figure: StoryFigure, data: Dataset, url: string): string {
  const texts = figure.texts(data);
  const width = Math.max(...figure.widths);
  const drawing = parseDrawing(figure, data, width);
  const lang = langOf(data);
  const vars = pageVars(lang);
  const classes = flattenStyles(drawing, vars, vars.get('--ink')!);

  // The texts around the drawing.
  const { head, foot } = textBlocks(texts, data, url);
  const headText = setBlocks(head, PAD, width);
  const [minX, minY, , height] = (drawing.getAttribute('viewBox') ?? `0 0 ${width} 0`).split(/[\s,]+/).map(Number);
  const top = headText.y + 16;
  const footText = setBlocks(foot, top + height + 12, width);
  const total = Math.ceil(footText.y + PAD);
  const full = standaloneWidth(figure);
  const body = [...drawing.childNodes].map(xml).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${lang}" viewBox="0 0 ${full} ${total}" width="${full}" height="${total}" role="img" aria-labelledby="lux-title lux-desc" font-family="${fontStacks(lang).sans}">
<title id="lux-title">${escapeHtml(texts.title)}</title>
<desc id="lux-desc">${escapeHtml(texts.alt)}</desc>
<style>
${styleSheet(classes, vars)}
</style>
<rect width="${full}" height="${total}" fill="${vars.get('--paper')!}"/>
${headText.markup}
<g transform="translate(${PAD - minX},${top - minY})"${drawingAttributes(drawing)}>
${body}
</g>
${footText.markup}
</svg>
`;
}

const made = new Map<string, string>();

/** standaloneSvg made once per build for a figure, language and credit URL: the SVG and PNG routes share it. */
export function standaloneFile(figure: StoryFigure, data: Dataset, url: string): string {
  const key = `${langOf(data)} ${figure.id} ${url}`;
  let svg = made.get(key);
  if (svg === undefined) {
    svg = standaloneSvg(figure, data, url);
    made.set(key, svg);
  }
  return svg;
}
