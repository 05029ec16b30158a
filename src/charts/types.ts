/** The contract every chart spec in src/charts/ fulfils, so one frame can present any of them. */
import type { Dataset } from '../lib/data';

/** A column of the chart's data table and of its CSV/JSON download. */
export interface Column<Row> {
  /** Key in the row object; it becomes the CSV header. */
  key: keyof Row & string;
  /** Header shown in the data table. */
  label: string;
  /** How the value is printed in the table (the download keeps the raw value). */
  format?: (row: Row) => string;
}

/** Options every chart renders with: the width to lay out for and the DOM to draw into. */
export interface RenderOptions {
  width: number;
  document: Document;
}

export interface ChartSpec<Row extends object = Record<string, unknown>> {
  /** Kebab-case id: the file name, the snapshot name and the id in ::chart{id="…"}. */
  id: string;
  /** Title shown above the chart: states the finding, not the chart type. */
  title: string;
  /** One line under the title that says what to look at. */
  dek: string;
  /** Exactly the rows the chart plots, derived from the validated data. */
  rows: (data: Dataset) => Row[];
  /** Columns of the table alternative and the downloads. */
  columns: Column<Row>[];
  /** Bibliography ids behind the plotted rows, in the order they should be credited. */
  sources: (rows: Row[], data: Dataset) => string[];
  /** Notes printed under the chart (gaps, disagreements, derivations), in our words. */
  notes: (rows: Row[], data: Dataset) => string[];
  /** Text alternative describing what the chart shows, for screen readers. */
  alt: (rows: Row[]) => string;
  /** Draws the chart: a pure function of the rows and the options. */
  render: (rows: Row[], options: RenderOptions) => Element;
}
