import { describe, expect, it } from 'vitest';
import { parseTokens, resolveTokens, token } from './tokens';

const css = `/* palette */
:root {
  --paper: #fbfaf7; /* the page */
  --ink: #1b1b1b;
  --edge: var(--paper);
}
@media (prefers-color-scheme: dark) {
  :root { --paper: #151514; }
}`;

describe('design tokens', () => {
  it('reads the light :root block only, without comments', () => {
    const tokens = parseTokens(css);
    expect(Object.fromEntries(tokens)).toEqual({ paper: '#fbfaf7', ink: '#1b1b1b', edge: 'var(--paper)' });
  });

  it('resolves var() references, through tokens that name tokens', () => {
    expect(resolveTokens('fill: var(--edge); stroke: var(--ink, black)', parseTokens(css))).toBe('fill: #fbfaf7; stroke: #1b1b1b');
  });

  it('fails naming the token and the file when one is missing', () => {
    expect(() => token('accent', parseTokens(css))).toThrow(/tokens\.css has no custom property "--accent"/);
    expect(() => resolveTokens('fill: var(--nope)', parseTokens(css))).toThrow(/"--nope"/);
  });

  it('reads the real tokens.css', () => {
    expect(token('paper')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
