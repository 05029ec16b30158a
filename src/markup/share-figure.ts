/**
 * A figure's SVG made ready for a share card: the same drawing the page shows, with the site's
 * styles written onto each element (svg-styles.ts) and every <text> turned into an outline in the
 * site's own fonts, so the card needs neither a stylesheet nor a system font.
 */
import { DOMParser } from 'linkedom';
import type { Font } from 'opentype.js';
import { fontFace, type ShareFigure } from '../lib/share-image';
import { cascade, figureStyles, type StyleRule } from './svg-styles';

/** What a <text> needs to be outlined, inherited down the tree. */
interface TextStyle {
  size: number;
  weight: number;
  serif: boolean;
  italic: boolean;
  anchor: string;
  letterSpacing: string;
  transform: string;
}

const ROOT_TEXT: TextStyle = { size: 16, weight: 400, serif: false, italic: false, anchor: 'start', letterSpacing: '0', transform: 'none' };
const TEXT_PROPERTIES = ['font-size', 'font-weight', 'font-family', 'font-style', 'text-anchor', 'letter-spacing', 'text-transform'];

/** A length in px: "13px", "0.8125rem", "1.2em" (of `em`), or a bare number. */
export function toPx(value: string, em: number): number {
  const n = parseFloat(value);
  if (Number.isNaN(n)) return 0;
  if (value.endsWith('rem')) return n * 16;
  if (value.endsWith('em')) return n * em;
  if (value.endsWith('%')) return (n / 100) * em;
  return n;
}

/** The text style of an element from its parent's, its presentation attributes, then the stylesheets and its style attribute. */
function textStyle(parent: TextStyle, element: Element, declared: [string, string][]): TextStyle {
  const style = { ...parent };
  const values = [
    ...TEXT_PROPERTIES.flatMap((p) => (element.hasAttribute(p) ? [[p, element.getAttribute(p)!] as [string, string]] : [])),
    ...declared,
  ];
  for (const [property, value] of values) {
    if (property === 'font-size') style.size = toPx(value, parent.size) || parent.size;
    else if (property === 'font-weight') style.weight = value === 'bold' ? 700 : value === 'normal' ? 400 : Number(value) || style.weight;
    else if (property === 'font-family') style.serif = /serif/i.test(value.split(',')[0]) && !/sans/i.test(value.split(',')[0]);
    else if (property === 'font-style') style.italic = value === 'italic';
    else if (property === 'text-anchor') style.anchor = value;
    else if (property === 'letter-spacing') style.letterSpacing = value;
    else if (property === 'text-transform') style.transform = value;
  }
  return style;
}

/** One run of text in a face and size, starting at (x, y), anchored from there. */
interface Run {
  text: string;
  style: TextStyle;
  x: number;
  y: number;
}

/** The runs of a <text>: its own characters, or one per <tspan>, each placed as SVG places it (x, y absolute; dx, dy relative). */
function runs(element: Element, style: TextStyle): Run[] {
  const at = (node: Element, name: string, size: number) => toPx(node.getAttribute(name) ?? '0', size);
  let x = at(element, 'x', style.size) + at(element, 'dx', style.size);
  let y = at(element, 'y', style.size) + at(element, 'dy', style.size);
  const spans = [...element.children].filter((c) => c.localName === 'tspan');
  if (spans.length === 0) return [{ text: element.textContent ?? '', style, x, y }];
  return spans.map((span) => {
    const own = textStyle(style, span, []);
    if (span.hasAttribute('x')) x = at(span, 'x', own.size);
    if (span.hasAttribute('y')) y = at(span, 'y', own.size);
    x += at(span, 'dx', own.size);
    y += at(span, 'dy', own.size);
    return { text: span.textContent ?? '', style: own, x, y };
  });
}

/** Characters the site's fonts lack, drawn as shapes: the arrow of "Rotterdam → Dalian", in em units from the baseline. */
const DRAWN: Record<string, { advance: number; path: (x: number, y: number, em: number) => string }> = {
  '→': {
    advance: 0.9,
    path: (x, y, em) => {
      const p = (dx: number, dy: number) => `${(x + dx * em).toFixed(2)} ${(y - dy * em).toFixed(2)}`;
      return `M${p(0.08, 0.3)}L${p(0.6, 0.3)}L${p(0.6, 0.14)}L${p(0.84, 0.34)}L${p(0.6, 0.54)}L${p(0.6, 0.38)}L${p(0.08, 0.38)}Z`;
    },
  },
};

