/**
 * The index page of each kind of entity, as groups of entries: companies, vessels and airlines;
 * ports, airports and cities; countries; vehicle makes. Each entry carries the short line the index
 * prints under its name. In the data set's language (getDataset(lang)): Korean headings, Korean
 * names sorted in Korean order.
 */
import type { Dataset } from '../data';
import { type Entity, type EntityKind, entities } from '../entities';
import { citableFigures, printFigure } from '../figures';
import { langOf } from '../i18n/dataset-lang';
import { INTL_LOCALES, type Lang } from '../i18n/langs';
import { type EntityMessage, te } from '../i18n/ui/entities';
import { countryRole } from './profile';

export interface IndexEntry {
  entity: Entity;
  /** Where it is, or whose it is: "Russia", "flag of Togo". */
  where?: string;
  /** One line about it. */
  line?: string;
}

export interface IndexGroup {
  /** A stable id for the group, the same in every language, for anchors: "companies". */
  id: string;
  /** Heading of the group, e.g. "Companies" ("기업" in Korean). */
  heading: string;
  entries: IndexEntry[];
}

const countryName = (data: Dataset, id: string | null) => (id ? data.countries.find((c) => c.id === id)?.name : undefined);

/** The countries' roles as one line: "Source of luxury goods; transit" (Korean: "사치품 공급국, 경유국"). */
function rolesLine(roles: Dataset['countries'][number]['roles'], lang: Lang): string {
  const words = roles.map((r) => countryRole(r.role, lang));
  if (lang === 'ko') return words.join(', ');
  return words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join('; ');
}

/** The groups of one kind's index page, each sorted by name. */
export function indexGroups(data: Dataset, kind: EntityKind): IndexGroup[] {
  const lang = langOf(data);
  const named = entities(data);
  const byName = (a: IndexEntry, b: IndexEntry) => a.entity.name.localeCompare(b.entity.name, INTL_LOCALES[lang]);
  const entry = (id: string, where?: string, line?: string): IndexEntry => ({ entity: named.get(id)!, where, line });
  const groups: IndexGroup[] = [];
  const group = <T>(heading: EntityMessage, records: T[], make: (r: T) => IndexEntry) => {
    if (records.length)
      groups.push({ id: heading.slice('group.'.length), heading: te(lang, heading), entries: records.map(make).sort(byName) });
  };
  if (kind === 'facilitator') {
    for (const [sub, heading] of [
      ['company', 'group.companies'],
      ['vessel', 'group.vessels'],
      ['airline', 'group.airlines'],
    ] as const) {
      group(
        heading,
        data.facilitators.filter((f) => f.kind === sub),
        (f) =>
          entry(
            f.id,
            f.kind === 'vessel' && f.country
              ? te(lang, 'flagOf', { country: countryName(data, f.country) ?? f.country })
              : countryName(data, f.country),
            f.summary,
          ),
      );
    }
  } else if (kind === 'place') {
    for (const [sub, heading] of [
      ['port', 'group.ports'],
      ['airport', 'group.airports'],
      ['city', 'group.cities'],
    ] as const) {
      group(
        heading,
        data.places.filter((p) => p.kind === sub),
        (p) => entry(p.id, countryName(data, p.country), p.note),
      );
    }
  } else if (kind === 'country') {
    group('group.countries', data.countries, (c) => entry(c.id, undefined, rolesLine(c.roles, lang)));
  } else {
    const figures = citableFigures(data);
    group('group.makes', data.vehicleMakes, (m) =>
      entry(m.id, countryName(data, m.makerCountry), m.vehicles === null ? te(lang, 'noCount') : printFigure(figures.get(m.id)!, lang)),
    );
  }
  return groups;
}
