/**
 * The box every line of text covers in a drawn chart, across and down its SVG: the position Plot
 * wrote (translate() on the text and its groups, a stacked panel's x and y, the text's x, y, dx and
 * dy, each line's tspan offsets), the anchor it inherits and the width estimate the layouts fit
 * labels with (src/charts/layout.ts: Latin 0.55 em, Hangul 1 em). Glyphs are taken to reach 0.8 em
 * above the baseline and 0.2 em below it. Text turned by rotate(-90) runs up the drawing.
 */
import { parseHTML } from 'linkedom';
import { FONT_SIZE, textWidth } from '../layout';

export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const ASCENT = 0.8 * FONT_SIZE;
const DESCENT = 0.2 * FONT_SIZE;

/** A length as Plot writes it: "1em", "0.32em" or plain units. */
function length(value: string | null): number {
  if (!value) return 0;
  return value.endsWith('em') ? Number.parseFloat(value) * FONT_SIZE : Number.parseFloat(value) || 0;
}

function translate(el: Element): [number, number] {
  const m = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

/** Where an element's own coordinates start in the drawing: its ancestors' translations and nested panels' x and y. */
function origin(el: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (let node = el.parentElement; node && node.tagName.toLowerCase() !== 'lux-root'; node = node.parentElement) {
    const [tx, ty] = translate(node);
    x += tx;
    y += ty;
    if (node.tagName.toLowerCase() === 'svg' && node.parentElement?.closest('svg')) {
      x += Number(node.getAttribute('x') ?? 0);
      y += Number(node.getAttribute('y') ?? 0);
    }
  }
  return [x, y];
}

/** Each line of a text with its offset from the text's own origin (across, and down to its baseline). */
function lines(t: Element): { text: string; dx: number; dy: number }[] {
  const base = length(t.getAttribute('y')) + length(t.getAttribute('dy'));
  const spans = [...t.querySelectorAll('tspan')];
  if (!spans.length) return [{ text: t.textContent ?? '', dx: 0, dy: base }];
  let y = base;
  return spans.map((s) => {
    y = s.hasAttribute('y') ? length(s.getAttribute('y')) : y;
    y += length(s.getAttribute('dy'));
    return { text: s.textContent ?? '', dx: length(s.getAttribute('x')), dy: y };
  });
}

/** The drawing's viewBox and the box of every non-empty line of text in it. */
export function textBoxes(svg: string): { width: number; height: number; boxes: TextBox[] } {
  const { document } = parseHTML(`<lux-root>${svg}</lux-root>`);
  const root = document.querySelector('svg')!;
  const [, , width, height] = (root.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/).map(Number);
  const boxes: TextBox[] = [];
  for (const t of root.querySelectorAll('text')) {
    const anchor = t.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
    const [ox, oy] = origin(t);
    const [tx, ty] = translate(t);
    const x = ox + tx + length(t.getAttribute('x')) + length(t.getAttribute('dx'));
    const y = oy + ty;
    const turned = /rotate\(\s*-90/.test(t.getAttribute('transform') ?? '');
    for (const line of lines(t)) {
      if (!line.text.trim()) continue;
      const w = textWidth(line.text);
      const start = anchor === 'middle' ? -w / 2 : anchor === 'end' ? -w : 0;
      if (turned) {
        // Reading upwards: the line's length runs to -y, the glyphs' height to -x.
        boxes.push({ text: line.text, left: x + line.dy - ASCENT, right: x + line.dy + DESCENT, top: y - start - w, bottom: y - start });
      } else {
        const left = x + line.dx + start;
        boxes.push({ text: line.text, left, right: left + w, top: y + line.dy - ASCENT, bottom: y + line.dy + DESCENT });
      }
    }
  }
  return { width, height, boxes };
}
