/**
 * Several Plot drawings stacked in one SVG, each under a short heading, for charts whose panels
 * need scales of their own (dollars above, countries below). Plot returns one <svg> per plot; they
 * are nested at their offsets so the figure stays a single SVG with one viewBox.
 */
import { charsIn, FONT_SIZE, wrapText } from './layout';

export interface StackPanel {
  /** A heading printed above the panel, in the chart's type. */
  heading?: string;
  /** The panel as Plot drew it. */
  svg: Element;
}

const HEADING_HEIGHT = FONT_SIZE + 5;
const GAP = 16;

/** Stacks panels top to bottom in a new <svg> of the given width. */
export function stackPanels(document: Document, width: number, panels: StackPanel[]): Element {
  const ns = 'http://www.w3.org/2000/svg';
  const root = document.createElementNS(ns, 'svg');
  let y = 0;
  panels.forEach((panel, i) => {
    if (i > 0) y += GAP;
    for (const line of panel.heading ? wrapText(panel.heading, charsIn(width * 0.92)) : []) {
      const heading = document.createElementNS(ns, 'text');
      heading.setAttribute('class', 'chart__panel-heading');
      heading.setAttribute('x', '0');
      heading.setAttribute('y', String(y + FONT_SIZE));
      heading.textContent = line;
      root.append(heading);
      y += HEADING_HEIGHT;
    }
    if (panel.heading) y += 4;
    const height = Number(panel.svg.getAttribute('height') ?? 0);
    panel.svg.setAttribute('x', '0');
    panel.svg.setAttribute('y', String(y));
    panel.svg.setAttribute('overflow', 'visible');
    root.append(panel.svg);
    y += height;
  });
  root.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(y)}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(Math.ceil(y)));
  root.setAttribute('style', `font-family:var(--font-sans);font-size:${FONT_SIZE}px`);
  root.setAttribute('fill', 'currentColor');
  return root;
}
