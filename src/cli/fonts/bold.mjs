// Which characters of a Korean page are drawn bold, so the bold subsets hold exactly those: the
// text of bold elements (headings, strong, th, …), bold SVG text, and any element carrying a class
// the stylesheets set in bold (an entity link, a kicker, a badge).
import { decodeEntities } from './glyphs.mjs';

/** What a page shows, without the markup that shows nothing (scripts, styles, comments). */
export const shown = (html) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');

const BOLD_ELEMENTS = /<(h[1-6]|strong|b|th|dt|summary|caption|legend)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const BOLD_SVG_TEXT = /<(text|tspan)\b[^>]*font-weight="(?:bold|[6-9]00)"[^>]*>([\s\S]*?)<\/\1>/gi;

/**
 * The class names the stylesheets set in bold (font-weight 560 and up, or bold), taken from the
 * last compound of each selector: an element with one of them (an entity link, a kicker, a badge)
 * is drawn from the bold subsets, so its characters must be in them too.
 */
export function boldClasses(css) {
  const classes = new Set();
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const weight = /font-weight:\s*(bold|bolder|\d+)/.exec(body)?.[1];
    if (!weight || !(weight === 'bold' || weight === 'bolder' || Number(weight) >= 560)) continue;
    for (const selector of selectors.split(',')) {
      const last =
        selector
          .trim()
          .split(/[\s>+~]+/)
          .pop() ?? '';
      for (const [, name] of last.matchAll(/\.([\w-]+)/g)) classes.add(name);
    }
  }
  return classes;
}

const OPENING = /<([a-z][\w-]*)\b[^>]*>/gi;
const CLASS = /\bclass="([^"]*)"/;
// Plot sets the weight on the group of a chart's labels: <g font-weight="600"><text>…</text></g>.
const BOLD_ATTRIBUTE = /\bfont-weight="(?:bold|[6-9]00)"/;

/** Whether an opening tag makes its element bold: a bold weight attribute, or one of `classes`. */
function opensBold(tag, classes) {
  if (BOLD_ATTRIBUTE.test(tag)) return true;
  const names = CLASS.exec(tag)?.[1].split(/\s+/) ?? [];
  return names.some((name) => classes.has(name));
}

/** The text of every element made bold by an attribute or one of `classes`, up to its tag's next closing tag. */
function textOfClassed(page, classes) {
  const texts = [];
  for (const match of page.matchAll(OPENING)) {
    if (!opensBold(match[0], classes)) continue;
    const start = match.index + match[0].length;
    const end = page.indexOf(`</${match[1]}`, start);
    if (end > start) texts.push(page.slice(start, end));
  }
  return texts;
}

/** The characters of a page's bold elements and of elements its stylesheets make bold (text only, tags dropped). */
export function boldCodePoints(html, classes = new Set()) {
  const points = new Set();
  const page = shown(html);
  const texts = [BOLD_ELEMENTS, BOLD_SVG_TEXT].flatMap((pattern) => [...page.matchAll(pattern)].map((m) => m[m.length - 1]));
  for (const raw of [...texts, ...textOfClassed(page, classes)]) {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    for (const char of text) points.add(char.codePointAt(0));
  }
  return points;
}
