import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/test-support/builders';
import { buildProfile } from './profile';

const data = buildDataset();

describe('buildProfile(data, id) for a company', () => {
  const profile = buildProfile(data, 'shipping-co');

  it('says what it is and where, from the record', () => {
    expect(profile.kindLabel).toBe('Company');
    expect(profile.country).toMatchObject({ relation: 'Based in', entity: { id: 'china', name: 'China' } });
    expect(profile.summary).toBe('Carried the cars.');
  });

  it('prints its counts through the house formatter, with the whole they are part of', () => {
    expect(profile.figures.map((f) => [f.figure.id, f.text, f.of])).toEqual([['shipping-co-vehicles', '5 vehicles', '10 vehicles']]);
  });

  it('finds the legs it carried and the part it played in each', () => {
    expect(profile.legs.map((l) => [l.leg.id, l.parts])).toEqual([['leg-one', ['carrier']]]);
    expect(profile.mapPlaces).toEqual(['rotterdam', 'dalian']);
  });

  it('shows its sanctions listing, and every source its record and listing cite', () => {
    expect(profile.listings.map((l) => l.entryNumber)).toEqual([101]);
    expect(profile.sources).toEqual(['report', 'paper', 'sanctions-list']);
  });
});

describe('buildProfile(data, id) for other kinds', () => {
  it('gives a place its coordinates as the reference row has them, and the legs that start or end there', () => {
    const profile = buildProfile(data, 'dalian');
    expect(profile.kindLabel).toBe('Port');
    expect(profile.facts[0]).toEqual({ label: 'Coordinates', value: '38.9167° N, 121.6667° E', sources: ['ports-db'] });
    expect(profile.legs.map((l) => [l.leg.id, l.parts])).toEqual([
      ['leg-one', ['arrival']],
      ['leg-two', ['departure']],
    ]);
    expect(profile.related[0].entities.map((e) => e.id)).toEqual(['shipping-co']);
    expect(profile.mapPlaces).toEqual(['dalian', 'rotterdam', 'osaka']);
  });

  it('gives a country its roles, share figure, and the places, firms and makes tied to it', () => {
    const profile = buildProfile(data, 'china');
    expect(profile.roles).toEqual([{ role: 'Source of luxury goods', detail: 'Largest supplier.', sources: ['report'] }]);
    expect(profile.figures.map((f) => f.text)).toEqual(['93%']);
    expect(Object.fromEntries(profile.related.map((g) => [g.heading, g.entities.map((e) => e.id)]))).toEqual({
      Places: ['dalian', 'osaka'],
      'Companies, ships and airlines': ['shipping-co'],
    });
    // Dalian and Osaka are in China in the fixture, so both legs touch it; the second both starts and ends there.
    expect(profile.legs.map((l) => l.parts)).toEqual([['arrival'], ['departure and arrival']]);
  });

  it('shows a make whose count no source gives as unknown, never as zero', () => {
    const profile = buildProfile(data, 'mercedes-benz');
    expect(profile.kindLabel).toBe('Vehicle make');
    expect(profile.figures[0].figure.value).toBeNull();
    expect(profile.figures[0].text).toBe('unknown');
    expect(profile.listings).toEqual([]);
  });

  it('calls the unattributed remainder what it is, not a make', () => {
    expect(buildProfile(data, 'unattributed-vehicles').kindLabel).toBe('Vehicles no source assigns to a make');
    expect(buildProfile(data, 'unattributed-vehicles').facts[0]).toMatchObject({ label: 'How the count was made', value: '10 minus 9' });
  });

  it('says nothing about sanctions for an entity no list names', () => {
    expect(buildProfile(data, 'rotterdam').listings).toEqual([]);
    expect(buildProfile(data, 'rotterdam').sources).not.toContain('sanctions-list');
  });

  it('throws for an id that is not in the data', () => {
    expect(() => buildProfile(data, 'nowhere')).toThrow('no entity "nowhere"');
  });
});
