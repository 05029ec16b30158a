/**
 * The one contract every figure fulfils, charts and maps alike: an id, the texts a reader sees
 * (drawn from data/), the rows it plots, a draw function from the input and a width to SVG, and the
 * framed figure as HTML. Pages and the ::chart / ::map directives all render through renderFigure.
 */
import type { Dataset } from '../lib/data';

/** What a figure says about itself: every string a reader sees outside the SVG. */
export interface FigureTexts {
  /** The finding, stated as a headline. */
  title: string;
  /** One line under the title that says what to look at. */
  dek: string;
  /** Gaps, disagreements and derivations, in our words. */
  notes: string[];
  /** Bibliography ids behind what is drawn, in credit order. */
  sources: string[];
  /** Text alternative for screen readers. */
  alt: string;
}

/** The kinds of figure, which decide the directive that may place them (pages may place any). */
export type FigureKind = 'chart' | 'map' | 'locator';

export interface FigureSpec<Input = Dataset, Row extends object = object> {
  /** Kebab-case id: the file name, the snapshot name and the id in ::chart{id="…"} or ::map{id="…"}. */
  id: string;
  kind: FigureKind;
  /** The texts around the figure, from the input. */
  texts: (input: Input) => FigureTexts;
  /** Exactly the records the figure plots (its table and downloads read them). */
  rows: (input: Input) => Row[];
  /** The widths, in SVG units, the figure is drawn at; CSS shows the one that fits. */
  widths: readonly number[];
  /** One drawing as SVG markup, for one of `widths`. */
  draw: (input: Input, width: number) => string;
  /** The framed figure as HTML: caption, drawings, notes, credits, table and downloads. */
  frame: (input: Input) => string;
}

/** A figure of the story, drawn from the whole dataset. */
// Each spec has its own row type and only ever sees its own rows, so the registry erases it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StoryFigure = FigureSpec<Dataset, any>;
