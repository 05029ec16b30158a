/** A chart spec (src/charts) seen through the figure contract. */
import { renderChartFigure, renderChartSvg, resolveText } from '../charts/frame';
import { NARROW_WIDTH, WIDE_WIDTH } from '../charts/layout';
import type { ChartSpec, Layout } from '../charts/types';
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import type { FigureSpec } from './types';

const LAYOUTS: Record<number, Layout | undefined> = { [WIDE_WIDTH]: 'wide', [NARROW_WIDTH]: 'narrow' };

/** The figure for a chart: texts from its spec, drawn at the wide and narrow widths. */
export function chartFigure<Row extends object>(spec: ChartSpec<Row>): FigureSpec<Dataset, Row> {
  return {
    id: spec.id,
    kind: 'chart',
    rows: spec.rows,
    texts: (data) => {
      const rows = spec.rows(data);
      return {
        title: resolveText(spec.title, rows, data),
        dek: resolveText(spec.dek, rows, data),
        notes: spec.notes(rows, data),
        sources: spec.sources(rows, data),
        alt: spec.alt(rows, data),
      };
    },
    widths: [WIDE_WIDTH, NARROW_WIDTH],
    draw: (data, width) => {
      const layout = LAYOUTS[width];
      if (!layout) throw new Error(`Chart "${spec.id}" is drawn at ${WIDE_WIDTH} or ${NARROW_WIDTH} units, not ${width}.`);
      return renderChartSvg(spec, spec.rows(data), layout, langOf(data));
    },
    frame: (data) => renderChartFigure(spec, data),
  };
}
