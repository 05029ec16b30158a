/**
 * The site's styles written into a standalone SVG (see ./standalone-svg): each element's paint is
 * worked out once from the stylesheets (light scheme), with custom properties and currentColor
 * resolved, and set as plain values in generated classes, since vector editors know neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../lib/i18n/langs';

export const SANS = 'Inter, Helvetica, Arial, sans-serif';
export const SERIF = "'Source Serif 4', Georgia, 'Times New Roman', serif";
// Korean files: the Latin faces first (as the site's :lang(ko) stacks), then Noto KR and the Korean
// system faces of macOS, Windows and Linux, since the file cannot carry our subset fonts.
export const SANS_KO = "Inter, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Nanum Gothic', sans-serif";
export const SERIF_KO = "'Source Serif 4', 'Noto Serif KR', AppleMyungjo, Batang, 'Nanum Myeongjo', serif";

/** The font stacks a standalone file names, in a language. */
export function fontStacks(lang: Lang): { sans: string; serif: string } {
  return lang === 'ko' ? { sans: SANS_KO, serif: SERIF_KO } : { sans: SANS, serif: SERIF };
}
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

/** The custom properties of the page (light scheme), resolved, with the fonts named as a file can name them. */
export function pageVars(lang: Lang = 'en'): Map<string, string> {
  const root = new Map<string, string>();
  for (const rule of siteRules().filter((r) => r.selector === ':root')) for (const [n, v] of rule.declarations) root.set(n, v);
  root.set('--font-sans', fontStacks(lang).sans);
  root.set('--font-serif', fontStacks(lang).serif);
  return new Map([...root].map(([n, v]) => [n, n.startsWith('--') ? resolve(v, root) : v]));
}

type Declared = Map<string, { value: string; rank: [number, number] }>;

/** An element's own declarations: the winner of the cascade for each property, then its style attribute. */
function ownDeclarations(el: Element, styled: readonly Rule[]): Declared {
  const own: Declared = new Map();
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
  return own;
}

interface Inherited {
  vars: Map<string, string>;
  color: string;
}

/** What an element passes to its children, and its paint properties as plain values, sorted. */
function computed(own: Declared, parent: Inherited): Inherited & { props: string[] } {
  const vars = new Map(parent.vars);
  for (const [name, { value }] of own) if (name.startsWith('--')) vars.set(name, resolve(value, vars));
  const color = own.has('color') ? resolve(own.get('color')!.value, vars) : parent.color;
  const paint = (value: string) => resolve(value, vars).replace(/currentColor/gi, color);
  const props = [...own]
    .filter(([name]) => PAINT.has(name) && name !== 'color')
    .map(([name, { value }]) => `${name}:${paint(value)}`)
    .sort();
  return { vars, color, props };
}

/** Sets an element's paint as plain values: currentColor filled in, site-only attributes dropped, one generated class. */
function restyle(el: Element, color: string, props: string[], classes: Map<string, string>, sans: string): void {
  for (const attr of ['fill', 'stroke']) {
    const value = el.getAttribute(attr);
    if (value && /currentColor/i.test(value)) el.setAttribute(attr, value.replace(/currentColor/gi, color));
  }
  if (el.getAttribute('font-family')) el.setAttribute('font-family', sans);
  for (const name of [...el.getAttributeNames()]) if (DROP_ATTRIBUTES.test(name)) el.removeAttribute(name);
  if (props.length) {
    const key = props.join(';');
    if (!classes.has(key)) classes.set(key, `s${classes.size + 1}`);
    el.setAttribute('class', classes.get(key)!);
  }
}

/**
 * Rewrites the drawing's styles as plain values in generated classes (its <style> elements are
 * removed) and returns those classes, declarations → class name, in the order they were made.
 */
export function flattenStyles(drawing: Element, vars: Map<string, string>, ink: string): Map<string, string> {
  const styled = siteRules().filter((r) => r.selector !== ':root');
  // Selectors match against the drawing as drawn, so the attributes change only once all are matched.
  const edits: { el: Element; color: string; props: string[] }[] = [];
  const walk = (el: Element, parent: Inherited) => {
    const { props, ...state } = computed(ownDeclarations(el, styled), parent);
    edits.push({ el, color: state.color, props });
    for (const child of el.children) walk(child, state);
  };
  for (const style of drawing.querySelectorAll('style')) style.remove();
  walk(drawing, { vars, color: ink });
  const classes = new Map<string, string>();
  for (const { el, color, props } of edits) restyle(el, color, props, classes, vars.get('--font-sans') ?? SANS);
  return classes;
}
