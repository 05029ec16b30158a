/**
 * Where a chart's bold value labels (text starting with "$") fall across its SVG, from the
 * position and anchor Plot wrote and the width estimate the layout uses, so a test can check they
 * stay inside the drawing.
 */
import { parseHTML } from 'linkedom';
import { textWidth } from '../luxury-imports-from-china-layout';

export function valueLabelSpans(svg: string): { text: string; left: number; right: number }[] {
  const { document } = parseHTML(svg);
  return [...document.querySelectorAll('g[aria-label="text"][font-weight="600"] text')]
    .filter((t) => /^\$\d/.test(t.textContent ?? ''))
    .map((t) => {
      const text = t.textContent ?? '';
      const x = Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1] ?? NaN);
      const anchor = t.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
      const w = textWidth(text);
      const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      return { text, left, right: left + w };
    });
}
