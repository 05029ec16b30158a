/**
 * Labels on the story maps, placed by ./sea/labels against everything drawn: place names first (a
 * leader line or a number when they must), then country names, which are only shown where they fit.
 * Turns a placement back into what marks.ts draws: an offset and anchor for a place label, a centre
 * and baseline for a country name.
 */
import type { Point } from './curves';
import { type Box, type LabelInput, type PlacedLabel, placeLabels } from './sea/labels';
import { textWidth } from './sea/text-width';
import type { LayoutSpec, Panel } from './panels';

/** Place labels are 12.5 px Inter (maps.css .place__label). */
export const PLACE_LABEL_SIZE = 12.5;
/** Country names are 11 px semibold capitals, letter-spaced 0.08 em (maps.css .country-label). */
export const COUNTRY_LABEL_SIZE = 11;

/** The width of a country name as drawn: capitals, letter-spaced. */
export function countryLabelWidth(name: string, size = COUNTRY_LABEL_SIZE): number {
  const caps = name.toUpperCase();
  return textWidth(caps, size, 600) + [...caps].length * 0.08 * size;
}

export interface PlaceToLabel {
  id: string;
  at: Point;
  text: string;
}

export interface CountryToLabel {
  id: string;
  at: Point;
  name: string;
}

export interface MapLabelInput {
  bounds: [number, number, number, number];
  places: PlaceToLabel[];
  countries: CountryToLabel[];
  /** Drawn lines, as screen polylines. */
  routes: Point[][];
  /** Badges, boxes, captions: anything else a label must keep off. */
  obstacles: Box[];
  /** Radius of the place symbols. */
  markRadius?: number;
  placeSize?: number;
  countrySize?: number;
}

export interface MapLabels {
  places: Map<string, PlacedLabel>;
  countries: Map<string, PlacedLabel>;
  /** Places with no room even for a number, which the caption must name. */
  omitted: string[];
}

/** Places every label of one panel; country names that do not fit beside their point are dropped. */
export function layoutMapLabels(input: MapLabelInput): MapLabels {
  const placeSize = input.placeSize ?? PLACE_LABEL_SIZE;
  const countrySize = input.countrySize ?? COUNTRY_LABEL_SIZE;
  const marks = input.places.map((p) => ({ at: p.at, radius: input.markRadius ?? 4 }));
  const placeInputs: LabelInput[] = input.places.map((p) => ({ id: p.id, at: p.at, text: p.text, size: placeSize }));
  const places = placeLabels(placeInputs, {
    bounds: input.bounds,
    marks,
    routes: input.routes,
    obstacles: input.obstacles,
    leaderLengths: [22, 34, 50, 70, 95],
  });
  const countryInputs: LabelInput[] = input.countries.map((c) => ({
    id: c.id,
    at: c.at,
    text: c.name,
    size: countrySize,
    weight: 600,
    width: countryLabelWidth(c.name, countrySize),
    centred: true,
    fallback: false,
  }));
  const countries = placeLabels(countryInputs, {
    bounds: input.bounds,
    marks,
    routes: [...input.routes, ...places.labels.flatMap((l) => (l.status === 'leader' ? [l.leader] : []))],
    obstacles: [...input.obstacles, ...places.labels.map((l) => l.box)],
    gap: 2,
  });
  return {
    places: new Map(places.labels.map((l) => [l.id, l])),
    countries: new Map(countries.labels.map((l) => [l.id, l])),
    omitted: places.omitted,
  };
}

/** The offset of a placed label's text from its point, as placeMark takes it. */
export function labelOffset(label: PlacedLabel, at: Point): { dx: number; dy: number; anchor: 'start' } {
  return { dx: label.textAt[0] - at[0], dy: label.textAt[1] - at[1], anchor: 'start' };
}

/** Where a centred label's text goes: the middle of its box, on its baseline. */
export function centreOf(label: PlacedLabel): Point {
  return [label.box.x + label.box.width / 2, label.textAt[1]];
}

/** A box around a point, e.g. a number badge of half-size `r`. */
export function boxAround([x, y]: Point, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/** Samples a polyline function (e.g. a quadratic curve) into points. */
export function sampleCurve(pointAt: (t: number) => Point, n = 24): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => pointAt(i / n));
}

/** What every panel's labels keep off: its caption and, over the overview, the detail inset and the globe. */
export function panelFrameBoxes(panel: Panel, layout: LayoutSpec, detail: Panel): Box[] {
  const [x, y, , h] = panel.rect;
  const boxes: Box[] = [];
  if (panel.caption) boxes.push({ x: x + 4, y: y + h - 22, width: textWidth(panel.caption, 11) + 10, height: 20 });
  if (panel.name === 'overview') {
    const [dx, dy, dw, dh] = detail.rect;
    const { cx, cy, r } = layout.locator;
    boxes.push({ x: dx, y: dy, width: dw, height: dh }, boxAround([cx, cy], r));
  }
  return boxes;
}
