/**
 * The things a chapter can mention by id with :entity[…]: facilitators (companies, a vessel, an
 * airline), places, countries and vehicle makes. Ids are unique across data/, so one lookup serves.
 */
import type { Dataset } from './data';

export type EntityKind = 'facilitator' | 'place' | 'country' | 'vehicle-make';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** The name readers see when the chapter does not supply its own wording. */
  name: string;
  /** Where the record lives, for editors. */
  file: string;
}

/** Every entity in the data set, keyed by id. */
export function entities(data: Dataset): Map<string, Entity> {
  const all = new Map<string, Entity>();
  const add = (kind: EntityKind, file: string, records: { id: string; name: string }[]) => {
    for (const r of records) all.set(r.id, { id: r.id, kind, name: r.name, file });
  };
  add('facilitator', 'data/facilitators.json', data.facilitators);
  add('place', 'data/places.json', data.places);
  add('country', 'data/countries.json', data.countries);
  add('vehicle-make', 'data/vehicle-makes.json', data.vehicleMakes);
  return all;
}

/**
 * The address of an entity's own page, or undefined while it has none. This is the one place that
 * decides it: entity pages do not exist yet (issue 6), so every mention renders as marked-up text
 * rather than a link that would lead nowhere.
 */
export function entityUrl(_entity: Entity): string | undefined {
  return undefined;
}
