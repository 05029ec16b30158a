/**
 * A server-side DOM (linkedom) for Observable Plot, created once and shared by every chart, and the
 * serialiser that turns a drawn chart into the markup a page ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

let shared: Document | undefined;

/** The shared document Plot draws into at build time and in tests. */
export function serverDocument(): Document {
  shared ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
  return shared;
}

const SHEET = 'src/styles/svg-classes.css';

interface Rule {
  selector: string;
  declarations: string[];
}

/** "font-size : 13px" → "font-size:13px", so declarations compare as text. */
function normaliseDeclaration(text: string): string {
  const colon = text.indexOf(':');
  if (colon === -1) return text.trim();
  return `${text.slice(0, colon).trim().toLowerCase()}:${text
    .slice(colon + 1)
    .trim()
    .replace(/\s+/g, ' ')}`;
}

function declarations(block: string): string[] {
  return block
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map(normaliseDeclaration);
}

/** The rules of a plain stylesheet (no nesting, no at-rules), selectors and declarations normalised. */
export function parseRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, block]) => ({
    selector: selector
      .split(',')
      .map((s) => s.trim().replace(/\s+/g, ' '))
      .join(', '),
    declarations: declarations(block),
  }));
}

// Read from the project root, as the dataset is: builds and tests run there.
const rules = parseRules(readFileSync(join(process.cwd(), SHEET), 'utf8'));

/** Declaration ("font-size:13px") → the class that sets exactly it. */
const classFor = new Map(
  rules
    .filter((r) => /^\.[\w-]+$/.test(r.selector) && r.declarations.length === 1)
    .map((r) => [r.declarations[0], r.selector.slice(1)] as const),
);

const ruleTexts = new Set(rules.map((r) => `${r.selector}{${r.declarations.join(';')}}`));

/**
 * Values SVG 1.1 allows in these presentation attributes; anything else (Plot writes
 * font-variant="tabular-nums") is CSS only and moves into a class.
 */
const SVG11_VALUES: Record<string, RegExp> = {
  'font-variant': /^(normal|small-caps|inherit)$/,
  'font-style': /^(normal|italic|oblique|inherit)$/,
  'font-weight': /^(normal|bold|bolder|lighter|[1-9]00|inherit)$/,
  'text-anchor': /^(start|middle|end|inherit)$/,
};

function classOrThrow(owner: string, where: string, declaration: string): string {
  const name = classFor.get(declaration);
  if (name) return name;
  const [property, value] = declaration.split(/:(.*)/s);
  const suggestion = `.svg-${`${property}-${value}`.replace(/[^\w-]+/g, '-').replace(/-+$/, '')}`;
  throw new Error(
    `${owner}: ${where} sets "${declaration}" inline, which the page's security policy (or SVG 1.1) does not ` +
      `allow, and no class in ${SHEET} sets it. Add a rule with exactly that declaration, e.g. ` +
      `"${suggestion} { ${property}: ${value}; }".`,
  );
}

function addClasses(el: Element, names: string[]): void {
  if (!names.length) return;
  const current = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  el.setAttribute('class', [...new Set([...current, ...names])].join(' '));
}

/**
 * Moves what a drawing carries inline into the site's stylesheet, in place: every style attribute
 * and every CSS-only presentation value becomes the class in src/styles/svg-classes.css that sets
 * it, and each <style> element is dropped once every rule in it is found there. `owner` names the
 * figure in the error a missing class raises.
 */
export function moveInlineStyles(root: Element, owner: string): void {
  for (const style of [...root.querySelectorAll('style')]) {
    for (const rule of parseRules(style.textContent ?? '')) {
      const text = `${rule.selector}{${rule.declarations.join(';')}}`;
      if (!ruleTexts.has(text))
        throw new Error(
          `${owner}: its drawing carries an inline <style> rule "${rule.selector} { ${rule.declarations.join('; ')} }" ` +
            `that ${SHEET} lacks; the page's security policy blocks inline styles. Copy the rule into ${SHEET}.`,
        );
    }
    style.remove();
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const tag = el.tagName.toLowerCase();
    const names: string[] = [];
    const inline = el.getAttribute('style');
    if (inline !== null) {
      for (const d of declarations(inline)) names.push(classOrThrow(owner, `<${tag} style="${inline}">`, d));
      el.removeAttribute('style');
    }
    for (const [attribute, allowed] of Object.entries(SVG11_VALUES)) {
      const value = el.getAttribute(attribute);
      if (value === null || allowed.test(value.trim())) continue;
      names.push(classOrThrow(owner, `<${tag} ${attribute}="${value}">`, normaliseDeclaration(`${attribute}:${value}`)));
      el.removeAttribute(attribute);
    }
    addClasses(el, names);
  }
}

/** The drawing's markup as a page ships it: inline styles moved into classes (see moveInlineStyles). */
export function serialiseSvg(root: Element, owner: string): string {
  moveInlineStyles(root, owner);
  return root.outerHTML;
}
