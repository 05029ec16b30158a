/**
 * Ids across data/: each is used once (so a directive such as :entity[busan] is never ambiguous),
 * and every id a record points to exists, with the nearest valid id when it does not.
 */
import { didYouMean } from '../nearest';
import { DATA_FILES, dataPath, type DataKey, type Dataset } from './files';
import { type DataIssue, fieldPath } from './issues';

type Path = (string | number)[];

/** One id a record points to, where it sits, and the ids it may be. */
interface Reference {
  path: Path;
  wanted: string | null | undefined;
  valid: Set<string>;
  /** A key of DATA_FILES, or the words naming where a valid id lives. */
  target: DataKey | string;
}

/** The ids of each kind of record a reference may point to. */
interface KnownIds {
  sources: Set<string>;
  places: Set<string>;
  countries: Set<string>;
  facilitators: Set<string>;
  figures: Set<string>;
  anyFigure: Set<string>;
}

function idsOf(records: { id: string }[]): Set<string> {
  return new Set(records.map((r) => r.id));
}

/** The ids a `:figure[…]` can name: figures, vehicle makes (their counts) and facilitator counts. */
export function figureBearingIds(data: Dataset): Set<string> {
  return new Set([
    ...data.figures.map((f) => f.id),
    ...data.vehicleMakes.map((m) => m.id),
    ...data.facilitators.flatMap((f) => f.counts.map((c) => c.id)),
  ]);
}

function knownIds(data: Dataset): KnownIds {
  return {
    sources: idsOf(data.sources),
    places: idsOf(data.places),
    countries: idsOf(data.countries),
    facilitators: idsOf(data.facilitators),
    figures: idsOf(data.figures),
    anyFigure: figureBearingIds(data),
  };
}

/** The record's own id and the ids of its counts, in the order they are written. */
function idsDeclaredBy(record: { id: string; counts?: { id: string }[] }): string[] {
  return [record.id, ...(record.counts ?? []).map((c) => c.id)];
}

/** An id used a second time anywhere in data/, named with the file that used it first. */
export function duplicateIdIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Map<string, string>();
  for (const key of Object.keys(DATA_FILES) as DataKey[]) {
    for (const id of (data[key] as { id: string; counts?: { id: string }[] }[]).flatMap(idsDeclaredBy)) {
      const first = seen.get(id);
      if (!first) {
        seen.set(id, dataPath(key));
        continue;
      }
      issues.push({
        file: dataPath(key),
        record: `"${id}"`,
        field: 'id',
        message: `the id "${id}" is already used in ${first}.`,
        hint: 'Ids must be unique across every file in data/; give one of the two records another id.',
      });
    }
  }
  return issues;
}

/** The issue for one reference of a record in `key`, or none when it resolves (or is left out). */
function unresolved(key: DataKey, record: string, { path, wanted, valid, target }: Reference): DataIssue[] {
  if (wanted === null || wanted === undefined || valid.has(wanted)) return [];
  const targetFile = target in DATA_FILES ? dataPath(target as DataKey) : target;
  return [
    {
      file: dataPath(key),
      record: `"${record}"`,
      field: fieldPath(path),
      message: `unknown id "${wanted}". ${didYouMean(wanted, valid)}`.trim(),
      hint: `Use an id that exists in ${targetFile}, or add a record with this id there first.`,
    },
  ];
}

/** One reference per item of a list of ids, at `field[i]`. */
function each(field: string, ids: string[], valid: Set<string>, target: DataKey | string): Reference[] {
  return ids.map((wanted, i) => ({ path: [field, i], wanted, valid, target }));
}

/** The unresolved references of every record in `key`, record by record in file order. */
function checkRecords<R extends { id: string }>(key: DataKey, records: R[], referencesOf: (record: R) => Reference[]): DataIssue[] {
  return records.flatMap((record) => referencesOf(record).flatMap((reference) => unresolved(key, record.id, reference)));
}

/** Every `sources` array anywhere inside a record, with its path. */
function sourceLists(value: unknown, path: Path = []): { path: Path; ids: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourceLists(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && Array.isArray(child) ? [{ path: [...path, key], ids: child as string[] }] : sourceLists(child, [...path, key]),
  );
}

