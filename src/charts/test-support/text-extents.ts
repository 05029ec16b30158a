/**
 * Where every line of text in a drawn chart falls across its SVG: the x Plot wrote (translate()
 * on the text and its groups, x on the text), the anchor it inherits and the width estimate the
 * layouts use (src/charts/layout.ts: Latin 0.55 em, Hangul 1 em), so a test can check that value
 * labels, headings and lane names stay inside the drawing in either language. Text turned by
 * rotate() runs down the drawing, not across, and is left out.
 */
import { parseHTML } from 'linkedom';
import { FONT_SIZE, textWidth } from '../layout';

export interface TextExtent {
  text: string;
  left: number;
  right: number;
}

function translateX(el: Element): number {
  const m = /translate\(\s*([-\d.]+)/.exec(el.getAttribute('transform') ?? '');
  return m ? Number(m[1]) : 0;
}

function offsetX(el: Element): number {
  let x = 0;
  for (let node: Element | null = el.parentElement; node && node.tagName.toLowerCase() !== 'lux-root'; node = node.parentElement) {
    x += translateX(node);
    // A nested <svg> (a stacked panel) is placed by its x attribute; the outermost one is the drawing.
    if (node.tagName.toLowerCase() === 'svg' && node.parentElement?.closest('svg')) x += Number(node.getAttribute('x') ?? 0);
  }
  return x;
}

function lines(t: Element): { text: string; dx: number }[] {
  const spans = [...t.querySelectorAll('tspan')];
  if (!spans.length) return [{ text: t.textContent ?? '', dx: 0 }];
  return spans.map((s) => ({ text: s.textContent ?? '', dx: Number(s.getAttribute('x') ?? 0) }));
}

/** The drawing's width (its viewBox) and the extent of every line of text in it. */
export function textExtents(svg: string): { width: number; extents: TextExtent[] } {
  const { document } = parseHTML(`<lux-root>${svg}</lux-root>`);
  const root = document.querySelector('svg')!;
  const width = Number((root.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/)[2]);
  const extents: TextExtent[] = [];
  for (const t of root.querySelectorAll('text')) {
    if (/rotate\(/.test(t.getAttribute('transform') ?? '')) continue;
    const anchor = t.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
    const x = offsetX(t) + translateX(t) + Number(t.getAttribute('x') ?? 0);
    const dx = Number(t.getAttribute('dx') ?? 0) * (String(t.getAttribute('dx')).endsWith('em') ? FONT_SIZE : 1);
    for (const line of lines(t)) {
      const w = textWidth(line.text);
      const at = x + dx + line.dx;
      const left = anchor === 'middle' ? at - w / 2 : anchor === 'end' ? at - w : at;
      extents.push({ text: line.text, left, right: left + w });
    }
  }
  return { width, extents };
}
