/**
 * Does a drawn path cross land? Samples the path densely along great circles, and tests each
 * sample against land polygons (world-atlas, Natural Earth land at 1:50m by default). A sample on
 * land still counts as sea when it lies within `coastKm` of a coastline: ports sit up rivers and
 * bays that a 1:50m coast does not draw, and a lane hugging a strait may graze a generalised shore.
 *
 * The path may be given as lon/lat or in screen units with the projection that drew it; screen
 * points are inverted through `projection.invert` first.
 */
import { geoBounds, geoContains } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type LonLat, densify, distanceKm } from './geo';

/**
 * The coastal tolerance: land within this many km of a coastline is treated as water, for lanes
 * that graze a generalised shore or thread a strait the 1:50m coast closes. At 15 km it let a lane
 * cross Socotra (never more than 14.5 km from the island's coast); the router now leaves such lanes
 * out (routeOffLand in ./sea-routes.ts), and 10 km catches them.
 */
export const COAST_TOLERANCE_KM = 10;
/** Samples are taken at most this far apart along the path, in km. */
export const SAMPLE_STEP_KM = 10;

interface Polygon {
  feature: GeoJSON.Feature<GeoJSON.Polygon>;
  /** [west, south, east, north]; west > east when the polygon crosses the antimeridian. */
  box: [number, number, number, number];
}

/** A coastline segment as [lon1, lat1, lon2, lat2]. */
type Segment = [number, number, number, number];

export interface LandIndex {
  polygons: Polygon[];
  /** Coastline segments by grid cell (CELL degrees square), keyed by the cell's column and row. */
  cells: Map<string, Segment[]>;
}

/** Grid cell size in degrees for the coastline index and the land/water cache. */
const CELL = 0.25;
const cell = (deg: number) => Math.floor(deg / CELL);
const cellKey = (cx: number, cy: number) => `${cx},${cy}`;

/** Indexes the land polygons of a world-atlas land topology (objects.land). */
export function landIndex(topology: Topology): LandIndex {
  const land = feature(topology, topology.objects.land as GeometryCollection) as unknown as
    GeoJSON.FeatureCollection<GeoJSON.MultiPolygon | GeoJSON.Polygon> | GeoJSON.Feature<GeoJSON.MultiPolygon | GeoJSON.Polygon>;
  const features = 'features' in land ? land.features : [land];
  const polygons: Polygon[] = [];
  const cells = new Map<string, Segment[]>();
  for (const f of features) {
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const coordinates of parts) {
      const poly: GeoJSON.Feature<GeoJSON.Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
      const [[west, south], [east, north]] = geoBounds(poly);
      polygons.push({ feature: poly, box: [west, south, east, north] });
      for (const ring of coordinates) {
        for (let i = 1; i < ring.length; i++) {
          const [x1, y1] = ring[i - 1];
          const [x2, y2] = ring[i];
          // A segment along the antimeridian or the map's edge is not a coast anyone sails by.
          if (Math.abs(x2 - x1) > 180) continue;
          const segment: Segment = [x1, y1, x2, y2];
          for (let cx = cell(Math.min(x1, x2)); cx <= cell(Math.max(x1, x2)); cx++) {
            for (let cy = cell(Math.min(y1, y2)); cy <= cell(Math.max(y1, y2)); cy++) {
              const k = cellKey(cx, cy);
              const list = cells.get(k);
              if (list) list.push(segment);
              else cells.set(k, [segment]);
            }
          }
        }
      }
    }
  }
  return { polygons, cells };
}

function inBox([lon, lat]: LonLat, [west, south, east, north]: Polygon['box']): boolean {
  if (lat < south || lat > north) return false;
  if (west <= east) return lon >= west && lon <= east;
  return lon >= west || lon <= east;
}

/** Whether a position lies inside any land polygon. */
export function onLand(index: LandIndex, at: LonLat): boolean {
  return index.polygons.some((p) => inBox(at, p.box) && geoContains(p.feature, at));
}

/** Land or water for each grid cell that no coastline enters: the whole cell is one or the other. */
const cellStates = new WeakMap<LandIndex, Map<string, boolean>>();

/** onLand, answered once per coast-free cell (deep inland or open sea), exactly elsewhere. */
function onLandCached(index: LandIndex, at: LonLat): boolean {
  const k = cellKey(cell(at[0]), cell(at[1]));
  if (index.cells.has(k)) return onLand(index, at);
  let states = cellStates.get(index);
  if (!states) cellStates.set(index, (states = new Map()));
  let state = states.get(k);
  if (state === undefined) states.set(k, (state = onLand(index, at)));
  return state;
}

/**
 * Distance in km from a position to the nearest coastline segment, looking no farther than
 * `withinKm` (Infinity when no coast is that near). Distances use a flat approximation around the
 * position, good to well under a kilometre at the tolerances used here.
 */
