/** The story maps, each as the parts the figure contract (src/figures) reads. */
import type { Dataset } from '../lib/data';
import type { MapFigure } from './figure';
import { flowRows, journeyRows } from './extract';
import { JOURNEY_LAYOUTS, journeySvgs, MAYBACH_JOURNEY, maybachJourneyFigure } from './maybach-journey';
import { FLOW_LAYOUTS, VEHICLE_FLOWS, vehicleFlowsFigure, vehicleFlowSvgs } from './vehicle-flows';

/** What a map module hands over: its id, its layouts' widths, its records and the figure it builds. */
export interface MapModule<Row extends object> {
  id: string;
  widths: readonly number[];
  /** The records the map draws. */
  rows: (data: Dataset) => Row[];
  /** The SVG layouts, one per width, in the order of `widths`. */
  svgs: (data: Dataset) => string[];
  /** The map's texts, drawings, legend and table, ready to frame. */
  figure: (data: Dataset) => MapFigure;
}

export const mapModules: MapModule<object>[] = [
  {
    id: MAYBACH_JOURNEY,
    widths: JOURNEY_LAYOUTS.map((l) => l.width),
    rows: journeyRows,
    svgs: journeySvgs,
    figure: maybachJourneyFigure,
  },
  {
    id: VEHICLE_FLOWS,
    widths: FLOW_LAYOUTS.map((l) => l.width),
    rows: flowRows,
    svgs: vehicleFlowSvgs,
    figure: vehicleFlowsFigure,
  },
];
