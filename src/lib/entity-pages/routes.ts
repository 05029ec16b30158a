/**
 * An entity's part in the Maybach route: the journey legs it appears on (as carrier, party,
 * departure or arrival, or through its places for a country) and the dated events that name it.
 */
import type { Dataset } from '../data';
import type { Entity } from '../entities';

type Leg = Dataset['journeyLegs'][number];
type JourneyEvent = Dataset['journeyEvents'][number];

/** How an entity takes part in one leg, in the words the page prints. */
export type LegPart = 'carrier' | 'party' | 'departure' | 'arrival' | 'departure and arrival';

export interface LegAppearance {
  leg: Leg;
  /** Each way the entity takes part in the leg (a country may be both departure and arrival). */
  parts: LegPart[];
}

/** Ids of the places an entity stands for on the route: a place itself, or every place in a country. */
export function placesOf(data: Dataset, entity: Entity): Set<string> {
  if (entity.kind === 'place') return new Set([entity.id]);
  if (entity.kind === 'country') return new Set(data.places.filter((p) => p.country === entity.id).map((p) => p.id));
  return new Set();
}

/** The legs an entity appears on, in journey order, with how it takes part in each. */
export function legsOf(data: Dataset, entity: Entity): LegAppearance[] {
  const places = placesOf(data, entity);
  return [...data.journeyLegs]
    .sort((a, b) => a.order - b.order)
    .map((leg) => {
      const parts: LegPart[] = [];
      if (entity.kind === 'facilitator') {
        if (leg.carrier === entity.id) parts.push('carrier');
        if (leg.parties.includes(entity.id)) parts.push('party');
      }
      const from = places.has(leg.from);
      const to = places.has(leg.to);
      if (from && to) parts.push('departure and arrival');
      else if (from) parts.push('departure');
      else if (to) parts.push('arrival');
      return { leg, parts };
    })
    .filter((appearance) => appearance.parts.length > 0);
}

/** The dated events that name a facilitator, or that happened at a place (or in a country), by date. */
export function eventsOf(data: Dataset, entity: Entity): JourneyEvent[] {
  const places = placesOf(data, entity);
  return data.journeyEvents
    .filter((e) => (entity.kind === 'facilitator' ? e.entities.includes(entity.id) : e.place !== null && places.has(e.place)))
    .sort((a, b) => a.date.localeCompare(b.date));
}