export function coastDistanceKm(index: LandIndex, at: LonLat, withinKm: number): number {
  const kmPerDegLat = 111.195;
  const kmPerDegLon = kmPerDegLat * Math.max(0.01, Math.cos((at[1] * Math.PI) / 180));
  const padLat = Math.ceil(withinKm / (kmPerDegLat * CELL));
  const padLon = Math.min(180 / CELL, Math.ceil(withinKm / (kmPerDegLon * CELL)));
  const [cx, cy] = [cell(at[0]), cell(at[1])];
  let best = Infinity;
  for (let dx = -padLon; dx <= padLon; dx++) {
    for (let dy = -padLat; dy <= padLat; dy++) {
      const list = index.cells.get(cellKey(cx + dx, cy + dy));
      if (!list) continue;
      for (const [x1, y1, x2, y2] of list) {
        const ax = (x1 - at[0]) * kmPerDegLon;
        const ay = (y1 - at[1]) * kmPerDegLat;
        const ex = (x2 - x1) * kmPerDegLon;
        const ey = (y2 - y1) * kmPerDegLat;
        const len2 = ex * ex + ey * ey;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * ex + ay * ey) / len2));
        const d = Math.hypot(ax + t * ex, ay + t * ey);
        if (d < best) best = d;
      }
    }
  }
  return best <= withinKm ? best : Infinity;
}

/** A stretch of water that the 1:50m land does not cut, where a lane may run across "land". */
export interface Waterway {
  name: string;
  /** [west, south, east, north] in degrees. */
  box: [number, number, number, number];
}

/**
 * The Suez Canal, Port Said to Suez: a box 0.45° wide around the canal's line. Natural Earth's
 * land at 1:50m joins Africa and Asia there, so without it every Europe–Asia lane would "cross land".
 */
export const SUEZ_CANAL: Waterway = { name: 'Suez Canal', box: [32.15, 29.9, 32.6, 31.3] };

/** Within this many km of a path's first or last point, land is a port's approach, not a crossing. */
export const PORT_APPROACH_KM = 30;

export interface LandCrossing {
  /** The sample on land, as [lon, lat]. */
  at: LonLat;
  /** Its distance from the nearest coastline, in km (Infinity: farther than the search looked). */
  coastKm: number;
}

export interface LandCheckOptions {
  /** Coastal tolerance in km (default COAST_TOLERANCE_KM). */
  coastKm?: number;
  /** Sampling step in km (default SAMPLE_STEP_KM). */
  stepKm?: number;
  /** Port approach at each end, in km (default PORT_APPROACH_KM). */
  portKm?: number;
  /** Waterways to treat as sea (default: the Suez Canal). */
  waterways?: readonly Waterway[];
}

/**
 * The samples of a lon/lat path that lie on land farther than the coastal tolerance from any
 * coast, outside the port approaches and the listed waterways. An empty list: the path stays at sea.
 */
export function landCrossings(index: LandIndex, path: readonly LonLat[], options: LandCheckOptions = {}): LandCrossing[] {
  const coastKm = options.coastKm ?? COAST_TOLERANCE_KM;
  const portKm = options.portKm ?? PORT_APPROACH_KM;
  const waterways = options.waterways ?? [SUEZ_CANAL];
  if (path.length === 0) return [];
  const ends = [path[0], path[path.length - 1]];
  const out: LandCrossing[] = [];
  for (const at of densify(path, options.stepKm ?? SAMPLE_STEP_KM)) {
    if (ends.some((end) => distanceKm(end, at) <= portKm)) continue;
    if (waterways.some((w) => inBox(at, w.box))) continue;
    const d = coastDistanceKm(index, at, coastKm);
    if (d <= coastKm) continue;
    if (onLandCached(index, at)) out.push({ at, coastKm: d });
  }
  return out;
}

/** Something that maps screen points back to lon/lat, as a d3 projection does. */
export interface Invertible {
  invert?: ((point: [number, number]) => [number, number] | null) | null;
}

/**
 * The same check for a path in screen units: each point is inverted through the projection that
 * drew it, then the lon/lat path is sampled as above. Screen paths of drawn routes are already
 * dense (d3-geo resamples), so sampling along great circles between them is faithful.
 */
export function screenLandCrossings(
  index: LandIndex,
  projection: Invertible,
  points: readonly [number, number][],
  options: LandCheckOptions = {},
): LandCrossing[] {
  if (!projection.invert) throw new Error('The projection cannot be inverted, so its screen path cannot be checked.');
  const invert = projection.invert;
  const lonLat = points.map((p) => {
    const q = invert(p);
    if (!q || !Number.isFinite(q[0]) || !Number.isFinite(q[1]))
      throw new Error(`Screen point [${p.join(', ')}] lies outside the projection.`);
    return q as LonLat;
  });
  return landCrossings(index, lonLat, options);
}
