/**
 * Where the parts of the UN ban timeline go, as pure functions of its rows: one block per
 * resolution (its mark on the time track, its heading, its items), the years the track spans and
 * its ticks. Across, the track is Plot's utc scale; down, blocks are stacked in SVG units, because
 * their height follows how many lines their items wrap to, not the data.
 */
import { latestDay } from '../lib/dates';
import { formatDate } from '../lib/format';
import type { Lang } from '../lib/i18n/langs';
import type { Resolution } from '../lib/schemas/resolution';
import { charsIn, FONT_SIZE, wrapText } from './layout';
import type { ResolutionRow } from './un-ban-timeline';
import { w } from './words/un-ban-timeline';

/** Height of one line of text, and of the axis above the blocks. */
export const LINE = FONT_SIZE + 5;
export const AXIS_HEIGHT = 22;

/** How complete a resolution's list of items is, in words, in `lang`. */
export function completenessText(c: Resolution['completeness'], lang: Lang = 'en'): string {
  return w(lang, `completeness.${c}`);
}

/** The same in English, by value. */
export const completenessWords: Record<Resolution['completeness'], string> = {
  complete: completenessText('complete'),
  partial: completenessText('partial'),
  none: completenessText('none'),
  unknown: completenessText('unknown'),
};

export const year = (d: string): number => Number(d.slice(0, 4));

/** The first moment of a (partial) date. */
export const startOf = (d: string): Date => new Date(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`);

/** The last moment of a (partial) date: a year-only adoption runs to 31 December. */
export const endOf = (d: string): Date => new Date(`${latestDay(d)}T23:59:59Z`);

/** A line of a block's text: bold heading, item (continued lines indented) or a muted note. */
export interface BlockLine {
  text: string;
  y: number;
  weight: 400 | 600;
  muted: boolean;
  indent: boolean;
}

export interface Block {
  row: ResolutionRow;
  /** The row's position in the chart's rows, and so in its downloads. */
  index: number;
  /** Where the resolution's mark sits on the track. */
  markY: number;
  lines: BlockLine[];
}

/** A resolution's words: items bulleted with a hanging indent, then the note on completeness; or the note alone. */
export function blockBody(r: ResolutionRow, chars: number): Omit<BlockLine, 'y' | 'weight'>[] {
  const note = (text: string, muted: boolean) => wrapText(text, chars).map((t) => ({ text: t, muted, indent: false }));
  const words = completenessText(r.completeness, r.lang);
  if (!r.items.length) return note(words, true);
  return [
    ...r.items.flatMap((item) => wrapText(`• ${item}`, chars - 2).map((t, k) => ({ text: t, muted: false, indent: k > 0 }))),
    ...note(`(${words})`, false),
  ];
}

/**
 * The blocks top to bottom, and the height they need. Wide: the mark sits on the heading's line,
 * text to the right of the track. Narrow: the mark has a line of its own above the heading.
 */
export function resolutionBlocks(rows: ResolutionRow[], chars: number, wide: boolean): { blocks: Block[]; height: number } {
  let y = AXIS_HEIGHT + 8;
  const blocks = rows.map((row, index) => {
    const markY = y + LINE / 2;
    const headingY = wide ? y : y + LINE;
    const { lang } = row;
    const date = formatDate(row.adopted, lang);
    const day = row.precision === 'day' ? date : w(lang, 'dayUnknown', { date });
    const text = w(lang, 'heading', { number: row.resolution, day });
    const heading: BlockLine = { text, y: headingY, weight: 600, muted: false, indent: false };
    const body = blockBody(row, chars).map((l, k) => ({ ...l, y: headingY + (k + 1) * LINE, weight: 400 as const }));
    y = headingY + (body.length + 1) * LINE + 10;
    return { row, index, markY, lines: [heading, ...body] };
  });
  return { blocks, height: y };
}

/** The years the track spans, 1 January of the first to 1 January after the last, and a tick every `step` years. */
export function trackYears(rows: ResolutionRow[], step: number): { domain: [Date, Date]; ticks: Date[] } {
  const years = rows.map((r) => year(r.adopted));
  const [first, last] = [Math.min(...years), Math.max(...years) + 1];
  const ticks = Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, k) => new Date(Date.UTC(first + k * step, 0, 1)));
  return { domain: [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last, 0, 1))], ticks };
}

/** How wide the track is and where the text column begins. */
export function columns(width: number, wide: boolean): { trackRight: number; textX: number; chars: number } {
  const trackRight = wide ? Math.round(width * 0.36) : width - 18;
  const textX = wide ? trackRight + 24 : 0;
  return { trackRight, textX, chars: charsIn(width - textX) };
}
