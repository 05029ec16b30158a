/** A story map (src/maps) seen through the figure contract. */
import type { Dataset } from '../lib/data';
import { renderMapFigure } from '../maps/figure';
import type { MapModule } from '../maps/index';
import type { FigureSpec } from './types';

/** The figure for a story map. */
export function mapFigure<Row extends object>(map: MapModule<Row>): FigureSpec<Dataset, Row> {
  return {
    id: map.id,
    kind: 'map',
    rows: map.rows,
    texts: (data) => {
      const { title, dek, notes, sources, alt } = map.figure(data);
      return { title, dek, notes, sources, alt };
    },
    widths: map.widths,
    draw: (data, width) => {
      const index = map.widths.indexOf(width);
      if (index === -1) throw new Error(`Map "${map.id}" is drawn at ${map.widths.join(' or ')} units, not ${width}.`);
      return map.svgs(data)[index];
    },
    frame: (data) => renderMapFigure(data, map.figure(data)),
  };
}
