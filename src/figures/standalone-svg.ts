/**
 * A story figure as a file that stands alone (/data/charts/<id>.svg): the widest drawing, with its
 * title, dek, notes, sources and credit set as SVG text around it, and its own <style>. On the site
 * marks get their colours from the stylesheets' custom properties; here each element's styles are
 * worked out once from those stylesheets (light scheme) and written as plain values in generated
 * classes, because vector editors do not know var(--…) or currentColor. Fonts are named with
 * common fallbacks, since the file cannot carry the site's subset web fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import opentype, { type Font } from 'opentype.js';
import { creditLinks } from '../markup/credits';
import type { Dataset } from '../lib/data';
import { escapeHtml } from '../lib/html';
import { SITE_NAME } from '../lib/sharing';
import type { StoryFigure } from './types';

export const SANS = 'Inter, Helvetica, Arial, sans-serif';
export const SERIF = "'Source Serif 4', Georgia, 'Times New Roman', serif";
const STYLESHEETS = ['tokens.css', 'figures.css', 'maps.css'];
// What a vector editor needs to draw the marks; layout and interaction properties stay on the site.
const PAINT = new Set([
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-transform',
  'text-anchor',
]);
// Site-only attributes: interaction hooks and references to ids outside this file.
const DROP_ATTRIBUTES = /^(tabindex|data-.*|aria-labelledby|aria-describedby|class|style)$/;

interface Rule {
  selector: string;
  specificity: number;
  order: number;
  declarations: [string, string][];
}

function declarations(block: string): [string, string][] {
  return block
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string];
    })
    .filter(([name, value]) => name && value);
}

/** Top-level style rules of a stylesheet (at-rule blocks such as the dark scheme are skipped). */
function rules(css: string, start: number): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Rule[] = [];
  let i = 0;
  let order = start;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const prelude = text.slice(i, open).trim();
    if (prelude.startsWith('@')) {
      // Skip the whole block, nested braces included.
      let depth = 1;
      let j = open + 1;
      for (; j < text.length && depth > 0; j++) depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
      i = j;
      continue;
    }
    const close = text.indexOf('}', open);
    const decls = declarations(text.slice(open + 1, close));
    for (const selector of prelude.split(',').map((s) => s.trim())) {
      // States (focus, the current step, :not, :has) are the reader's, not the file's.
      if (selector !== ':root' && selector.includes(':')) continue;
      out.push({ selector, specificity: specificity(selector), order: order++, declarations: decls });
    }
    i = close + 1;
  }
  return out;
}