/** A run as path data, in the site's own face for its weight and style. */
function runPath(run: Run): string {
  const { style } = run;
  const face = fontFace(style.serif ? 'serif' : 'sans', style.weight, style.italic);
  const text = style.transform === 'uppercase' ? run.text.toUpperCase() : run.text;
  const spacing = style.letterSpacing === 'normal' ? 0 : toPx(style.letterSpacing, style.size) / style.size;
  const options = { letterSpacing: spacing };
  const parts = segments(text, face);
  const advance = (part: string) => (DRAWN[part] ? DRAWN[part].advance * style.size : face.getAdvanceWidth(part, style.size, options));
  const width = parts.reduce((sum, part) => sum + advance(part), 0);
  let x = run.x - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0);
  let d = '';
  for (const part of parts) {
    d += DRAWN[part] ? DRAWN[part].path(x, run.y, style.size) : face.getPath(part, x, run.y, style.size, options).toPathData(2);
    x += advance(part);
  }
  return d;
}

/** The text cut where the face lacks a character: drawable runs between characters drawn as shapes (or left blank, with a warning). */
function segments(text: string, face: Font): string[] {
  const parts: string[] = [];
  let run = '';
  for (const ch of text) {
    if (face.charToGlyphIndex(ch) !== 0 || /\s/.test(ch)) {
      run += ch;
      continue;
    }
    if (run) parts.push(run);
    run = '';
    if (DRAWN[ch]) parts.push(ch);
    else {
      console.warn(
        `Share card: the site's fonts have no "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase()}) in "${text}"; it is left blank.`,
      );
      parts.push(' ');
    }
  }
  if (run) parts.push(run);
  return parts;
}

/** The <text> as a <g> holding its outline, placed where the text was; its other attributes kept. */
function outlinedText(element: Element, style: TextStyle): string {
  const d = runs(element, style).map(runPath).join('');
  const keep = ['transform', 'style', 'class', 'opacity', 'fill', 'stroke', 'stroke-width', 'paint-order']
    .filter((a) => element.hasAttribute(a))
    .map((a) => ` ${a}="${element.getAttribute(a)!.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<g${keep}><path d="${d}"/></g>`;
}

/** Writes the cascade onto one element and its children, depth first; texts become outlines. */
function restyle(element: Element, vars: Map<string, string>, parent: TextStyle, rules: StyleRule[]): void {
  const inherited = new Map(vars);
  const declared = cascade(element, inherited, rules);
  const style = textStyle(parent, element, declared);
  const paint = declared.filter(([p]) => !TEXT_PROPERTIES.includes(p));
  if (paint.length) element.setAttribute('style', paint.map(([p, v]) => `${p}:${v}`).join(';'));
  else element.removeAttribute('style');
  if (element.localName === 'text') {
    element.outerHTML = outlinedText(element, style);
    return;
  }
  for (const child of [...element.children]) restyle(child, inherited, style, rules);
}

/**
 * The figure's SVG (as its frame prints it) as a self-contained body for a share card. `styles`
 * are the rules to write onto it: the site's figure stylesheets, or a standalone file's own <style>
 * (figure-png.ts), since the <style> elements themselves are dropped.
 */
export function shareFigure(svg: string, styles: { rules: StyleRule[]; tokens: Map<string, string> } = figureStyles()): ShareFigure {
  // linkedom's XML document types its root loosely; it is a DOM element like any other.
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element;
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!width || !height) throw new Error(`A figure drawn for a share card has no viewBox: ${svg.slice(0, 80)}…`);
  for (const style of [...root.querySelectorAll('style, title, desc')]) style.remove();
  const { rules, tokens } = styles;
  const vars = new Map(tokens);
  restyle(root, vars, ROOT_TEXT, rules);
  // The page shows one of the wide and narrow drawings by a container query; the card shows this one.
  const rootStyle = (root.getAttribute('style') ?? '').replace(/(^|;)display:[^;]*/g, '');
  const body = [...root.childNodes].map((n) => n.toString()).join('');
  return {
    width,
    height,
    body: `<g style="${`color:${tokens.get('ink')};${rootStyle}`.replace(/"/g, "'")}" fill="currentColor">${body}</g>`,
  };
}
