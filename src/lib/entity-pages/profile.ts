/**
 * Everything an entity's page shows, gathered from data/ in one pure step: what it is, where, its
 * identifiers, roles, figures, part in the route, responses, disputes, sanctions listings and
 * sources. Pages only lay this out, so what a page may say is decided (and tested) here.
 */
import type { Dataset } from '../data';
import { type Entity, type EntityKind, entities } from '../entities';
import { type CitableFigure, citableFigures, isDisputed, printFigure } from '../figures';
import { eventsOf, type LegAppearance, legsOf, placesOf } from './routes';
import { sourceIdsIn } from './record-sources';
import { langOf } from '../i18n/dataset-lang';
import type { Lang } from '../i18n/langs';
import { type EntityMessage, te } from '../i18n/ui/entities';

type Facilitator = Dataset['facilitators'][number];
type CountryRole = Dataset['countries'][number]['roles'][number]['role'];

/** A fact about the entity with the sources that give it; `sources` is empty for standard codes. */
export interface Fact {
  label: string;
  value: string;
  sources: string[];
}

/** A number attributed to the entity, printed the house way. */
export interface ProfileFigure {
  figure: CitableFigure;
  /** The value as printed, e.g. "537 vehicles". */
  text: string;
  /** The whole it is part of, printed, e.g. "803 vehicles", when the data says so. */
  of?: string;
  disputed: boolean;
}

export interface EntityProfile {
  entity: Entity;
  /** "Company", "Vessel", "Airline", "Port", "Airport", "City", "Country" or "Vehicle make". */
  kindLabel: string;
  /** The country it belongs to, with the words for how: "Based in", "Flag", "In", "Maker’s country". */
  country?: { entity: Entity; relation: string };
  summary?: string;
  aliases: string[];
  facts: Fact[];
  roles: { role: string; detail?: string; sources: string[] }[];
  figures: ProfileFigure[];
  legs: LegAppearance[];
  events: Dataset['journeyEvents'];
  responses: Facilitator['responses'];
  disputed: Facilitator['disputed'];
  linkedActivities: Facilitator['linkedActivities'];
  /** Other entities with a page that this one is tied to in the data, grouped under a heading. */
  related: { heading: string; entities: Entity[] }[];
  listings: Dataset['sanctionsListings'];
  note?: string;
  /** Every source the record (and its listings) cites, first citation first. */
  sources: string[];
  /** Places to draw on its map: itself, the ends of its legs, or the places in a country. */
  mapPlaces: string[];
}

/** A role a country can play, as the pages word it in a language. */
export function countryRole(role: CountryRole, lang: Lang = 'en'): string {
  return te(lang, `role.${role}`);
}

/** The roles a country can play, as the English pages word them. */
export const COUNTRY_ROLES = Object.fromEntries(
  (['source', 'vehicle-origin', 'transit', 'destination', 'facilitator-base', 'flag-state', 'purchase'] as const).map((r) => [
    r,
    countryRole(r),
  ]),
) as Record<CountryRole, string>;

/** Coordinates exactly as the reference row gives them, with hemispheres: "51.9° N, 4.4833° E" (Korean: "북위 51.9°, 동경 4.4833°"). */
export function coordinates(lat: number, lon: number, lang: Lang = 'en'): string {
  return te(lang, 'coordinates', {
    lat: Math.abs(lat),
    lon: Math.abs(lon),
    ns: te(lang, lat < 0 ? 'hemisphere.S' : 'hemisphere.N'),
    ew: te(lang, lon < 0 ? 'hemisphere.W' : 'hemisphere.E'),
  });
}

/** The kind label of a facilitator or place: "Vessel", "선박". */
const kindLabel = (kind: string, lang: Lang) => te(lang, `kind.${kind}` as EntityMessage);

function profileFigure(data: Dataset, figure: CitableFigure): ProfileFigure {
  const whole = figure.partOf ? citableFigures(data).get(figure.partOf) : undefined;
  const lang = langOf(data);
  return {
    figure,
    text: printFigure(figure, lang),
    of: whole && whole.value !== null ? printFigure(whole, lang) : undefined,
    disputed: isDisputed(figure),
  };
}

function empty(entity: Entity, kindLabel: string): EntityProfile {
  return {
    entity,
    kindLabel,
    aliases: [],
    facts: [],
    roles: [],
    figures: [],
    legs: [],
    events: [],
    responses: [],
    disputed: [],
    linkedActivities: [],
    related: [],
    listings: [],
    sources: [],
    mapPlaces: [],
  };
}

/** What every kind of profile is built from. */
interface ProfileInput {
  data: Dataset;
  entity: Entity;
  lang: Lang;
  /** The entity with this id, if it has a page. */
  get: (id: string) => Entity | undefined;
  figures: Map<string, CitableFigure>;
  legs: LegAppearance[];
  /** The places at the ends of its legs, each once. */
  legPlaces: string[];
}

/** A profile and the record it was built from (whose sources the page lists). */
interface Built {
  profile: EntityProfile;
  record: unknown;
}

const known = (e: Entity | undefined): e is Entity => !!e;

