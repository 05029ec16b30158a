/**
 * The index page of each kind of entity, as groups of entries: companies, vessels and airlines;
 * ports, airports and cities; countries; vehicle makes. Each entry carries the short line the index
 * prints under its name.
 */
import type { Dataset } from '../data';
import { type Entity, type EntityKind, entities } from '../entities';
import { citableFigures, printFigure } from '../figures';
import { COUNTRY_ROLES } from './profile';

export interface IndexEntry {
  entity: Entity;
  /** Where it is, or whose it is: "Russia", "flag of Togo". */
  where?: string;
  /** One line about it. */
  line?: string;
}

export interface IndexGroup {
  /** Heading of the group, e.g. "Companies". */
  heading: string;
  entries: IndexEntry[];
}

const countryName = (data: Dataset, id: string | null) => (id ? data.countries.find((c) => c.id === id)?.name : undefined);
const byName = (a: IndexEntry, b: IndexEntry) => a.entity.name.localeCompare(b.entity.name, 'en');

/** The groups of one kind's index page, each sorted by name. */
export function indexGroups(data: Dataset, kind: EntityKind): IndexGroup[] {
  const named = entities(data);
  const entry = (id: string, where?: string, line?: string): IndexEntry => ({ entity: named.get(id)!, where, line });
  const groups: IndexGroup[] = [];
  const group = <T>(heading: string, records: T[], make: (r: T) => IndexEntry) => {
    if (records.length) groups.push({ heading, entries: records.map(make).sort(byName) });
  };
  if (kind === 'facilitator') {
    for (const [sub, heading] of [
      ['company', 'Companies'],
      ['vessel', 'Vessels'],
      ['airline', 'Airlines'],
    ] as const) {
      group(
        heading,
        data.facilitators.filter((f) => f.kind === sub),
        (f) =>
          entry(
            f.id,
            f.kind === 'vessel' && f.country ? `flag of ${countryName(data, f.country)}` : countryName(data, f.country),
            f.summary,
          ),
      );
    }
  } else if (kind === 'place') {
    for (const [sub, heading] of [
      ['port', 'Ports'],
      ['airport', 'Airports'],
      ['city', 'Cities'],
    ] as const) {
      group(
        heading,
        data.places.filter((p) => p.kind === sub),
        (p) => entry(p.id, countryName(data, p.country), p.note),
      );
    }
  } else if (kind === 'country') {
    group('Countries', data.countries, (c) =>
      entry(c.id, undefined, c.roles.map((r, i) => (i === 0 ? COUNTRY_ROLES[r.role] : COUNTRY_ROLES[r.role].toLowerCase())).join('; ')),
    );
  } else {
    const figures = citableFigures(data);
    group('Vehicle makes', data.vehicleMakes, (m) =>
      entry(m.id, countryName(data, m.makerCountry), m.vehicles === null ? 'No source gives a count' : printFigure(figures.get(m.id)!)),
    );
  }
  return groups;
}
