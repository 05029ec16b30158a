/** The frame of every chart laid out in SVG units rather than on data scales. */
import * as Plot from '@observablehq/plot';
import { chartStyle } from './layout';

/**
 * A Plot drawing whose marks are already placed in SVG units: identity scales without axes, no
 * margin, the shared chart style. The lists, grids and swimlanes lay out their own rows.
 */
export function unitPlot(document: Document, width: number, height: number, marks: Plot.Markish[]) {
  return Plot.plot({
    document,
    width,
    height,
    margin: 0,
    style: chartStyle,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks,
  });
}
