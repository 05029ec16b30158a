/**
 * A list of short entries drawn as chart text, each a bold heading over a few wrapped lines, for
 * the things a chart names but cannot count. Wide: two columns, an entry never split across them.
 */
import * as Plot from '@observablehq/plot';
import { charsIn, FONT_SIZE, wrapText } from './layout';
import type { ChartDrawOptions } from './types';
import { unitPlot } from './unit-plot';

export interface Entry {
  /** The bold first line(s), e.g. "DN5505 (vessel, Togo)". */
  head: string;
  /** The text under it. */
  body: string;
}

/** Draws the entries at the given width and layout. */
export function entryList(entries: Entry[], { width, layout, document }: ChartDrawOptions): Element {
  const chars = charsIn(layout === 'wide' ? width / 2 - 16 : width);
  const line = FONT_SIZE + 5;
  let y = 0;
  const blocks = entries.map((e) => {
    // Bold text runs wider, so its lines are cut shorter.
    const head = wrapText(e.head, Math.floor(chars * 0.92)).map((text, i) => ({ text, y: y + FONT_SIZE + line * i, bold: true }));
    const body = wrapText(e.body, chars).map((text, i) => ({ text, y: y + FONT_SIZE + line * (i + head.length), bold: false }));
    y += line * (body.length + head.length) + 8;
    return [...head, ...body];
  });
  const placed: { text: string; x: number; y: number; bold: boolean }[] = [];
  if (layout === 'wide') {
    const half = y / 2;
    let offset = 0;
    let column = 0;
    for (const block of blocks) {
      if (column === 0 && block[0].y - FONT_SIZE >= half) {
        column = 1;
        offset = block[0].y - FONT_SIZE;
      }
      for (const t of block) placed.push({ ...t, x: column * (width / 2 + 8), y: t.y - offset });
    }
  } else for (const block of blocks) for (const t of block) placed.push({ ...t, x: 0 });
  return unitPlot(
    document,
    width,
    Math.max(0, ...placed.map((p) => p.y)) + 8,
    [true, false].map((bold) =>
      Plot.text(
        placed.filter((p) => p.bold === bold),
        { x: 'x', y: 'y', text: 'text', textAnchor: 'start', fontWeight: bold ? 600 : 400, lineAnchor: 'bottom' },
      ),
    ),
  );
}
