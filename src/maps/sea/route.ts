/**
 * Shortest sea route between two positions over a maritime network (Dijkstra on great-circle edge
 * lengths). Each end is joined to the network's nearest vertex by a straight great-circle hop, whose
 * length is reported so that a map can tell how far a port lies from the lane.
 */
import { type LonLat, KM_PER_NM, distanceKm, pathLengthKm } from './geo';

export interface SeaGraph {
  /** Vertex positions; index = vertex id. */
  nodes: LonLat[];
  /** Neighbours of each vertex with the edge length in km. */
  edges: { to: number; km: number }[][];
}

export interface SeaRoute {
  /** GeoJSON LineString from the origin through the network to the destination. */
  line: GeoJSON.LineString;
  /** Length along the line, in kilometres and nautical miles. */
  lengthKm: number;
  lengthNm: number;
  /** Great-circle hops between each end and the network vertex it was joined to, in km. */
  joinKm: { from: number; to: number };
  /** The network vertices the line runs through, by id (line.coordinates less its two ends). */
  vertices: number[];
}

/** Key of a vertex: longitude ±180 are one meridian, so lines meeting there join. */
function key([lon, lat]: LonLat): string {
  const l = lon === 180 ? -180 : lon;
  return `${l.toFixed(5)},${lat.toFixed(5)}`;
}

/** Builds the graph from network lines: shared vertices (to 5 decimals) become one node. */
export function buildGraph(lines: readonly LonLat[][]): SeaGraph {
  const index = new Map<string, number>();
  const nodes: LonLat[] = [];
  const edges: { to: number; km: number }[][] = [];
  const id = (p: LonLat) => {
    const k = key(p);
    let i = index.get(k);
    if (i === undefined) {
      i = nodes.length;
      index.set(k, i);
      nodes.push([p[0], p[1]]);
      edges.push([]);
    }
    return i;
  };
  for (const line of lines) {
    for (let j = 1; j < line.length; j++) {
      const a = id(line[j - 1]);
      const b = id(line[j]);
      if (a === b) continue;
      // Across the antimeridian the hop is the short way round, not 360° of longitude.
      const km = distanceKm(line[j - 1], line[j]);
      edges[a].push({ to: b, km });
      edges[b].push({ to: a, km });
    }
  }
  return { nodes, edges };
}

/** The vertex nearest to a position (great-circle distance), with that distance in km. */
export function nearestNode(graph: SeaGraph, at: LonLat): { node: number; km: number } {
  let best = -1;
  let bestKm = Infinity;
  graph.nodes.forEach((p, i) => {
    if (graph.edges[i].length === 0) return;
    const km = distanceKm(at, p);
    if (km < bestKm) [best, bestKm] = [i, km];
  });
  return { node: best, km: bestKm };
}

/** A binary min-heap of [priority, vertex]. */
class Heap {
  private items: [number, number][] = [];
  get size() {
    return this.items.length;
  }
  push(item: [number, number]) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent][0] <= a[i][0]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): [number, number] {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Vertices within `slackKm` of the nearest one to `at`: the places a port may join the network. */
export function joinCandidates(graph: SeaGraph, at: LonLat, slackKm = JOIN_SLACK_KM): Map<number, number> {
  const nearest = nearestNode(graph, at);
  const out = new Map<number, number>();
  graph.nodes.forEach((p, i) => {
    if (graph.edges[i].length === 0) return;
    const km = distanceKm(at, p);
    if (km <= nearest.km + slackKm) out.set(i, km);
  });
  return out;
}

/**
 * How much farther than the nearest vertex a port may join the network, in km, when that makes the
 * whole route shorter (a lane vertex just past the port is not a reason to sail back to it).
 */
export const JOIN_SLACK_KM = 40;

/**
 * The shortest path from any of the `sources` to any of the `targets` (each with the cost of
 * reaching it from outside the network, in km): vertex ids, or null when none is connected.
 */
export function shortestPath(graph: SeaGraph, sources: Map<number, number>, targets: Map<number, number>): number[] | null {
  const dist = new Float64Array(graph.nodes.length).fill(Infinity);
  const prev = new Int32Array(graph.nodes.length).fill(-1);
  const heap = new Heap();
  for (const [node, km] of [...sources].sort((a, b) => a[0] - b[0])) {
    dist[node] = km;
    heap.push([km, node]);
  }
  let best = Infinity;
  let end = -1;
  while (heap.size > 0) {
    const [d, u] = heap.pop();
    if (d > dist[u]) continue;
    if (d >= best) break;
    const exit = targets.get(u);
    if (exit !== undefined && d + exit < best) [best, end] = [d + exit, u];
    for (const { to, km } of graph.edges[u]) {
      const nd = d + km;
      if (nd < dist[to]) {
        dist[to] = nd;
        prev[to] = u;
        heap.push([nd, to]);
      }
    }
  }
  if (end === -1) return null;
  const path: number[] = [];
  for (let v = end; v !== -1; v = prev[v]) path.push(v);
  return path.reverse();
}

/**
 * The sea route from one position to another over `graph`: the origin, the network vertices of
 * the shortest path, the destination. Each end joins the network at the vertex (no more than
 * JOIN_SLACK_KM beyond the nearest one) that makes the whole route shortest. Throws when the network
 * does not connect the two.
 */
export function routeSea(graph: SeaGraph, from: LonLat, to: LonLat): SeaRoute {
  const starts = joinCandidates(graph, from);
  const ends = joinCandidates(graph, to);
  const path = shortestPath(graph, starts, ends);
  if (!path) throw new Error(`No sea route joins [${from.join(', ')}] and [${to.join(', ')}] on this network.`);
  const coordinates: LonLat[] = [[from[0], from[1]], ...path.map((i) => graph.nodes[i]), [to[0], to[1]]];
  const lengthKm = pathLengthKm(coordinates);
  return {
    line: { type: 'LineString', coordinates },
    lengthKm,
    lengthNm: lengthKm / KM_PER_NM,
    joinKm: { from: starts.get(path[0])!, to: ends.get(path[path.length - 1])! },
    vertices: path,
  };
}

/** The graph less some of its edges, each given as [vertex, vertex] and removed both ways. */
export function withoutEdges(graph: SeaGraph, removed: readonly [number, number][]): SeaGraph {
  const gone = new Set(removed.flatMap(([a, b]) => [`${a}-${b}`, `${b}-${a}`]));
  return { nodes: graph.nodes, edges: graph.edges.map((list, a) => list.filter(({ to }) => !gone.has(`${a}-${to}`))) };
}
