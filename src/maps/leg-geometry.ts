/**
 * How each leg of the journey is drawn, by its mode: a sea leg along its lane from
 * data/sea-routes.json, an air leg along its great circle, a leg whose mode no source gives as a
 * schematic curve (the notes say so). Shared by the story map and the entity locator maps.
 */
import type { Dataset } from '../lib/data';
import type { JourneyLeg } from '../lib/schemas/journey';
import { flowCurve, type Point, pointAt } from './curves';
import { sampleCurve } from './map-labels';
import type { Panel } from './panels';
import type { LonLat } from './sea/geo';
import { track, type Track } from './tracks';

/** How a leg's line relates to the way the cars went. */
export type LegShape = 'sea-lane' | 'great-circle' | 'schematic';

export const LEG_SHAPE: Record<JourneyLeg['mode'], LegShape> = { sea: 'sea-lane', air: 'great-circle', unknown: 'schematic' };

/** The bibliography id of the maritime network the sea lanes follow. */
export const SEA_LANES_SOURCE = 'eurostat-searoute-marnet';

/**
 * A leg's line on the globe, [lon, lat] points from its start to its end: the sea lane for a sea
 * leg, the two ends (joined along a great circle) for an air leg, null when the mode is unknown
 * (or a sea leg has no lane).
 */
export function legLine(data: Dataset, leg: JourneyLeg): LonLat[] | null {
  const place = (id: string): LonLat => {
    const p = data.places.find((q) => q.id === id);
    if (!p) throw new Error(`data/journey-legs.json, record "${leg.id}": no place "${id}" in data/places.json.`);
    return [p.lon, p.lat];
  };
  if (leg.mode === 'air') return [place(leg.from), place(leg.to)];
  if (leg.mode !== 'sea') return null;
  // The data checks require a line for every sea leg; a small test dataset may lack one.
  const route = data.seaRoutes.find((r) => r.leg === leg.id);
  return route ? (route.points as LonLat[]) : null;
}

/** How a leg is drawn: by its mode, or schematic when it has no line to follow. */
export function legShape(data: Dataset, leg: JourneyLeg): LegShape {
  return legLine(data, leg) ? LEG_SHAPE[leg.mode] : 'schematic';
}

export interface LegGeometry extends Track {
  shape: LegShape;
}

/** A leg drawn in a panel: along its line where it has one, else as a bowed schematic curve. */
export function legGeometry(
  data: Dataset,
  view: { leg: JourneyLeg; from: { lon: number; lat: number }; to: { lon: number; lat: number } },
  panel: Panel,
  { bend, width }: { bend: number; width: number },
): LegGeometry {
  const gaps = { gapStart: 6, gapEnd: 6, width };
  const line = legLine(data, view.leg);
  const drawn = line ? track(panel.projection, panel.rect, line, gaps) : null;
  if (drawn) return { ...drawn, shape: LEG_SHAPE[view.leg.mode] };
  const curve = flowCurve(panel.xy([view.from.lon, view.from.lat]), panel.xy([view.to.lon, view.to.lat]), { bend, ...gaps });
  const points: Point[] = sampleCurve((t) => pointAt(curve.controls, t));
  return { line: curve.line, head: curve.head, mid: curve.mid, points, shape: 'schematic' };
}
