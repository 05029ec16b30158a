/**
 * The base of the Maybach journey map: the region's countries and the places the journey touches,
 * in route order, with a list of the places so the map reads without the picture.
 */
import type { Dataset } from '../lib/data';
import { html, raw } from '../lib/html';
import { sourceLine } from '../lib/figure-parts';
import { renderBasemap } from './basemap';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 560;

/** Place ids along the journey, in the order the legs visit them. */
export function routePlaces(data: Dataset): string[] {
  const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
  const ids = legs.flatMap((leg) => [leg.from, leg.to]);
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

export function renderMaybachRouteMap(data: Dataset): string {
  const placeIds = routePlaces(data);
  const svg = renderBasemap(data, { width: MAP_WIDTH, height: MAP_HEIGHT, places: placeIds });
  const places = placeIds.map((id) => data.places.find((p) => p.id === id)!);
  const coordinateSources = [...new Set(places.map((p) => p.coordinates.source)), 'natural-earth-world-atlas'].filter((id) =>
    data.sources.some((s) => s.id === id),
  );
  return html`<figure class="map" id="figure-maybach-route" data-map="maybach-route">
    <figcaption class="chart__caption">
      <span class="chart__title">The places on the Maybachs’ route</span>
      <span class="chart__dek">Ports and airports named in the journey from Rotterdam to Pyongyang, in route order</span>
    </figcaption>
    ${raw(svg)}
    <ol class="map__places">
      ${raw(places.map((p) => html`<li>${p.name} (${p.kind})</li>`).join(''))}
    </ol>
    ${raw(sourceLine(data, coordinateSources, 'Coordinates and boundaries'))}
  </figure>`;
}