function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]+\]/g) ?? []).length;
  const types = (selector.replace(/[.#][\w-]+|\[[^\]]+\]/g, ' ').match(/(^|[\s>+~])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

let sheet: Rule[] | undefined;
function siteRules(): Rule[] {
  if (!sheet) {
    sheet = STYLESHEETS.flatMap((file, n) => rules(readFileSync(join(process.cwd(), 'src/styles', file), 'utf8'), n * 10000));
  }
  return sheet;
}

/** Resolves var(--x, fallback) against the custom properties in force on an element. */
function resolve(value: string, vars: Map<string, string>, depth = 0): string {
  if (depth > 10) throw new Error(`Standalone SVG: custom properties nest too deeply in "${value}".`);
  const resolved = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
    const found = vars.get(name) ?? fallback;
    if (found === undefined) throw new Error(`Standalone SVG: ${name} is not defined in src/styles (${STYLESHEETS.join(', ')}).`);
    return found;
  });
  return resolved.includes('var(') ? resolve(resolved, vars, depth + 1) : resolved;
}

const require = createRequire(import.meta.url);
const faces = new Map<string, Font>();
function face(file: string): Font {
  let font = faces.get(file);
  if (!font) {
    const buffer = readFileSync(require.resolve(file));
    font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    faces.set(file, font);
  }
  return font;
}

/** Breaks text into lines that fit `width` at `size`, measured with the site's own font files (with a margin for the fallbacks). */
function lines(text: string, file: string, size: number, width: number): string[] {
  const font = face(file);
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
  file: string;
  size: number;
  leading: number;
  gap: number;
}

/** The figure's widest drawing as a standalone SVG document. */
export function standaloneSvg(figure: StoryFigure, data: Dataset, url: string): string {
  const texts = figure.texts(data);
  const width = Math.max(...figure.widths);
  const { document } = parseHTML(`<!doctype html><html><body>${figure.draw(data, width)}</body></html>`);
  const drawing = document.querySelector('svg');
  if (!drawing) throw new Error(`Figure "${figure.id}" drew no <svg> at ${width} units.`);

  // The custom properties of the page (light scheme), with the fonts named as a file can name them.
  const root = new Map<string, string>();
  for (const rule of siteRules().filter((r) => r.selector === ':root')) for (const [n, v] of rule.declarations) root.set(n, v);
  root.set('--font-sans', SANS);
  root.set('--font-serif', SERIF);
  const resolvedRoot = new Map([...root].map(([n, v]) => [n, n.startsWith('--') ? resolve(v, root) : v]));
  const ink = resolvedRoot.get('--ink')!;
  const paper = resolvedRoot.get('--paper')!;
  const muted = resolvedRoot.get('--muted')!;

  // Every element's own declarations, in cascade order, then resolved against what it inherits.
  const styled = siteRules().filter((r) => r.selector !== ':root');
  const classes = new Map<string, string>();
  // Selectors match against the drawing as drawn, so the attributes change only once all are matched.
  const edits: (() => void)[] = [];
  const walk = (el: Element, parent: { vars: Map<string, string>; color: string }) => {
    const own = new Map<string, { value: string; rank: [number, number] }>();
    for (const rule of styled) {
      let matches = false;
      try {
        matches = el.matches(rule.selector);
      } catch {
        matches = false;
      }
      if (!matches) continue;
      for (const [name, value] of rule.declarations) {
        const prev = own.get(name);
        if (!prev || prev.rank[0] < rule.specificity || (prev.rank[0] === rule.specificity && prev.rank[1] < rule.order))
          own.set(name, { value, rank: [rule.specificity, rule.order] });
      }
    }
    for (const [name, value] of declarations(el.getAttribute('style') ?? '')) own.set(name, { value, rank: [1e9, 0] });
    const vars = new Map(parent.vars);
    for (const [name, { value }] of own) if (name.startsWith('--')) vars.set(name, resolve(value, vars));
    const color = own.has('color') ? resolve(own.get('color')!.value, vars) : parent.color;
    const paint = (value: string) => resolve(value, vars).replace(/currentColor/gi, color);
    const props = [...own]
      .filter(([name]) => PAINT.has(name) && name !== 'color')
      .map(([name, { value }]) => `${name}:${paint(value)}`)
      .sort();
    edits.push(() => {
      for (const attr of ['fill', 'stroke']) {
        const value = el.getAttribute(attr);
        if (value && /currentColor/i.test(value)) el.setAttribute(attr, value.replace(/currentColor/gi, color));
      }
      if (el.getAttribute('font-family')) el.setAttribute('font-family', SANS);
      for (const name of [...el.getAttributeNames()]) if (DROP_ATTRIBUTES.test(name)) el.removeAttribute(name);
      if (props.length) {
        const key = props.join(';');
        if (!classes.has(key)) classes.set(key, `s${classes.size + 1}`);
        el.setAttribute('class', classes.get(key)!);
      }
    });
    const state = { vars, color };
    for (const child of el.children) walk(child, state);
  };
  for (const style of drawing.querySelectorAll('style')) style.remove();
  walk(drawing, { vars: resolvedRoot, color: ink });
  for (const edit of edits) edit();

  // The texts around the drawing.
  const pad = 20;
  const inner = width;
  const sources = parseHTML(`<p>${creditLinks(data, texts.sources)}</p>`).document.querySelector('p')!.textContent ?? '';
  const sourceLabel = new Set(texts.sources).size > 1 ? 'Sources' : 'Source';
  const serifBold = '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff';
  const sans = '@fontsource/inter/files/inter-latin-400-normal.woff';
  const head: TextBlock[] = [
    { text: texts.title, className: 'lux-title', file: serifBold, size: 20, leading: 25, gap: 0 },
    { text: texts.dek, className: 'lux-dek', file: sans, size: 14, leading: 19, gap: 6 },
  ];
  const foot: TextBlock[] = [
    ...texts.notes.map((n) => ({ text: n, className: 'lux-note', file: sans, size: 12, leading: 16, gap: 4 })),
    { text: `${sourceLabel}: ${sources}.`, className: 'lux-note', file: sans, size: 12, leading: 16, gap: 8 },
    { text: `${SITE_NAME} · ${url}`, className: 'lux-credit', file: sans, size: 12, leading: 16, gap: 8 },
  ];
  let y = pad;
  const set = (blocks: TextBlock[]) =>
    blocks
      .map((b) => {
        y += b.gap;
        return lines(b.text, b.file, b.size, inner)
          .map((line) => {
            y += b.leading;
            return `<text class="${b.className}" x="${pad}" y="${y - (b.leading - b.size) / 2 - 3}">${escapeHtml(line)}</text>`;
          })
          .join('\n');
      })
      .join('\n');
  const headText = set(head);
  y += 16;
  const [minX, minY, , height] = (drawing.getAttribute('viewBox') ?? `0 0 ${width} 0`).split(/[\s,]+/).map(Number);
  const top = y;
  y += height + 12;
  const footText = set(foot);
  const total = Math.ceil(y + pad);
  const full = width + 2 * pad;

  const attrs = ['fill', 'font-family', 'font-size', 'text-anchor', 'class']
    .map((a) => (drawing.getAttribute(a) ? ` ${a}="${escapeHtml(drawing.getAttribute(a)!)}"` : ''))
    .join('');
  const style = [
    `text{white-space:pre}`,
    `.lux-title{font-family:${SERIF};font-weight:700;font-size:20px;fill:${ink}}`,
    `.lux-dek{font-family:${SANS};font-size:14px;fill:${muted}}`,
    `.lux-note{font-family:${SANS};font-size:12px;fill:${muted}}`,
    `.lux-credit{font-family:${SANS};font-size:12px;font-weight:600;fill:${ink}}`,
    ...[...classes].map(([props, name]) => `.${name}{${props}}`),
  ].join('\n');
  const body = [...drawing.childNodes].map(xml).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${total}" width="${full}" height="${total}" role="img" aria-labelledby="lux-title lux-desc" font-family="${SANS}">
<title id="lux-title">${escapeHtml(texts.title)}</title>
<desc id="lux-desc">${escapeHtml(texts.alt)}</desc>
<style>
${style}
</style>
<rect width="${full}" height="${total}" fill="${paper}"/>
${headText}
<g transform="translate(${pad - minX},${top - minY})"${attrs}>
${body}
</g>
${footText}
</svg>
`;
}
