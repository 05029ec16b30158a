/**
 * The records of data/sea-routes.json, computed from the journey legs and places: every leg whose
 * mode is "sea" is routed port to port over the maritime network. Pure apart from the graph passed
 * in, so the generator script and the drift test produce byte-identical output.
 */
import type { JourneyLeg } from '../../lib/schemas/journey';
import type { Place } from '../../lib/schemas/place';
import type { SeaRoute as SeaRouteRecord } from '../../lib/schemas/sea-route';
import { type LonLat, densify, distanceKm } from './geo';
import { type LandIndex, SAMPLE_STEP_KM, landCrossings } from './land';
import { NETWORK } from './network';
import { type SeaGraph, type SeaRoute, routeSea, withoutEdges } from './route';

/** Stored points are at most this far apart, so a straight-segment renderer still follows the lane. */
export const STORED_STEP_KM = 100;

/** Two decimals of a degree: about 1 km, far below a pixel on any of the maps. */
const round2 = (v: number) => Math.round(v * 100) / 100;

/** How many times the router may leave out lanes over land and try again before it gives up. */
const MAX_DETOURS = 20;

/**
 * The shortest sea route that stays off land: the network's lanes are drawn for a coarser coast
 * than the 1:50m land the maps show, and a few run over it (one crosses Socotra for about 90 km).
 * Each lane segment of the route on which landCrossings finds land is left out and the route is
 * searched again, until it finds none. Returns the route and the segments left out.
 */
export function routeOffLand(graph: SeaGraph, land: LandIndex, from: LonLat, to: LonLat): { route: SeaRoute; leftOut: number } {
  let g = graph;
  let leftOut = 0;
  for (let attempt = 0; attempt <= MAX_DETOURS; attempt++) {
    const route = routeSea(g, from, to);
    const line = route.line.coordinates as LonLat[];
    const crossings = landCrossings(land, line);
    if (crossings.length === 0) return { route, leftOut };
    // Lane segments only: line[0] and the last point are the ports, joined by a hop, not a lane.
    const onLand: [number, number][] = [];
    route.vertices.slice(1).forEach((b, i) => {
      const a = route.vertices[i];
      const samples = densify([g.nodes[a], g.nodes[b]], SAMPLE_STEP_KM);
      if (crossings.some(({ at }) => samples.some((s) => distanceKm(s, at) < 0.5))) onLand.push([a, b]);
    });
    if (onLand.length === 0) {
      const at = crossings[0].at.map((v) => v.toFixed(2)).join(', ');
      throw new Error(
        `The sea route from [${from.join(', ')}] to [${to.join(', ')}] crosses land at [${at}] on its way from a port to the lane; move the port's position in data/places.json onto the water.`,
      );
    }
    g = withoutEdges(g, onLand);
    leftOut += onLand.length;
  }
  throw new Error(
    `No sea route from [${from.join(', ')}] to [${to.join(', ')}] stays off land after leaving out ${leftOut} lane segments.`,
  );
}

export function seaRouteRecords(graph: SeaGraph, land: LandIndex, legs: readonly JourneyLeg[], places: readonly Place[]): SeaRouteRecord[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const at = (id: string): LonLat => {
    const place = byId.get(id);
    if (!place) throw new Error(`data/places.json has no place "${id}".`);
    return [place.lon, place.lat];
  };
  return legs
    .filter((leg) => leg.mode === 'sea')
    .map((leg) => {
      const { route, leftOut } = routeOffLand(graph, land, at(leg.from), at(leg.to));
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
        method: `Shortest path over the network's lanes (Dijkstra on great-circle lengths); each port joins the lane at the vertex that makes the whole route shortest (no more than 40 km beyond the nearest vertex: here ${Math.round(route.joinKm.from)} km at ${leg.from}, ${Math.round(route.joinKm.to)} km at ${leg.to})${leftOut === 1 ? '; one lane segment that cuts across land as the map draws it is left out' : leftOut ? `; ${leftOut} lane segments that cut across land as the map draws it are left out` : ''}. A drawn line, not the ship's track.`,
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
