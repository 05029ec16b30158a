/** The registry of maps: the id in ::map{id="…"} maps to a function returning the figure's HTML. */
import type { Dataset } from '../lib/data';
import { renderMaybachRouteMap } from './maybach-route';

export interface MapSpec {
  id: string;
  render: (data: Dataset) => string;
}

export const maps: Record<string, MapSpec> = {
  'maybach-route': { id: 'maybach-route', render: renderMaybachRouteMap },
};
