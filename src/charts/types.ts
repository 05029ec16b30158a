/** The contract every chart spec in src/charts/ fulfils, so one frame can present any of them. */
import type { Dataset } from '../lib/data';
import type { Lang } from '../lib/i18n/langs';

/** A column of the chart's data table and of its CSV/JSON download. */
export interface Column<Row> {
  /** Key in the row object; it becomes the CSV header and the JSON field. */
  key: keyof Row & string;
  /** Header shown in the data table. */
  label: string;
  /** How the value is printed in the table (the download keeps the raw value). */
  format?: (row: Row) => string;
  /** Where the column appears: both (the default), only the table, or only the download. */
  in?: 'both' | 'table' | 'download';
}

/** The two layouts every chart is drawn in; CSS shows the one that fits its container. */
export type Layout = 'wide' | 'narrow';

/**
 * Options every chart renders with: the width to lay out for, which layout that is, the DOM to draw
 * into and the language of the page (the rows already carry names in it; the chart's own words,
 * value labels and tooltips follow it).
 */
export interface ChartDrawOptions {
  width: number;
  layout: Layout;
  document: Document;
  lang: Lang;
}

/**
 * Text about the figure, built from the rows and the data so no figure is typed by hand; it reads
 * the language from the data set (langOf(data)).
 */
export type FigureText<Row> = (rows: Row[], data: Dataset) => string;

export interface ChartSpec<Row extends object = Record<string, unknown>> {
  /** Kebab-case id: the file name, the snapshot name and the id in ::chart{id="…"}. */
  id: string;
  /** Title shown above the chart: states the finding, not the chart type. */
  title: FigureText<Row>;
  /** One line under the title that says what to look at. */
  dek: FigureText<Row>;
  /** Exactly the rows the chart plots, derived from the validated data. */
  rows: (data: Dataset) => Row[];
  /**
   * Columns of the table alternative and the downloads, with headers in `lang`. The downloads take
   * the keys of the English columns, so they are one file for both languages.
   */
  columns: (lang: Lang) => Column<Row>[];
  /** Bibliography ids behind the plotted rows, in the order they should be credited. */
  sources: (rows: Row[], data: Dataset) => string[];
  /** Notes printed under the chart (gaps, disagreements, derivations), in our words. */
  notes: (rows: Row[], data: Dataset) => string[];
  /** Text alternative describing what the chart shows, for screen readers. */
  alt: (rows: Row[], data: Dataset) => string;
  /** Draws the chart: a pure function of the rows and the options. */
  render: (rows: Row[], options: ChartDrawOptions) => Element;
  /** Legend entries (class and words, in `lang`) shown above the chart, so colour is never the only cue. */
  legend?: (rows: Row[], lang: Lang) => ChartLegendEntry[];
}

/** One key in a chart's legend: the swatch takes the mark's CSS class, the label says what it means. */
export interface ChartLegendEntry {
  className: string;
  label: string;
  /** "bar" draws a filled square, "dot" a circle, "band" a shaded strip, "line" a stroke, "cross" an ×. */
  swatch?: 'bar' | 'dot' | 'band' | 'line' | 'cross';
}
