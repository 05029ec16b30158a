/**
 * The records of data/sea-routes.json, computed from the journey legs and places: every leg whose
 * mode is "sea" is routed port to port over the maritime network. Pure apart from the graph passed
 * in, so the generator script and the drift test produce byte-identical output.
 */
import type { JourneyLeg } from '../../lib/schemas/journey';
import type { Place } from '../../lib/schemas/place';
import type { SeaRoute as SeaRouteRecord } from '../../lib/schemas/sea-route';
import { type LonLat, densify } from './geo';
import { NETWORK } from './network';
import { type SeaGraph, routeSea } from './route';

/** Stored points are at most this far apart, so a straight-segment renderer still follows the lane. */
export const STORED_STEP_KM = 100;

/** Two decimals of a degree: about 1 km, far below a pixel on any of the maps. */
const round2 = (v: number) => Math.round(v * 100) / 100;

export function seaRouteRecords(graph: SeaGraph, legs: readonly JourneyLeg[], places: readonly Place[]): SeaRouteRecord[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const at = (id: string): LonLat => {
    const place = byId.get(id);
    if (!place) throw new Error(`data/places.json has no place "${id}".`);
    return [place.lon, place.lat];
  };
  return legs
    .filter((leg) => leg.mode === 'sea')
    .map((leg) => {
      const route = routeSea(graph, at(leg.from), at(leg.to));
      const points = densify(route.line.coordinates as LonLat[], STORED_STEP_KM).map(
        ([lon, lat]) => [round2(lon), round2(lat)] as [number, number],
      );
      return {
        id: `sea-route-${leg.id.replace(/^leg-/, '')}`,
        leg: leg.id,
        mode: 'sea' as const,
        from: leg.from,
        to: leg.to,
        lengthKm: Math.round(route.lengthKm),
        lengthNm: Math.round(route.lengthNm),
        points,
        method: `Shortest path over the network's lanes (Dijkstra on great-circle lengths); each port joins the lane at the vertex that makes the whole route shortest (no more than 40 km beyond the nearest vertex: here ${Math.round(route.joinKm.from)} km at ${leg.from}, ${Math.round(route.joinKm.to)} km at ${leg.to}). A drawn line, not the ship's track.`,
        network: NETWORK.name,
        licence: NETWORK.licence,
        sources: [NETWORK.source],
      };
    });
}

/** The file's text as stored: two-space JSON, with each point on one line so diffs stay readable. */
export function seaRoutesJson(records: readonly SeaRouteRecord[]): string {
  const text = JSON.stringify(records, null, 2);
  return `${text.replace(/\[\n\s+(-?[\d.]+),\n\s+(-?[\d.]+)\n\s+\]/g, '[$1, $2]')}\n`;
}
