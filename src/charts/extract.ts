/**
 * "Get the data": the rows a chart plots, as the CSV and JSON files written into the build at
 * /data/charts/<id>.csv and .json. Values stay raw (numbers as numbers, unknown as null in JSON and
 * an empty cell in CSV); the columns are the spec's, minus those meant only for the table.
 */
import { toCsv } from '../lib/csv';
import type { Dataset } from '../lib/data';
import type { ChartSpec } from './types';

/** The keys, in order, that a chart's downloads carry. */
export function extractColumns<Row extends object>(spec: ChartSpec<Row>): string[] {
  return spec
    .columns('en')
    .filter((c) => c.in !== 'table')
    .map((c) => c.key);
}

/** The plotted rows, reduced to the download columns. */
export function extractRows<Row extends object>(spec: ChartSpec<Row>, data: Dataset): Record<string, unknown>[] {
  const keys = extractColumns(spec);
  return spec.rows(data).map((row) => Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k] ?? null])));
}

/** The plotted rows as CSV text. */
export function chartCsv<Row extends object>(spec: ChartSpec<Row>, data: Dataset): string {
  return toCsv(extractColumns(spec), extractRows(spec, data));
}

/** The plotted rows as pretty-printed JSON text. */
export function chartJson<Row extends object>(spec: ChartSpec<Row>, data: Dataset): string {
  return `${JSON.stringify(extractRows(spec, data), null, 2)}\n`;
}
