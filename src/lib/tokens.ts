/**
 * The design tokens of src/styles/tokens.css read as data, so code that draws outside the page
 * (the share cards) takes its colours from the one file the stylesheets use. Only the light
 * palette is read: the first `:root` block, before any media query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the tokens live; the build and the tests run from the project's root. */
export const TOKENS_FILE = 'src/styles/tokens.css';

/** The custom properties of the first `:root { … }` block of a stylesheet, by name without "--". */
export function parseTokens(css: string): Map<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const block = /:root\s*\{([^}]*)\}/.exec(withoutComments);
  if (!block) throw new Error('src/styles/tokens.css: no ":root { … }" block of custom properties found.');
  const tokens = new Map<string, string>();
  for (const [, name, value] of block[1].matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) tokens.set(name, value.trim());
  return tokens;
}

let light: Map<string, string> | undefined;
const lightTokens = () => (light ??= parseTokens(readFileSync(join(process.cwd(), TOKENS_FILE), 'utf8')));

/** The light-mode value of a token ("ink" → "#1b1b1b"); throws naming the token when tokens.css lacks it. */
export function token(name: string, tokens: Map<string, string> = lightTokens()): string {
  const value = tokens.get(name);
  if (value === undefined)
    throw new Error(
      `src/styles/tokens.css has no custom property "--${name}" in its :root block: add it there, or use a token it defines.`,
    );
  return value;
}

/** Replaces each `var(--name)` (or `var(--name, fallback)`) in CSS text with the token's light value. */
export function resolveTokens(css: string, tokens: Map<string, string> = lightTokens()): string {
  let out = css;
  // Tokens may refer to tokens (--land-edge: var(--paper)), so resolve until nothing changes.
  for (let pass = 0; pass < 5 && out.includes('var(--'); pass++)
    out = out.replace(/var\(--([\w-]+)\s*(?:,[^()]*)?\)/g, (_, name: string) => token(name, tokens));
  return out;
}
