/** The registry of charts: the id an editor writes in ::chart{id="…"} maps to a spec here. */
import type { ChartSpec } from './types';
import { vehiclesByMake } from './vehicles-by-make';

// Each spec has its own row type and only ever sees its own rows, so the registry erases it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartSpec = ChartSpec<any>;

export const charts: Record<string, AnyChartSpec> = {
  [vehiclesByMake.id]: vehiclesByMake,
};

export type { ChartSpec } from './types';
