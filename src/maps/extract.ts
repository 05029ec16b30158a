/**
 * "Get the data" for the story maps: the rows each map draws, with the geometry of every line it
 * draws, written into the build at /data/maps/<id>.csv and .json. A leg's line is data like any
 * other: its shape (sea lane, great circle or schematic), where it comes from, and its points.
 */
import { toCsv } from '../lib/csv';
import type { Dataset } from '../lib/data';
import { legLine, legShape, SEA_LANES_SOURCE } from './leg-geometry';
import { legViews } from './journey-model';
import { flowViews } from './flow-model';

export interface JourneyRow {
  id: string;
  order: number;
  from: string;
  to: string;
  mode: string;
  evidence: string;
  /** How the line is drawn: "sea-lane", "great-circle" or "schematic". */
  line: string;
  /** The record the line comes from (data/sea-routes.json) and its dataset source, if any. */
  lineRecord: string | null;
  lineSource: string | null;
  lineLengthKm: number | null;
  /** The line's points as [lon, lat]; a schematic line has none. */
  linePoints: [number, number][];
}

/** One row per leg, with its line. */
export function journeyRows(data: Dataset): JourneyRow[] {
  return legViews(data).map(({ leg }) => {
    const route = leg.mode === 'sea' ? data.seaRoutes.find((r) => r.leg === leg.id) : undefined;
    return {
      id: leg.id,
      order: leg.order,
      from: leg.from,
      to: leg.to,
      mode: leg.mode,
      evidence: leg.evidence,
      line: legShape(data, leg),
      lineRecord: route?.id ?? null,
      lineSource: route ? SEA_LANES_SOURCE : null,
      lineLengthKm: route?.lengthKm ?? null,
      linePoints: (legLine(data, leg) ?? []) as [number, number][],
    };
  });
}

/** One row per flow; every flow line joins two countries schematically. */
export function flowRows(data: Dataset) {
  return flowViews(data).map(({ flow }) => ({ ...flow, line: 'schematic' }));
}

const COLUMNS: Record<string, string[]> = {
  'maybach-journey': ['id', 'order', 'from', 'to', 'mode', 'evidence', 'line', 'lineRecord', 'lineSource', 'lineLengthKm', 'linePoints'],
  'vehicle-flows': [
    'id',
    'layer',
    'from',
    'to',
    'via',
    'group',
    'makes',
    'facilitators',
    'vehicles',
    'precision',
    'status',
    'confidence',
    'line',
    'sources',
  ],
};

const rowsOf = (id: string, data: Dataset): Record<string, unknown>[] =>
  id === 'maybach-journey' ? (journeyRows(data) as unknown as Record<string, unknown>[]) : flowRows(data);

export const MAP_DOWNLOADS = Object.keys(COLUMNS);

/** A map's rows as CSV: a line's points as "lon lat" pairs separated by "; ". */
export function mapCsv(id: string, data: Dataset): string {
  const rows = rowsOf(id, data).map((row) =>
    Array.isArray(row.linePoints) ? { ...row, linePoints: (row.linePoints as number[][]).map((p) => p.join(' ')) } : row,
  );
  return toCsv(COLUMNS[id], rows);
}

/** A map's rows as JSON, the download's columns only. */
export function mapJson(id: string, data: Dataset): string {
  const rows = rowsOf(id, data).map((row) => Object.fromEntries(COLUMNS[id].map((k) => [k, row[k] ?? null])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
