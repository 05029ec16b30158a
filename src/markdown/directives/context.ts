/** What every directive handler needs: the data, the page's notes, and a way to fail with a location. */
import type { Dataset } from '../../lib/data';
import type { Entity } from '../../lib/entities';
import type { CitableFigure } from '../../lib/figures';
import type { Lang } from '../../lib/i18n/langs';
import type { NoteCollector } from '../notes';

/** A directive node as remark-directive parses it, reduced to what the handlers read. */
export interface DirectiveNode {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: unknown[];
  position?: { start: { line: number; column: number } };
}

export interface DirectiveContext {
  data: Dataset;
  figures: Map<string, CitableFigure>;
  entities: Map<string, Entity>;
  notes: NoteCollector;
  /** The language of the text: figures print in its style, links go to its pages, hidden words are in it. */
  lang: Lang;
  /** True for a :cite that directly follows a :figure, whose note number print must keep apart. */
  afterFigure?: boolean;
  /** Stops the build with the file, the line of the directive and the problem. */
  fail: (problem: string) => never;
}

/** What replaces a directive: its HTML, and the words it shows (for a heading's contents entry). */
export interface DirectiveOutput {
  html: string;
  text: string;
  /** For :entity, the id it names, so the paragraph can be listed on that entity's page. */
  entity?: string;
}

export type DirectiveHandler = (node: DirectiveNode, context: DirectiveContext) => DirectiveOutput;
