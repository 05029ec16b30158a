/**
 * Where the parts of maybach-handlers go, as pure functions of its rows and width: the legs'
 * headings, then one lane per firm, ship or airline, with its name and its marks leg by leg. All in
 * SVG units on identity scales; a lane's height follows how many lines its name wraps to and how
 * many marks its fullest cell holds. Wide: lane names on the left, legs as columns with their
 * route above. Narrow: lane names above each lane across the full width, legs as numbered columns
 * keyed above the grid.
 */
import { charsIn, FONT_SIZE, textWidth, wrapText } from './layout';
import type { HandlerRow } from './maybach-handlers-rows';
import { w } from './words/maybach-handlers';

/** Height of one line of chart text; a mark's side, and the gap between marks. */
const LINE = FONT_SIZE + 4;
export const MARK = 14;
const GAP = 4;

export interface LegColumn {
  id: string;
  label: string;
  order: number;
  lang: HandlerRow['lang'];
}

export interface HeaderText {
  t: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle';
  bold: boolean;
}

/** A mark placed: its row, its top-left corner and the row's index, for its tooltip. */
export interface Placed {
  r: HandlerRow;
  x: number;
  y: number;
  i: number;
}

interface Columns {
  wide: boolean;
  width: number;
  legs: LegColumn[];
  labelWidth: number;
  colWidth: number;
  colX: (i: number) => number;
}

interface Lane {
  labels: { t: string; x: number; y: number }[];
  rule: { y: number };
  /** Narrow: column rules run only beside the marks, so they never cross a lane's name. */
  colRules: { x: number; y1: number; y2: number }[];
  marks: Placed[];
  bottom: number;
}

/** The legs in order, each once. */
export function legsOf(rows: HandlerRow[]): LegColumn[] {
  const seen = new Map<string, LegColumn>();
  for (const r of [...rows].sort((a, b) => a.legOrder - b.legOrder))
    if (!seen.has(r.legId)) seen.set(r.legId, { id: r.legId, label: r.leg, order: r.legOrder, lang: r.lang });
  return [...seen.values()];
}

/** The firms, ships and airlines with a mark, in order of the first leg they appear on. */
function lanes(rows: HandlerRow[]): string[] {
  // The lane of legs whose carrier no source names comes last.
  const unknown = new Set(rows.filter((r) => r.status === 'not-known').map((r) => r.facilitator));
  return [...new Set(rows.map((r) => r.facilitator))].sort((a, b) => {
    if (unknown.has(a) || unknown.has(b)) return unknown.has(a) === unknown.has(b) ? 0 : unknown.has(a) ? 1 : -1;
    return 0;
  });
}

/** What a lane's name is followed by: the firm's country, the ship's flag, the airline's country. */
function laneNote(r: HandlerRow): string {
  const { lang, country } = r;
  if (r.kind === 'vessel') return country ? w(lang, 'lane.shipFlag', { country }) : w(lang, 'lane.ship');
  if (r.kind === 'airline') return country ? w(lang, 'lane.airlineCountry', { country }) : w(lang, 'lane.airline');
  return country ?? w(lang, 'lane.firm');
}

/** The lane-label column: 168 units, narrowed (to no less than 120) when a leg's longest word would not fit its column. */
function laneLabelWidth(legs: { label: string }[], width: number): number {
  const words = legs.flatMap((l) => l.label.replace(/^\d+\. /, '').split(/\s+/));
  const widest = Math.max(0, ...words.map((word) => textWidth(`${word} →`))) + 8;
  return Math.max(120, Math.min(168, width - legs.length * widest));
}

function columns(rows: HandlerRow[], width: number, wide: boolean): Columns {
  const legs = legsOf(rows);
  const labelWidth = wide ? laneLabelWidth(legs, width) : 0;
  const colWidth = (width - labelWidth) / Math.max(1, legs.length);
  return { wide, width, legs, labelWidth, colWidth, colX: (i: number) => labelWidth + i * colWidth };
}

/** Wide: "Leg 1" in bold over each column, then the route with the arrow kept after the first place: "Rotterdam →" over "Dalian". */
function wideHeader({ legs, colWidth, colX }: Columns): { header: HeaderText[]; bottom: number } {
  const per = legs.map((l) => {
    const [from, to] = l.label.replace(/^\d+\. /, '').split(' → ');
    const parts = [to ? `${from} →` : from, ...(to ? [to] : [])];
    return [w(l.lang, 'leg', { leg: l.order }), ...parts.flatMap((part) => wrapText(part, charsIn(colWidth - 6)))];
  });
  const depth = Math.max(...per.map((p) => p.length));
  const header: HeaderText[] = [];
  per.forEach((p, i) => p.forEach((t, k) => header.push({ t, x: colX(i) + 3, y: (k + 1) * LINE, anchor: 'start', bold: k === 0 })));
  return { header, bottom: depth * LINE + 10 };
}

