// The data test: the real data/ parses with every schema and passes every cross-check, and the
// figures the story is built on are the ones the sources give.
import { describe, expect, it } from 'vitest';
import { getDataset } from '.';

const data = getDataset();
const figure = (id: string) => {
  const found = data.figures.find((f) => f.id === id);
  if (!found) throw new Error(`data/figures.json has no figure "${id}"`);
  return found;
};

describe('data/', () => {
  it('holds records in every file it loads, validates and cross-checks', () => {
    const empty = Object.entries(data)
      .filter(([, records]) => records.length === 0)
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('holds the vehicle total and the makes the sources give, with the remainder marked as derived', () => {
    expect(figure('vehicles-total').value).toBe(803);
    const makes = Object.fromEntries(data.vehicleMakes.map((m) => [m.id, m.vehicles]));
    expect(makes).toMatchObject({ uaz: 537, lexus: 145, toyota: 66, nissan: 43, mitsubishi: 2 });
    const remainder = data.vehicleMakes.filter((m) => m.group === 'unattributed');
    expect(remainder).toHaveLength(1);
    expect(remainder[0]).toMatchObject({ vehicles: 10, status: 'derived' });
  });

  it('keeps the $191m figure disputed, with the other reading and its sources', () => {
    const un = figure('value-reported-to-un');
    expect(un.value).toBe(191_000_000);
    expect(un.status).toBe('disputed');
    expect(un.alternatives.some((a) => a.relation === 'different-reading' && a.sources.length > 0)).toBe(true);
    expect(figure('value-estimate-c4ads').value).toBe(5_169_000_000);
  });

  it('marks the Air Koryo leg as disputed', () => {
    const air = data.journeyLegs.filter((l) => l.mode === 'air');
    expect(air).toHaveLength(1);
    expect(air[0].evidence).toBe('disputed');
    expect(air[0].carrier).toBe('air-koryo');
  });

  it('starts the Maybach journey in Rotterdam on 14 June 2018', () => {
    const first = [...data.journeyLegs].sort((a, b) => a.order - b.order)[0];
    expect(data.places.find((p) => p.id === first.from)?.name).toBe('Rotterdam');
    expect(first.depart?.date).toBe('2018-06-14');
  });

  it('gives every place coordinates from a reference dataset', () => {
    for (const place of data.places) {
      const source = data.sources.find((s) => s.id === place.coordinates.source);
      expect(source?.kind, place.id).toBe('dataset');
    }
  });

  it('records China’s 93% share on China', () => {
    const china = data.countries.find((c) => c.iso3 === 'CHN');
    expect(china?.shareFigure && figure(china.shareFigure).value).toBe(93);
  });

  it('records exactly the OFAC entries that name our entities: Air Koryo, its three Il-76s and Liaoning Danxing', () => {
    const entries = data.sanctionsListings.map((l) => `${l.entity} ${l.entryNumber} ${l.type} ${l.listedName}`).sort();
    expect(entries).toEqual([
      'air-koryo 20520 entity AIR KORYO',
      'air-koryo 20554 aircraft P-912',
      'air-koryo 20555 aircraft P-913',
      'air-koryo 20556 aircraft P-914',
      'liaoning-danxing-international-forwarding 26244 entity LIAONING DANXING INTERNATIONAL FORWARDING CO. LTD.',
    ]);
    for (const listing of data.sanctionsListings)
      expect(listing.programmes, listing.id).toEqual(listing.entryNumber === 26244 ? ['DPRK4'] : ['DPRK3']);
  });
});
