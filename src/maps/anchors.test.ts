import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { countryAnchor } from './anchors';
import { countryShapes } from './geography';

const data = getDataset();
const shape = (iso: string) => countryShapes('110m').find((c) => String(c.id) === iso)!;

describe('countryAnchor(isoNumeric)', () => {
  it('puts every flow’s ends inside their countries', () => {
    const ends = new Set(data.vehicleFlows.flatMap((f) => [f.from, f.to]));
    for (const id of ends) {
      const country = data.countries.find((c) => c.id === id)!;
      expect(geoContains(shape(country.isoNumeric), countryAnchor(country.isoNumeric)), id).toBe(true);
    }
  });

  it('anchors Russia in the Far East the sources name, not at its Siberian centroid', () => {
    const [lon, lat] = countryAnchor('643');
    expect(lon).toBeGreaterThan(125);
    expect(lat).toBeLessThan(55);
  });

  it('fails loudly for a code Natural Earth does not have', () => {
    expect(() => countryAnchor('999')).toThrow('No Natural Earth shape for the country with ISO numeric code 999');
  });
});
