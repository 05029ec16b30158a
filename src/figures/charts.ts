/** The chart specs, one line each (kept apart from the maps so a chart-only reader loads no basemap). */
import { estimateVsReported } from '../charts/estimate-vs-reported';
import { facilitatorCounts } from '../charts/facilitator-counts';
import { importsByCountry } from '../charts/imports-by-country';
import { luxuryImportsFromChina } from '../charts/luxury-imports-from-china';
import { maybachHandlers } from '../charts/maybach-handlers';
import { maybachTimeline } from '../charts/maybach-timeline';
import { ninetyCountries } from '../charts/ninety-countries';
import { unBanTimeline } from '../charts/un-ban-timeline';
import { vehiclesByMake } from '../charts/vehicles-by-make';
import type { ChartSpec } from '../charts/types';

// Each spec has its own row type and only ever sees its own rows, so the registry erases it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartSpec = ChartSpec<any>;

export const chartSpecs: AnyChartSpec[] = [
  estimateVsReported,
  importsByCountry,
  vehiclesByMake,
  facilitatorCounts,
  maybachTimeline,
  unBanTimeline,
  luxuryImportsFromChina,
  ninetyCountries,
  maybachHandlers,
];

/** The chart specs by id, for the chart extracts (/data/charts/<id>.csv and .json). */
export const charts: Record<string, AnyChartSpec> = Object.fromEntries(chartSpecs.map((s) => [s.id, s]));
