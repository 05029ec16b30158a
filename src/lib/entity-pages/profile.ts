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

/** The roles a country can play, as the pages word them. */
export const COUNTRY_ROLES: Record<CountryRole, string> = {
  source: 'Source of luxury goods',
  'vehicle-origin': 'Origin of vehicles',
  transit: 'Transit',
  destination: 'Destination',
  'facilitator-base': 'Base of firms in the story',
  'flag-state': 'Flag state',
  purchase: 'Where goods were bought or registered',
};

/** Coordinates exactly as the reference row gives them, with hemispheres: "51.9° N, 4.4833° E". */
function coordinates(lat: number, lon: number): string {
  return `${Math.abs(lat)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon)}° ${lon < 0 ? 'W' : 'E'}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function profileFigure(data: Dataset, figure: CitableFigure): ProfileFigure {
  const whole = figure.partOf ? citableFigures(data).get(figure.partOf) : undefined;
  return {
    figure,
    text: printFigure(figure),
    of: whole && whole.value !== null ? printFigure(whole) : undefined,
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

function facilitatorProfile({ data, entity, get, figures, legPlaces }: ProfileInput): Built {
  const f = data.facilitators.find((r) => r.id === entity.id)!;
  const profile: EntityProfile = {
    ...empty(entity, capital(f.kind)),
    summary: f.summary,
    aliases: f.aliases,
    facts: f.identifiers.map((i) => ({ label: i.label, value: i.value, sources: i.sources })),
    roles: f.roles.map((r) => ({ role: r.role, sources: r.sources })),
    figures: f.counts.map((c) => profileFigure(data, figures.get(c.id)!)),
    responses: f.responses,
    disputed: f.disputed,
    linkedActivities: f.linkedActivities,
    related: [{ heading: 'Related', entities: f.related.map(get).filter(known) }],
    note: f.note,
    mapPlaces: legPlaces,
  };
  if (f.country) profile.country = { entity: get(f.country)!, relation: f.kind === 'vessel' ? 'Flag' : 'Based in' };
  return { profile, record: f };
}

function placeProfile({ data, entity, get, legs, legPlaces }: ProfileInput): Built {
  const p = data.places.find((r) => r.id === entity.id)!;
  const onLegs = [...new Set(legs.flatMap(({ leg }) => [leg.carrier, ...leg.parties]).filter((x): x is string => !!x))];
  const profile: EntityProfile = {
    ...empty(entity, capital(p.kind)),
    country: { entity: get(p.country)!, relation: 'In' },
    facts: [
      { label: 'Coordinates', value: coordinates(p.lat, p.lon), sources: [p.coordinates.source] },
      { label: 'Listed as', value: p.coordinates.reference, sources: [p.coordinates.source] },
    ],
    related: [{ heading: 'Firms, ships and airlines on its legs', entities: onLegs.map(get).filter(known) }],
    note: p.note,
    mapPlaces: [p.id, ...legPlaces.filter((x) => x !== p.id)],
  };
  return { profile, record: p };
}

function countryProfile({ data, entity, get, figures, legPlaces }: ProfileInput): Built {
  const c = data.countries.find((r) => r.id === entity.id)!;
  const share = c.shareFigure ? figures.get(c.shareFigure) : undefined;
  const places = [...placesOf(data, entity)];
  const profile: EntityProfile = {
    ...empty(entity, 'Country'),
    facts: [
      { label: 'ISO 3166-1 alpha-3', value: c.iso3, sources: [] },
      { label: 'ISO 3166-1 numeric', value: c.isoNumeric, sources: [] },
    ],
    roles: c.roles.map((r) => ({ role: COUNTRY_ROLES[r.role], detail: r.detail, sources: r.sources })),
    figures: share ? [profileFigure(data, share)] : [],
    related: [
      { heading: 'Places', entities: places.map(get).filter(known) },
      {
        heading: 'Companies, ships and airlines',
        entities: data.facilitators.filter((f) => f.country === c.id).map((f) => get(f.id)!),
      },
      { heading: 'Vehicle makes', entities: data.vehicleMakes.filter((m) => m.makerCountry === c.id).map((m) => get(m.id)!) },
    ],
    note: c.note,
    mapPlaces: [...places, ...legPlaces.filter((x) => !places.includes(x))],
  };
  return { profile, record: c };
}

function makeProfile({ data, entity, get, figures }: ProfileInput): Built {
  const m = data.vehicleMakes.find((r) => r.id === entity.id)!;
  const profile: EntityProfile = {
    // The remainder is a count, not a make, and the page says so.
    ...empty(entity, m.group === 'unattributed' ? 'Vehicles no source assigns to a make' : 'Vehicle make'),
    facts: m.method ? [{ label: 'How the count was made', value: m.method, sources: m.sources }] : [],
    // The make's note is printed once, under "Our note", not again under its count.
    figures: [profileFigure(data, { ...figures.get(m.id)!, note: undefined })],
    note: m.note,
  };
  if (m.makerCountry) profile.country = { entity: get(m.makerCountry)!, relation: 'Maker’s country' };
  return { profile, record: m };
}

const BY_KIND: Record<EntityKind, (input: ProfileInput) => Built> = {
  facilitator: facilitatorProfile,
  place: placeProfile,
  country: countryProfile,
  'vehicle-make': makeProfile,
};

/** The profile of one entity, for its page. Throws if the id is not in the data. */
export function buildProfile(data: Dataset, id: string): EntityProfile {
  const named = entities(data);
  const entity = named.get(id);
  if (!entity) throw new Error(`buildProfile: no entity "${id}" in data/`);
  const legs = legsOf(data, entity);
  const legPlaces = [...new Set(legs.flatMap(({ leg }) => [leg.from, leg.to]))];
  const input = { data, entity, get: (other: string) => named.get(other), figures: citableFigures(data), legs, legPlaces };
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
