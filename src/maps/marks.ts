/**
 * The marks a reader can point at, drawn as SVG strings: flows (a curve, its arrowhead, an optional
 * number badge and a wider invisible hit area) and places (a symbol and a label). Each interactive
 * mark carries its tooltip text in data-tip-title / data-tip for <lux-tooltips>, a label for screen
 * readers and keyboard focus; data-flow ties a flow to its row in the route table.
 */
import { escapeHtml } from '../lib/html';
import type { Point } from './curves';
import { textWidth } from './sea/text-width';

export interface Tip {
  title: string;
  lines: string[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Attributes that make a mark focusable and give it its tooltip and its accessible name. */
export function tipAttributes({ title, lines }: Tip): string {
  const text = escapeHtml(lines.join('\n')).replace(/\n/g, '&#10;');
  const label = escapeHtml([title, ...lines].join('. ').replace(/\.\./g, '.'));
  return `tabindex="0" role="img" aria-label="${label}" data-tip-title="${escapeHtml(title)}" data-tip="${text}"`;
}

export type BadgeShape = 'circle' | 'square' | 'diamond';

export interface FlowMark {
  /** The record's id, shared with its table row. */
  id: string;
  /** Modifier classes, e.g. "flow--sea flow--disputed". */
  classes: string;
  /** The drawn line: path data for the line and its head, and the point that holds the badge. */
  curve: { line: string; head: string; mid: Point };
  width: number;
  tip: Tip;
  /** A number badge at the midpoint; `offset` moves it aside, with a leader line back to the curve. */
  badge?: { text: string; shape: BadgeShape; offset?: [number, number] };
}

function badge(mid: Point, text: string, shape: BadgeShape, offset: [number, number] = [0, 0]): string {
  const [x, y] = [r1(mid[0] + offset[0]), r1(mid[1] + offset[1])];
  const leader = offset[0] || offset[1] ? `<path class="flow__leader" d="M${r1(mid[0])},${r1(mid[1])}L${x},${y}"/>` : '';
  const s = 8;
  const symbol =
    shape === 'circle'
      ? `<circle cx="${x}" cy="${y}" r="${s}"/>`
      : shape === 'square'
        ? `<rect x="${r1(x - s)}" y="${r1(y - s)}" width="${2 * s}" height="${2 * s}"/>`
        : `<path d="M${x},${r1(y - s - 2)}L${r1(x + s + 2)},${y}L${x},${r1(y + s + 2)}L${r1(x - s - 2)},${y}Z"/>`;
  return `${leader}<g class="flow__badge flow__badge--${shape}">${symbol}<text x="${x}" y="${r1(y + 4)}">${escapeHtml(text)}</text></g>`;
}

/** A flow: hit area, line, arrowhead and badge in one focusable group. */
export function flowMark({ id, classes, curve, width, tip, badge: b }: FlowMark): string {
  const hit = Math.max(width + 8, 14);
  return `<g class="flow ${classes}" data-flow="${escapeHtml(id)}" ${tipAttributes(tip)}><path class="flow__hit" d="${curve.line}" stroke-width="${hit}"/><path class="flow__line" d="${curve.line}" stroke-width="${r1(width)}"/><path class="flow__head" d="${curve.head}"/>${b ? badge(curve.mid, b.text, b.shape, b.offset) : ''}</g>`;
}

export interface PlaceMark {
  id: string;
  at: Point;
  label: string;
  kind: 'port' | 'airport' | 'city' | 'node';
  /** Label offset from the point, in SVG units, and its alignment. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** Without a tip the place is drawn for orientation only and takes no focus. */
  tip?: Tip;
  /** Extra classes, e.g. "place--destination". */
  classes?: string;
  /** A leader line from the symbol to a label set off from it. */
  leader?: [Point, Point];
}

/** The width of a label in SVG units, measured as the labels are (Inter, or Noto Sans KR for Korean). */
export function labelWidth(text: string, size = 12.5): number {
  return textWidth(text, size);
}

/**
 * Flips a label to the other side of its point when it would run out of the panel between `left`
 * and `right`; labels centred on the point are left alone.
 */
export function keepInside(mark: PlaceMark, left: number, right: number): PlaceMark {
  const x = mark.at[0] + mark.dx;
  const width = labelWidth(mark.label);
  if (mark.anchor === 'start' && x + width > right) return { ...mark, dx: -mark.dx, anchor: 'end' };
  if (mark.anchor === 'end' && x - width < left) return { ...mark, dx: -mark.dx, anchor: 'start' };
  return mark;
}

/** A place: its symbol (a circle for ports and cities, a square for airports) and its label. */
export function placeMark({ id, at, label, kind, dx, dy, anchor, tip, classes = '', leader }: PlaceMark): string {
  const [x, y] = [r1(at[0]), r1(at[1])];
  const symbol =
    kind === 'airport'
      ? `<rect class="place__dot" x="${x - 4}" y="${y - 4}" width="8" height="8"/>`
      : `<circle class="place__dot" cx="${x}" cy="${y}" r="4"/>`;
  const hit = tip ? `<circle class="place__hit" cx="${x}" cy="${y}" r="11"/>` : '';
  const line = leader
    ? `<path class="place__leader" d="M${r1(leader[0][0])},${r1(leader[0][1])}L${r1(leader[1][0])},${r1(leader[1][1])}"/>`
    : '';
  const text = `${line}<text class="place__label" x="${r1(x + dx)}" y="${r1(y + dy)}" text-anchor="${anchor}">${escapeHtml(label)}</text>`;
  const attributes = tip ? ` ${tipAttributes(tip)}` : ' aria-hidden="true"';
  return `<g class="place place--${kind}${classes ? ` ${classes}` : ''}${tip ? '' : ' place--passive'}" data-place="${escapeHtml(id)}"${attributes}>${hit}${symbol}${text}</g>`;
}

/** A country's name on the map, decorative: the table and the marks say the same in words. */
export function countryLabel(at: Point, name: string, role: 'destination' | 'story'): string {
  return `<text class="country-label country-label--${role}" x="${r1(at[0])}" y="${r1(at[1])}" aria-hidden="true">${escapeHtml(name)}</text>`;
}