/** Narrow: each leg's number and route as a key across the full width, then the numbers over their columns. */
function narrowHeader({ legs, width, colWidth, colX }: Columns): { header: HeaderText[]; bottom: number } {
  const header: HeaderText[] = [];
  let y = 0;
  for (const l of legs)
    for (const t of wrapText(l.label, charsIn(width))) {
      y += LINE;
      header.push({ t, x: 0, y, anchor: 'start', bold: false });
    }
  y += 8;
  legs.forEach((l, i) => header.push({ t: String(l.order), x: colX(i) + colWidth / 2, y: y + LINE, anchor: 'middle', bold: true }));
  y += LINE + 14;
  return { header, bottom: y };
}

/** A lane's marks, cell by cell: up to perRow across, centred in the leg's column, wrapping down. */
function cellMarks(rows: HandlerRow[], here: HandlerRow[], top: number, perRow: number, { legs, colWidth, colX }: Columns): Placed[] {
  return legs.flatMap((l, c) => {
    const cell = here.filter((r) => r.legId === l.id);
    const used = Math.min(cell.length, perRow);
    const start = colX(c) + (colWidth - (used * (MARK + GAP) - GAP)) / 2;
    return cell.map((r, k) => ({
      r,
      x: start + (k % perRow) * (MARK + GAP),
      y: top + Math.floor(k / perRow) * (MARK + GAP),
      i: rows.indexOf(r),
    }));
  });
}

/** One lane from its top edge y: its name (beside the marks when wide, above them when narrow), rules and marks. */
function placeLane(rows: HandlerRow[], name: string, y: number, cols: Columns): Lane {
  const { wide, width, legs, labelWidth, colWidth, colX } = cols;
  const here = rows.filter((r) => r.facilitator === name);
  const first = here[0];
  const label = first.facilitatorId ? w(first.lang, 'laneLabel', { name, note: laneNote(first) }) : name;
  const text = wrapText(label, charsIn(wide ? labelWidth - 10 : width));
  const perCell = Math.max(...legs.map((l) => here.filter((r) => r.legId === l.id).length));
  const perRow = Math.max(1, Math.floor((colWidth - 6) / (MARK + GAP)));
  const markRows = Math.ceil(perCell / perRow);
  const markHeight = markRows * (MARK + GAP) - GAP;
  let top: number;
  let labels: Lane['labels'];
  if (wide) {
    const height = Math.max(text.length * LINE, markHeight);
    top = y + (height - markHeight) / 2;
    labels = text.map((t, k) => ({ t, x: 0, y: y + (height - text.length * LINE) / 2 + (k + 1) * LINE - 4 }));
    y += height + 10;
  } else {
    labels = text.map((t, k) => ({ t, x: 0, y: y + (k + 1) * LINE - 3 }));
    top = y + text.length * LINE + 2;
    y = top + markHeight + 10;
  }
  const colRules = wide ? [] : legs.slice(1).map((_, c) => ({ x: colX(c + 1), y1: top - 3, y2: top + markHeight + 3 }));
  return { labels, rule: { y: y - 5 }, colRules, marks: cellMarks(rows, here, top, perRow, cols), bottom: y };
}

/** Where everything goes: the header, the lanes one under another, the rules between them and the chart's height. */
export function handlersLayout(rows: HandlerRow[], width: number, wide: boolean) {
  const cols = columns(rows, width, wide);
  const { header, bottom } = wide ? wideHeader(cols) : narrowHeader(cols);
  const placed: Lane[] = [];
  let y = bottom;
  for (const name of lanes(rows)) {
    const lane = placeLane(rows, name, y, cols);
    placed.push(lane);
    y = lane.bottom;
  }
  const height = Math.ceil(y);
  const gridTop = bottom - 4;
  return {
    ...cols,
    header,
    height,
    marks: placed.flatMap((l) => l.marks),
    laneLabels: placed.flatMap((l) => l.labels),
    laneRules: placed.map((l) => l.rule),
    colRules: wide
      ? cols.legs.slice(1).map((_, i) => ({ x: cols.colX(i + 1), y1: gridTop, y2: height - 5 }))
      : placed.flatMap((l) => l.colRules),
  };
}
