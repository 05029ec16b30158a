/**
 * Cross-checks for the two registers that describe other records: sanctions-list entries (each names
 * one of our companies, vessels or airlines, read from a dated list snapshot) and the catalogue of
 * data files (one entry per file, so every download in the data room has a date and a licence).
 */
import { didYouMean } from '../nearest';
import { DATA_FILES, dataPath, type DataKey, type Dataset } from './files';
import type { DataIssue } from './issues';

const LISTINGS = dataPath('sanctionsListings');
const CATALOGUE = dataPath('catalogue');

type Listing = Dataset['sanctionsListings'][number];
type Source = Dataset['sources'][number];

/** The listing's entity is one of our facilitators. */
function listingEntityIssues(listing: Listing, facilitators: Set<string>): DataIssue[] {
  if (facilitators.has(listing.entity)) return [];
  return [
    {
      file: LISTINGS,
      record: `"${listing.id}"`,
      field: 'entity',
      message: `unknown id "${listing.entity}". ${didYouMean(listing.entity, facilitators)}`.trim(),
      hint: 'A listing names a company, vessel or airline in data/facilitators.json.',
    },
  ];
}

/** The listing is read from a list snapshot in the bibliography, and carries that snapshot's date. */
function listingSourceIssues(listing: Listing, sources: Map<string, Source>): DataIssue[] {
  const at = { file: LISTINGS, record: `"${listing.id}"` };
  const source = sources.get(listing.source);
  if (!source) {
    return [
      {
        ...at,
        field: 'source',
        message: `unknown id "${listing.source}". ${didYouMean(listing.source, sources.keys())}`.trim(),
        hint: 'Add the list snapshot to data/sources.json (kind "dataset") first.',
      },
    ];
  }
  const issues: DataIssue[] = [];
  if (source.kind !== 'dataset') {
    issues.push({
      ...at,
      field: 'source',
      message: `"${source.id}" is a ${source.kind}, not a list snapshot.`,
      hint: 'A listing is read from the list itself: a source of kind "dataset" in data/sources.json.',
    });
  }
  if (source.published !== listing.snapshotDate) {
    issues.push({
      ...at,
      field: 'snapshotDate',
      message: `is ${listing.snapshotDate}, but the snapshot "${source.id}" is dated ${source.published ?? 'nothing'} in data/sources.json.`,
      hint: 'The date shown with a listing is the date of the snapshot it was read from; make the two agree.',
    });
  }
  return issues;
}

/** An entry of a list recorded a second time, named with the listing that recorded it first. */
function repeatedEntryIssues(listing: Listing, earlier: Listing[]): DataIssue[] {
  const first = earlier.find((l) => l.source === listing.source && l.entryNumber === listing.entryNumber);
  if (!first) return [];
  return [
    {
      file: LISTINGS,
      record: `"${listing.id}"`,
      field: 'entryNumber',
      message: `entry ${listing.entryNumber} of "${listing.source}" is already recorded as "${first.id}".`,
      hint: 'Record each entry of a list once.',
    },
  ];
}

/** One place for sanctions: an entry typed into a facilitator's identifiers would be shown without its date. */
function sanctionsInIdentifiers(data: Dataset): DataIssue[] {
  return data.facilitators.flatMap((f) =>
    f.identifiers.flatMap((identifier, i) =>
      /\b(OFAC|SDN|sanction)/i.test(identifier.label)
        ? [
            {
              file: dataPath('facilitators'),
              record: `"${f.id}"`,
              field: `identifiers[${i}].label`,
              message: `"${identifier.label}" is a sanctions-list entry.`,
              hint: `Record it in ${LISTINGS} instead, where the entity's page shows it with the list's date and programme.`,
            },
          ]
        : [],
    ),
  );
}

/** Problems in data/sanctions-listings.json, and sanctions entries typed into facilitators instead. */
export function listingIssues(data: Dataset): DataIssue[] {
  const facilitators = new Set(data.facilitators.map((f) => f.id));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return [
    ...data.sanctionsListings.flatMap((listing, i) => [
      ...listingEntityIssues(listing, facilitators),
      ...listingSourceIssues(listing, sources),
      ...repeatedEntryIssues(listing, data.sanctionsListings.slice(0, i)),
    ]),
    ...sanctionsInIdentifiers(data),
  ];
}

/** Every data file has exactly one catalogue entry, and the entries point at real files and datasets. */
export function catalogueIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const files: string[] = (Object.keys(DATA_FILES) as DataKey[]).map((key) => DATA_FILES[key].file);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const described = new Map<string, string>();
  for (const entry of data.catalogue) {
    const at = { file: CATALOGUE, record: `"${entry.id}"` };
    if (!files.includes(entry.file)) {
      issues.push({
        ...at,
        field: 'file',
        message: `"${entry.file}" is not a data file. ${didYouMean(entry.file, files)}`.trim(),
        hint: `The data files are: ${files.join(', ')}.`,
      });
    }
    const first = described.get(entry.file);
    if (first) {
      issues.push({
        ...at,
        field: 'file',
        message: `"${entry.file}" is already described by "${first}".`,
        hint: 'Keep one entry per file.',
      });
    } else described.set(entry.file, entry.id);
    entry.references.forEach((id, i) => {
      const source = sources.get(id);
      if (!source) {
        issues.push({
          ...at,
          field: `references[${i}]`,
          message: `unknown id "${id}". ${didYouMean(id, sources.keys())}`.trim(),
          hint: 'Use the id of a reference dataset in data/sources.json.',
        });
      } else if (source.kind !== 'dataset') {
        issues.push({
          ...at,
          field: `references[${i}]`,
          message: `"${id}" is a ${source.kind}, not a reference dataset.`,
          hint: 'List only sources of kind "dataset" whose values the file copies.',
        });
      }
    });
  }
  for (const file of files.filter((f) => !described.has(f))) {
    issues.push({
      file: CATALOGUE,
      message: `has no entry for data/${file}.`,
      hint: `Add {"id": "catalogue-${file.replace(/\.json$/, '')}", "file": "${file}", "asOf": "YYYY-MM-DD", "licence": "…", "licenceUrl": "https://…", "references": []} so the data room can say how current the file is and under which licence it is published.`,
    });
  }
  return issues;
}
