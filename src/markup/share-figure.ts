/**
 * A figure's SVG made ready for a share card: the same drawing the page shows, with the site's
 * styles written onto each element (svg-styles.ts) and every <text> turned into an outline in the
 * site's own fonts, so the card needs neither a stylesheet nor a system font.
 */
import { DOMParser } from 'linkedom';
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

/** The <text> as a <g> holding its outline, placed where the text was; other attributes kept. */
function outlinedText(element: Element, style: TextStyle): string {
  const face = fontFace(style.serif ? 'serif' : 'sans', style.weight, style.italic);
  const raw = element.textContent ?? '';
  const text = style.transform === 'uppercase' ? raw.toUpperCase() : raw;
  const spacing = style.letterSpacing === 'normal' ? 0 : toPx(style.letterSpacing, style.size) / style.size;
  const width = face.getAdvanceWidth(text, style.size, { letterSpacing: spacing });
  const at = (name: string) => toPx(element.getAttribute(name) ?? '0', style.size);
  const shift = style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0;
  const x = at('x') + at('dx') - shift;
  const y = at('y') + at('dy');
  const d = face.getPath(text, x, y, style.size, { letterSpacing: spacing }).toPathData(2);
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

/** The figure's SVG (as its frame prints it) as a self-contained body for a share card. */
export function shareFigure(svg: string): ShareFigure {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!width || !height) throw new Error(`A figure drawn for a share card has no viewBox: ${svg.slice(0, 80)}…`);
  for (const style of [...root.querySelectorAll('style, title, desc')]) style.remove();
  const { rules, tokens } = figureStyles();
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
