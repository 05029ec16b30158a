/**
 * The site's figure styles written into a figure's SVG, so the SVG draws the same outside the page
 * (in a share card) where no stylesheet and no CSS variable reaches it. A small cascade: the plain
 * style rules of figures.css, maps.css and svg-classes.css (the classes Plot's inline styles became;
 * no media or container queries, no interaction states), ordered by specificity, with every var()
 * resolved for the element it lands on, light palette.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTokens, resolveTokens, TOKENS_FILE } from '../lib/tokens';

/** The stylesheets that style figures' SVG, read from the project's root. */
export const FIGURE_STYLESHEETS = ['src/styles/figures.css', 'src/styles/maps.css', 'src/styles/svg-classes.css'];

export interface StyleRule {
  selector: string;
  specificity: number;
  order: number;
  declarations: [string, string][];
}

/** Removes comments and every at-rule block (@media, @container…), nested braces included. */
export function topLevelCss(css: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '@') {
      out += text[i];
      continue;
    }
    const open = text.indexOf('{', i);
    let depth = 0;
    let j = open;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    i = j;
  }
  return out;
}

/** A rough CSS specificity as one number: ids × 10000 + classes, attributes and pseudo-classes × 100 + types. */
export function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!not\()[\w-]+/g) ?? []).length;
  const types = (selector.replace(/\[[^\]]*\]|\([^)]*\)/g, '').match(/(^|[\s>+~(])[a-z][\w-]*/g) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

/** Splits a selector list at its top-level commas. */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/** The declarations of a block as [property, value] pairs. */
export function declarations(block: string): [string, string][] {
  return block
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.includes(':'))
    .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()] as [string, string]);
}

/** The plain style rules of stylesheets, one per selector, sorted by specificity then source order. */
export function styleRules(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const [, list, block] of topLevelCss(css).matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const selector of selectors(list)) {
      if (selector === ':root' || /::/.test(selector)) continue;
      rules.push({ selector, specificity: specificity(selector), order: rules.length, declarations: declarations(block) });
    }
  }
  return rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

let cached: { rules: StyleRule[]; tokens: Map<string, string> } | undefined;

/** The figure rules and the light tokens (tokens.css, then each stylesheet's own :root). */
export function figureStyles(): { rules: StyleRule[]; tokens: Map<string, string> } {
  if (cached) return cached;
  const read = (file: string) => readFileSync(join(process.cwd(), file), 'utf8');
  const sheets = FIGURE_STYLESHEETS.map(read);
  const tokens = new Map(parseTokens(read(TOKENS_FILE)));
  for (const sheet of sheets) if (/:root\s*\{/.test(sheet)) for (const [name, value] of parseTokens(sheet)) tokens.set(name, value);
  cached = { rules: styleRules(sheets.join('\n')), tokens };
  return cached;
}

/** Properties the share card may set from the stylesheets: paint and text, never layout. */
const PAINT = /^(fill|stroke|opacity|paint-order|font-|text-anchor|letter-spacing|text-transform|visibility|color$|display$)/;

/** Does the element match the selector? Interaction states (:focus-visible, :hover) never do. */
function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The declarations the stylesheets give one element, then its own style attribute, with var()
 * resolved from the custom properties it inherits (`vars`, updated in place for its children).
 */
export function cascade(element: Element, vars: Map<string, string>, rules: StyleRule[]): [string, string][] {
  const declared: [string, string][] = [];
  for (const rule of rules) if (matches(element, rule.selector)) declared.push(...rule.declarations);
  declared.push(...declarations(element.getAttribute('style') ?? ''));
  for (const [property, value] of declared) if (property.startsWith('--')) vars.set(property.slice(2), value);
  return declared
    .filter(([property]) => PAINT.test(property))
    .map(([property, value]) => [property, resolveTokens(value.replace(/\s*!important$/, ''), vars)]);
}
