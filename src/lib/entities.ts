/**
 * The things a chapter can mention by id with :entity[…]: facilitators (companies, a vessel, an
 * airline), places, countries and vehicle makes. Ids are unique across data/, so one lookup serves.
 * Each has its own page; this module is the one place that decides its address.
 */
import type { Dataset } from './data';
import { sitePath } from './paths';
import { type Lang, localePath } from './i18n/langs';
import { te } from './i18n/ui/entities';

export type EntityKind = 'facilitator' | 'place' | 'country' | 'vehicle-make';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** The name readers see when the chapter does not supply its own wording. */
  name: string;
  /** On Korean pages: the name in its original script or romanization, where it differs ("大连"). */
  original?: string;
  /** The language of `original` when it is in another script than Latin ("zh", "ja", "ru"). */
  originalLang?: string;
  /** Where the record lives, for editors. */
  file: string;
}

/** How each kind of entity is published: the folder of its pages and the words for its index. */
export const ENTITY_KINDS: Record<EntityKind, { segment: string; title: string }> = {
  facilitator: { segment: 'facilitators', title: 'Companies, ships and airlines' },
  place: { segment: 'places', title: 'Ports, airports and cities' },
  country: { segment: 'countries', title: 'Countries' },
  'vehicle-make': { segment: 'makes', title: 'Vehicle makes' },
};

/** The title of a kind's index in a language: "Countries", "국가". */
export function entityKindTitle(kind: EntityKind, lang: Lang = 'en'): string {
  return te(lang, `index.${kind}`);
}

/** Every entity in the data set, keyed by id, named in the data set's language. */
export function entities(data: Dataset): Map<string, Entity> {
  const all = new Map<string, Entity>();
  const add = (kind: EntityKind, file: string, records: { id: string; name: string }[]) => {
    for (const r of records) {
      // A localized record carries its `ko.original` at the top level (see src/lib/i18n/localize.ts).
      const { original, originalLang } = r as { original?: unknown; originalLang?: unknown };
      all.set(r.id, {
        id: r.id,
        kind,
        name: r.name,
        file,
        ...(typeof original === 'string' ? { original } : {}),
        ...(typeof originalLang === 'string' ? { originalLang } : {}),
      });
    }
  };
  add('facilitator', 'data/facilitators.json', data.facilitators);
  add('place', 'data/places.json', data.places);
  add('country', 'data/countries.json', data.countries);
  add('vehicle-make', 'data/vehicle-makes.json', data.vehicleMakes);
  return all;
}

/** The site path of an entity's page, without the base path: "/facilitators/dn5505/". */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
  return `/${ENTITY_KINDS[entity.kind].segment}/${entity.id}/`;
}

/** The site path of the index page for one kind of entity: "/places/". */
export function entityIndexPath(kind: EntityKind): string {
  return `/${ENTITY_KINDS[kind].segment}/`;
}

/** The address of an entity's own page, with the base path, for links in chapters and pages ("/ko/…" in Korean). */
export function entityUrl(entity: Pick<Entity, 'id' | 'kind'>, lang: Lang = 'en'): string {
  return sitePath(localePath(lang, entityPath(entity)));
}
