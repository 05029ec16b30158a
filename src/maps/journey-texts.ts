/**
 * The journey map's words that follow from the record: a title that says how far the journey is
 * documented, and notes on what the lines are and which legs are disputed or only inferred.
 */
import type { Dataset } from '../lib/data';
import type { JourneyLeg } from '../lib/schemas/journey';
import type { LegView } from './journey-model';
import { legShape, type LegShape } from './leg-geometry';

const legList = (orders: number[]) =>
  orders.length === 1 ? `Leg ${orders[0]}` : `Legs ${orders.slice(0, -1).join(', ')} and ${orders[orders.length - 1]}`;

/** What the lines are, by the modes the legs have: lanes, great circles, or schematic curves. */
function lineNote(data: Dataset, views: LegView[]): string {
  const by = (shape: LegShape) => views.filter((v) => legShape(data, v.leg) === shape).map((v) => v.leg.order);
  const parts = [
    by('sea-lane').length
      ? `${legList(by('sea-lane'))} (by sea) ${by('sea-lane').length === 1 ? 'follows' : 'follow'} the shortest way along the shipping lanes of Eurostat’s SeaRoute network; no source gives the ships’ own tracks.`
      : '',
    by('great-circle').length
      ? `${legList(by('great-circle'))} (by air) ${by('great-circle').length === 1 ? 'is' : 'are'} drawn along the shortest path on the globe, not a flight’s track.`
      : '',
    by('schematic').length
      ? `${legList(by('schematic'))}: no route is known, so the line is only a schematic link between the places.`
      : '',
  ];
  return `${parts.filter(Boolean).join(' ')} Every leg carried the same two cars, so every line has the same width.`;
}

/** A title that says how far the journey is on record, from the legs' evidence. */
export function journeyTitle(views: LegView[]): string {
  const run = views.findIndex((v) => v.leg.evidence !== 'documented');
  if (run === -1) return 'The Maybachs’ journey, documented leg by leg';
  if (run === 0) return 'The Maybachs’ journey, as the sources reconstruct it';
  const after = new Set(views.slice(run).map((v) => v.leg.evidence));
  const doubt = after.has('disputed') ? 'disputed' : 'inferred';
  return `The Maybachs’ journey: documented as far as ${views[run - 1].to.name}, ${doubt} beyond`;
}

/** The map's notes: what the lines are, then the disputed legs and the inferred ones. */
export function journeyNotes(data: Dataset, views: LegView[]): string[] {
  const orders = (evidence: JourneyLeg['evidence']) => views.filter((v) => v.leg.evidence === evidence).map((v) => v.leg.order);
  return [
    lineNote(data, views),
    orders('disputed').length
      ? `${legList(orders('disputed'))}: sources contradict each other on whether the cars made this part of the trip.`
      : '',
    orders('inferred').length
      ? `${legList(orders('inferred'))}: no source describes it; it is drawn only to join the legs before and after it.`
      : '',
  ].filter(Boolean);
}