/** Every source list, at any depth of any record outside the bibliography, resolves into it. */
function sourceReferenceIssues(data: Dataset, sources: Set<string>): DataIssue[] {
  const keys = (Object.keys(DATA_FILES) as DataKey[]).filter((key) => key !== 'sources');
  return keys.flatMap((key) =>
    checkRecords(key, data[key] as { id: string }[], (record) =>
      sourceLists(record).flatMap((list) =>
        list.ids.map((wanted, i) => ({ path: [...list.path, i], wanted, valid: sources, target: 'sources' })),
      ),
    ),
  );
}

/** A place's coordinates are copied from a reference dataset, never from a report or article. */
function coordinateSourceIssues(data: Dataset, place: Dataset['places'][number]): DataIssue[] {
  const source = data.sources.find((s) => s.id === place.coordinates.source);
  if (!source || source.kind === 'dataset') return [];
  return [
    {
      file: dataPath('places'),
      record: `"${place.id}"`,
      field: 'coordinates.source',
      message: `"${source.id}" is a ${source.kind}, not a reference dataset.`,
      hint: 'Coordinates come from a dataset such as the NGA World Port Index or OpenFlights (kind "dataset" in data/sources.json).',
    },
  ];
}

function placeIssues(data: Dataset, known: KnownIds): DataIssue[] {
  return data.places.flatMap((place) => [
    ...checkRecords('places', [place], (p) => [
      { path: ['country'], wanted: p.country, valid: known.countries, target: 'countries' },
      { path: ['coordinates', 'source'], wanted: p.coordinates.source, valid: known.sources, target: 'sources' },
    ]),
    ...coordinateSourceIssues(data, place),
  ]);
}

function facilitatorReferences(f: Dataset['facilitators'][number], known: KnownIds): Reference[] {
  return [
    { path: ['country'], wanted: f.country, valid: known.countries, target: 'countries' },
    ...each('related', f.related, known.facilitators, 'facilitators'),
    ...f.counts.map((c, i) => ({ path: ['counts', i, 'of'], wanted: c.of, valid: known.figures, target: 'figures' })),
  ];
}

function journeyLegReferences(leg: Dataset['journeyLegs'][number], known: KnownIds): Reference[] {
  return [
    { path: ['from'], wanted: leg.from, valid: known.places, target: 'places' },
    { path: ['to'], wanted: leg.to, valid: known.places, target: 'places' },
    { path: ['carrier'], wanted: leg.carrier, valid: known.facilitators, target: 'facilitators' },
    ...each('parties', leg.parties, known.facilitators, 'facilitators'),
  ];
}

/** Every id a record points to exists: sources first, then each file's own references. */
export function referenceIssues(data: Dataset): DataIssue[] {
  const known = knownIds(data);
  const anyFigureWhere = 'data/figures.json, data/vehicle-makes.json or a facilitator count';
  return [
    ...sourceReferenceIssues(data, known.sources),
    ...placeIssues(data, known),
    ...checkRecords('countries', data.countries, (c) => [
      { path: ['shareFigure'], wanted: c.shareFigure, valid: known.figures, target: 'figures' },
    ]),
    ...checkRecords('vehicleMakes', data.vehicleMakes, (m) => [
      { path: ['makerCountry'], wanted: m.makerCountry, valid: known.countries, target: 'countries' },
    ]),
    ...checkRecords('facilitators', data.facilitators, (f) => facilitatorReferences(f, known)),
    ...checkRecords('figures', data.figures, (f) => each('derivedFrom', f.derivedFrom, known.anyFigure, anyFigureWhere)),
    ...checkRecords('journeyLegs', data.journeyLegs, (leg) => journeyLegReferences(leg, known)),
    ...checkRecords('journeyEvents', data.journeyEvents, (event) => [
      { path: ['place'], wanted: event.place, valid: known.places, target: 'places' },
      ...each('entities', event.entities, known.facilitators, 'facilitators'),
    ]),
    ...checkRecords('nationalLists', data.nationalLists, (list) => [
      { path: ['country'], wanted: list.country, valid: known.countries, target: 'countries' },
    ]),
  ];
}
