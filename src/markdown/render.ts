/**
 * Renders an editor's Markdown to HTML at build time, with the house directives: ::chart and ::map
 * on a line of their own, :figure, :cite and :entity inside sentences. Unknown directives and ids,
 * hand-typed figures and links to missing pages fail with the file, the line and a fix.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { entities } from '../lib/entities';
import { citableFigures } from '../lib/figures';
import { houseDirectives } from './directives';
import { MarkdownError } from './errors';
import { type Heading, headingIds } from './headings';
import { siteLinks } from './links';
import { type Note, NoteCollector } from './notes';
import { type Passage, passageIds } from './passages';
import { noHandTypedNumbers } from './typed-numbers';

export interface RenderedMarkdown {
  html: string;
  /** The page's numbered notes (citations and figures) in order; render them with renderNoteList. */
  notes: Note[];
  /** Level-2 and level-3 headings with their ids, for a contents list. */
  headings: Heading[];
  /** Every paragraph (and list item, table, heading) with its id and the entities it names. */
  passages: Passage[];
}

export interface RenderOptions {
  /** Lines above `source` in its file (the frontmatter), so errors give the line editors see. */
  lineOffset?: number;
  /** Fail on numbers typed by hand (default true); corrections turn it off to quote what was wrong. */
  checkNumbers?: boolean;
  /** The site's pages ("/sources/"); when given, a link to any other site page fails. */
  knownPages?: string[];
  /**
   * The language of the text (default: the data set's, langOf). Korean prints figures in Korean style,
   * links site pages and entities to their /ko/ pages and checks Korean hand-typed numbers.
   */
  lang?: Lang;
}

/** Renders Markdown to HTML; throws MarkdownError for anything it cannot publish safely. */
export function renderMarkdown(
  source: string,
  file: string,
  data: Dataset,
  { lineOffset = 0, checkNumbers = true, knownPages, lang = langOf(data) }: RenderOptions = {},
): RenderedMarkdown {
  const fail = (line: number | undefined, column: number | undefined, problem: string): never => {
    throw new MarkdownError(file, line === undefined ? undefined : line + lineOffset, column, problem);
  };
  const figures = citableFigures(data);
  const named = entities(data);
  const notes = new NoteCollector();
  const headings: Heading[] = [];
  const passages: Passage[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(() => (checkNumbers ? noHandTypedNumbers(figures, fail, lang) : () => undefined))
    .use(() => siteLinks(knownPages, fail, lang))
    .use(() =>
      houseDirectives((node) => ({
        data,
        figures,
        entities: named,
        notes,
        lang,
        fail: (problem) => fail(node.position?.start.line, node.position?.start.column, problem),
      })),
    )
    .use(remarkSmartypants)
    .use(() => headingIds(headings, ['contents', 'notes-title', 'main']))
    .use(() => passageIds(passages))
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  const html = String(processor.processSync(source));
  return { html, notes: notes.list(), headings, passages };
}