function facilitatorProfile({ data, entity, get, figures, legPlaces, lang }: ProfileInput): Built {
  const f = data.facilitators.find((r) => r.id === entity.id)!;
  const profile: EntityProfile = {
    ...empty(entity, kindLabel(f.kind, lang)),
    summary: f.summary,
    aliases: f.aliases,
    facts: f.identifiers.map((i) => ({ label: i.label, value: i.value, sources: i.sources })),
    roles: f.roles.map((r) => ({ role: r.role, sources: r.sources })),
    figures: f.counts.map((c) => profileFigure(data, figures.get(c.id)!)),
    responses: f.responses,
    disputed: f.disputed,
    linkedActivities: f.linkedActivities,
    related: [{ heading: te(lang, 'related.related'), entities: f.related.map(get).filter(known) }],
    note: f.note,
    mapPlaces: legPlaces,
  };
  if (f.country)
    profile.country = { entity: get(f.country)!, relation: te(lang, f.kind === 'vessel' ? 'relation.flag' : 'relation.basedIn') };
  return { profile, record: f };
}

function placeProfile({ data, entity, get, legs, legPlaces, lang }: ProfileInput): Built {
  const p = data.places.find((r) => r.id === entity.id)!;
  const onLegs = [...new Set(legs.flatMap(({ leg }) => [leg.carrier, ...leg.parties]).filter((x): x is string => !!x))];
  const profile: EntityProfile = {
    ...empty(entity, kindLabel(p.kind, lang)),
    country: { entity: get(p.country)!, relation: te(lang, 'relation.in') },
    facts: [
      { label: te(lang, 'fact.coordinates'), value: coordinates(p.lat, p.lon, lang), sources: [p.coordinates.source] },
      { label: te(lang, 'fact.listedAs'), value: p.coordinates.reference, sources: [p.coordinates.source] },
    ],
    related: [{ heading: te(lang, 'related.onLegs'), entities: onLegs.map(get).filter(known) }],
    note: p.note,
    mapPlaces: [p.id, ...legPlaces.filter((x) => x !== p.id)],
  };
  return { profile, record: p };
}

function countryProfile({ data, entity, get, figures, legPlaces, lang }: ProfileInput): Built {
  const c = data.countries.find((r) => r.id === entity.id)!;
  const share = c.shareFigure ? figures.get(c.shareFigure) : undefined;
  const places = [...placesOf(data, entity)];
  const profile: EntityProfile = {
    ...empty(entity, te(lang, 'kind.country')),
    facts: [
      { label: te(lang, 'fact.iso3'), value: c.iso3, sources: [] },
      { label: te(lang, 'fact.isoNumeric'), value: c.isoNumeric, sources: [] },
    ],
    roles: c.roles.map((r) => ({ role: countryRole(r.role, lang), detail: r.detail, sources: r.sources })),
    figures: share ? [profileFigure(data, share)] : [],
    related: [
      { heading: te(lang, 'related.places'), entities: places.map(get).filter(known) },
      {
        heading: te(lang, 'related.firms'),
        entities: data.facilitators.filter((f) => f.country === c.id).map((f) => get(f.id)!),
      },
      { heading: te(lang, 'related.makes'), entities: data.vehicleMakes.filter((m) => m.makerCountry === c.id).map((m) => get(m.id)!) },
    ],
    note: c.note,
    mapPlaces: [...places, ...legPlaces.filter((x) => !places.includes(x))],
  };
  return { profile, record: c };
}

function makeProfile({ data, entity, get, figures, lang }: ProfileInput): Built {
  const m = data.vehicleMakes.find((r) => r.id === entity.id)!;
  const profile: EntityProfile = {
    // The remainder is a count, not a make, and the page says so.
    ...empty(entity, te(lang, m.group === 'unattributed' ? 'kind.unattributed' : 'kind.make')),
    facts: m.method ? [{ label: te(lang, 'fact.method'), value: m.method, sources: m.sources }] : [],
    // The make's note is printed once, under "Our note", not again under its count.
    figures: [profileFigure(data, { ...figures.get(m.id)!, note: undefined })],
    note: m.note,
  };
  if (m.makerCountry) profile.country = { entity: get(m.makerCountry)!, relation: te(lang, 'relation.maker') };
  return { profile, record: m };
}

const BY_KIND: Record<EntityKind, (input: ProfileInput) => Built> = {
  facilitator: facilitatorProfile,
  place: placeProfile,
  country: countryProfile,
  'vehicle-make': makeProfile,
};

/** The profile of one entity, for its page, in the data set's language (getDataset(lang)). Throws if the id is not in the data. */
export function buildProfile(data: Dataset, id: string): EntityProfile {
  const named = entities(data);
  const entity = named.get(id);
  if (!entity) throw new Error(`buildProfile: no entity "${id}" in data/`);
  const legs = legsOf(data, entity);
  const legPlaces = [...new Set(legs.flatMap(({ leg }) => [leg.from, leg.to]))];
  const input = {
    data,
    lang: langOf(data),
    entity,
    get: (other: string) => named.get(other),
    figures: citableFigures(data),
    legs,
    legPlaces,
  };
  const { profile, record } = BY_KIND[entity.kind](input);
  const listings = data.sanctionsListings.filter((l) => l.entity === id).sort((a, b) => a.entryNumber - b.entryNumber);
  return {
    ...profile,
    related: profile.related.filter((group) => group.entities.length > 0),
    legs,
    events: eventsOf(data, entity),
    listings,
    sources: sourceIdsIn([record, listings]),
  };
}
