/**
 * Reading drawn map SVG back into geometry, for tests: path data into polylines, text elements
 * into measured boxes. Independent of how the maps placed anything: it only reads what was drawn.
 */
import type { Point } from '../curves';
import { countryLabelWidth } from '../map-labels';
import type { Box } from '../sea/labels';
import { textWidth } from '../sea/text-width';

/**
 * The subpaths of SVG path data written with absolute M, L, H, V, Q and Z commands (as the maps
 * and d3-geo write them), quadratic curves sampled into `samples` segments.
 */
export function pathPolylines(d: string, samples = 16): Point[][] {
  const tokens = d.match(/[MLHVQZ]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  const lines: Point[][] = [];
  let current: Point[] = [];
  let at: Point = [0, 0];
  let i = 0;
  const num = () => Number(tokens[i++]);
  let command = '';
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i])) command = tokens[i++].toUpperCase();
    if (command === 'Z') {
      if (current.length) current.push(current[0]);
      continue;
    }
    if (command === 'M') {
      if (current.length > 1) lines.push(current);
      at = [num(), num()];
      current = [at];
      command = 'L';
    } else if (command === 'L') {
      at = [num(), num()];
      current.push(at);
    } else if (command === 'H') {
      at = [num(), at[1]];
      current.push(at);
    } else if (command === 'V') {
      at = [at[0], num()];
      current.push(at);
    } else if (command === 'Q') {
      const c: Point = [num(), num()];
      const end: Point = [num(), num()];
      const start = at;
      for (let k = 1; k <= samples; k++) {
        const t = k / samples;
        const u = 1 - t;
        current.push([u * u * start[0] + 2 * u * t * c[0] + t * t * end[0], u * u * start[1] + 2 * u * t * c[1] + t * t * end[1]]);
      }
      at = end;
    } else throw new Error(`Unsupported path command "${command}" in "${d.slice(0, 40)}…"`);
  }
  if (current.length > 1) lines.push(current);
  return lines;
}

/** Inter's ascender and line height per px of font size, as placeLabels measures. */
const ASCENT = 0.97;
const LINE = 1.21;

/** The box of a drawn text: x and baseline y, anchor, font size; `width` measured in Inter. */
export function textBox(x: number, y: number, anchor: string, width: number, size: number): Box {
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return { x: left, y: y - ASCENT * size, width, height: LINE * size };
}

/** The box of a place label (12.5 px Inter) or a country name (11 px letter-spaced capitals). */
export function labelBox(el: Element, kind: 'place' | 'country', translate: Point = [0, 0]): Box | null {
  const text = el.textContent ?? '';
  if (!text) return null;
  const x = Number(el.getAttribute('x')) + translate[0];
  const y = Number(el.getAttribute('y')) + translate[1];
  return kind === 'place'
    ? textBox(x, y, el.getAttribute('text-anchor') ?? 'start', textWidth(text, 12.5), 12.5)
    : textBox(x, y, 'middle', countryLabelWidth(text), 11);
}
