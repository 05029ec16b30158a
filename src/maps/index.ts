/** The registry of maps: the id in ::map{id="…"} maps to a function returning the figure's HTML. */
import type { Dataset } from '../lib/data';
import { MAYBACH_JOURNEY, renderMaybachJourneyMap } from './maybach-journey';
import { renderVehicleFlowsMap, VEHICLE_FLOWS } from './vehicle-flows';

export interface MapSpec {
  id: string;
  render: (data: Dataset) => string;
}

export const maps: Record<string, MapSpec> = {
  [MAYBACH_JOURNEY]: { id: MAYBACH_JOURNEY, render: renderMaybachJourneyMap },
  [VEHICLE_FLOWS]: { id: VEHICLE_FLOWS, render: renderVehicleFlowsMap },
};
