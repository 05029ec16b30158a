/**
 * Every figure, one line each. The id is what an editor writes in ::chart{id="…"} or ::map{id="…"};
 * a page asks for a figure by the same id. Adding a figure: its spec file, one line here, one snapshot.
 */
import { estimateVsReported } from '../charts/estimate-vs-reported';
import { facilitatorCounts } from '../charts/facilitator-counts';
import { importsByCountry } from '../charts/imports-by-country';
import { maybachTimeline } from '../charts/maybach-timeline';
import { unBanTimeline } from '../charts/un-ban-timeline';
import { vehiclesByMake } from '../charts/vehicles-by-make';
import type { ChartSpec } from '../charts/types';
import { mapModules } from '../maps/index';
import { chartFigure } from './chart';
import { mapFigure } from './map';
import type { StoryFigure } from './types';

// Each spec has its own row type and only ever sees its own rows, so the registry erases it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartSpec = ChartSpec<any>;

const chartSpecs: AnyChartSpec[] = [
  estimateVsReported,
  importsByCountry,
  vehiclesByMake,
  facilitatorCounts,
  maybachTimeline,
  unBanTimeline,
];

/** The chart specs by id, for the chart extracts (/data/charts/<id>.csv and .json). */
export const charts: Record<string, AnyChartSpec> = Object.fromEntries(chartSpecs.map((s) => [s.id, s]));

const storyFigures: StoryFigure[] = [...chartSpecs.map(chartFigure), ...mapModules.map(mapFigure)];

/** The story's figures by id, charts and maps alike. */
export const figures: ReadonlyMap<string, StoryFigure> = new Map(storyFigures.map((f) => [f.id, f]));

/** The ids of the figures of one kind, in registry order. */
export function figureIds(kind: StoryFigure['kind']): string[] {
  return storyFigures.filter((f) => f.kind === kind).map((f) => f.id);
}
