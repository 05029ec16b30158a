import { describe, expect, it } from 'vitest';
import { listingIssues } from './crossref-registers';
import { validRecords } from './test-support/builders';
import { rejection } from './test-support/reject';
import { validateDataset } from './validate';

const problems = rejection;

describe('listingIssues(data)', () => {
  it('accepts a listing read from a dated snapshot, and gives it back unchanged', () => {
    const records = validRecords();
    const data = validateDataset(records);
    expect(listingIssues(data)).toEqual([]);
    expect(data.sanctionsListings).toEqual(records.sanctionsListings);
  });

  it('names a listing for an entity that does not exist, with the nearest one', () => {
    const records = validRecords();
    records.sanctionsListings[0].entity = 'shiping-co';
    expect(problems(records)).toContain(
      'data/sanctions-listings.json, record "list-entry-1", field "entity": unknown id "shiping-co". Did you mean "shipping-co"?',
    );
  });

  it('rejects a listing read from something other than a list snapshot', () => {
    const records = validRecords();
    records.sanctionsListings[0].source = 'paper';
    expect(problems(records)).toContain('field "source": "paper" is a news, not a list snapshot.');
  });

  it('rejects an unknown snapshot', () => {
    const records = validRecords();
    records.sanctionsListings[0].source = 'sanction-list';
    expect(problems(records)).toContain('field "source": unknown id "sanction-list". Did you mean "sanctions-list"?');
  });

  it('keeps the snapshot date in step with the source it was read from', () => {
    const records = validRecords();
    records.sanctionsListings[0].snapshotDate = '2024-05-04';
    expect(problems(records)).toContain(
      'field "snapshotDate": is 2024-05-04, but the snapshot "sanctions-list" is dated 2024-05-03 in data/sources.json.',
    );
  });

  it('rejects the same list entry recorded twice', () => {
    const records = validRecords();
    records.sanctionsListings.push({ ...records.sanctionsListings[0], id: 'list-entry-2' });
    expect(problems(records)).toContain(
      'record "list-entry-2", field "entryNumber": entry 101 of "sanctions-list" is already recorded as "list-entry-1".',
    );
  });

  it('rejects a type the list does not use for our entities and a malformed programme tag', () => {
    const records = validRecords();
    records.sanctionsListings[0].type = 'individual';
    records.sanctionsListings[0].programmes = ['dprk 3'];
    const message = problems(records);
    expect(message).toContain('field "type": expected one of "entity", "vessel", "aircraft", received "individual".');
    expect(message).toContain('field "programmes[0]": expected a programme tag in capitals');
  });

  it('sends a sanctions entry typed into a facilitator’s identifiers to the listings file', () => {
    const records = validRecords();
    records.facilitators[0].identifiers = [
      { label: 'OFAC SDN entry', value: 'SHIPPING CO, entry 101', sources: ['sanctions-list'], ko: { label: 'OFAC SDN 항목' } },
    ];
    const message = problems(records);
    expect(message).toContain(
      'data/facilitators.json, record "shipping-co", field "identifiers[0].label": "OFAC SDN entry" is a sanctions-list entry.',
    );
    expect(message).toContain('Record it in data/sanctions-listings.json instead');
  });
});

describe('catalogueIssues(data)', () => {
  it('requires an entry for every data file, and says what to add', () => {
    const records = validRecords();
    records.catalogue = records.catalogue.filter((entry) => entry.file !== 'places.json');
    const message = problems(records);
    expect(message).toContain('data/catalogue.json: has no entry for data/places.json.');
    expect(message).toContain('{"id": "catalogue-places", "file": "places.json", "asOf": "YYYY-MM-DD"');
  });

  it('rejects an entry for a file that does not exist, and a second entry for the same file', () => {
    const records = validRecords();
    records.catalogue.push({ ...records.catalogue[0], id: 'catalogue-extra' });
    records.catalogue.push({ ...records.catalogue[0], id: 'catalogue-typo', file: 'place.json' });
    const message = problems(records);
    expect(message).toContain('record "catalogue-extra", field "file": "sources.json" is already described by "catalogue-sources".');
    expect(message).toContain('record "catalogue-typo", field "file": "place.json" is not a data file. Did you mean "places.json"?');
  });

  it('accepts only reference datasets as references', () => {
    const records = validRecords();
    records.catalogue.find((entry) => entry.file === 'places.json')!.references = ['paper'];
    expect(problems(records)).toContain('record "catalogue-places", field "references[0]": "paper" is a news, not a reference dataset.');
  });

  it('accepts only a full date as "as of"', () => {
    const records = validRecords();
    records.catalogue.find((entry) => entry.file === 'places.json')!.asOf = '2026-11';
    expect(problems(records)).toContain(
      'record "catalogue-places", field "asOf": expected a full date written YYYY-MM-DD, received "2026-11".',
    );
  });
});
