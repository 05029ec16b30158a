/** The registry of charts: the id an editor writes in ::chart{id="…"} maps to a spec here. */
import { estimateVsReported } from './estimate-vs-reported';
import { facilitatorCounts } from './facilitator-counts';
import { importsByCountry } from './imports-by-country';
import { maybachTimeline } from './maybach-timeline';
import type { ChartSpec } from './types';
import { unBanTimeline } from './un-ban-timeline';
import { vehiclesByMake } from './vehicles-by-make';

// Each spec has its own row type and only ever sees its own rows, so the registry erases it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartSpec = ChartSpec<any>;

const specs: AnyChartSpec[] = [estimateVsReported, importsByCountry, vehiclesByMake, facilitatorCounts, maybachTimeline, unBanTimeline];

export const charts: Record<string, AnyChartSpec> = Object.fromEntries(specs.map((s) => [s.id, s]));

export type { ChartSpec } from './types';
