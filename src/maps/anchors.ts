/**
 * Where a flow between countries starts and ends on the map. The sources name countries, not ports
 * or crossings, so a flow is anchored at the centre of the country's largest landmass (geoCentroid
 * of its largest polygon in Natural Earth), never at a city. Russia's centre lies deep in Siberia
 * (TECH-NOTES P9) while the sources speak of the Russian Far East, so its anchor is a point there,
 * chosen for the diagram: it stands for the region, not for any place the vehicles passed.
 */
import { geoArea, geoCentroid } from 'd3';
import type { Polygon } from 'geojson';
import { countryShapes } from './geography';

/** Anchors set by hand, as [lon, lat], by ISO 3166 numeric code. */
export const ANCHOR_OVERRIDES: Record<string, { at: [number, number]; label: string }> = {
  // Inland Khabarovsk Krai, well clear of the Chinese border.
  '643': { at: [136, 50], label: 'the Russian Far East' },
};

/** The anchor of a country, by its ISO 3166 numeric code, as [lon, lat]. */
export function countryAnchor(isoNumeric: string): [number, number] {
  const override = ANCHOR_OVERRIDES[isoNumeric];
  if (override) return override.at;
  const shape = countryShapes('110m').find((c) => String(c.id) === isoNumeric);
  if (!shape) throw new Error(`No Natural Earth shape for the country with ISO numeric code ${isoNumeric}.`);
  const polygons: Polygon[] =
    shape.geometry.type === 'MultiPolygon'
      ? shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
      : [shape.geometry];
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const [lon, lat] = geoCentroid(largest);
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}
