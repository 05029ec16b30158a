/** Small spherical helpers shared by the sea router and the land test: distances in kilometres. */

/** A position as [longitude, latitude] in degrees (GeoJSON order). */
export type LonLat = [number, number];

/** Mean Earth radius used for every distance here, in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
/** One international nautical mile in kilometres. */
export const KM_PER_NM = 1.852;

const RAD = Math.PI / 180;

/** Great-circle distance between two positions, in kilometres (haversine). */
export function distanceKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The length of a path along great circles between its vertices, in kilometres. */
export function pathLengthKm(points: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distanceKm(points[i - 1], points[i]);
  return total;
}

/** A point a fraction `t` (0–1) of the way along the great circle from `a` to `b`. */
export function interpolate(a: LonLat, b: LonLat, t: number): LonLat {
  const [l1, p1] = [a[0] * RAD, a[1] * RAD];
  const [l2, p2] = [b[0] * RAD, b[1] * RAD];
  const d = distanceKm(a, b) / EARTH_RADIUS_KM;
  if (d === 0) return [a[0], a[1]];
  const s = Math.sin(d);
  const k1 = Math.sin((1 - t) * d) / s;
  const k2 = Math.sin(t * d) / s;
  const x = k1 * Math.cos(p1) * Math.cos(l1) + k2 * Math.cos(p2) * Math.cos(l2);
  const y = k1 * Math.cos(p1) * Math.sin(l1) + k2 * Math.cos(p2) * Math.sin(l2);
  const z = k1 * Math.sin(p1) + k2 * Math.sin(p2);
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}

/**
 * Points along a path no more than `stepKm` apart, following great circles between vertices (as
 * d3-geo draws a LineString). The vertices themselves are kept.
 */
export function densify(points: readonly LonLat[], stepKm: number): LonLat[] {
  if (points.length === 0) return [];
  const out: LonLat[] = [[points[0][0], points[0][1]]];
  for (let i = 1; i < points.length; i++) {
    const n = Math.max(1, Math.ceil(distanceKm(points[i - 1], points[i]) / stepKm));
    for (let k = 1; k <= n; k++) out.push(interpolate(points[i - 1], points[i], k / n));
  }
  return out;
}
