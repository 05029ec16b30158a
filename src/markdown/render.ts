/**
 * Renders an editor's Markdown to HTML at build time, with the house directives (for example
 * ::chart{id="vehicles-by-make"}). Unknown directives and unknown ids fail with the file, the line
 * and the nearest valid id.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { charts } from '../charts';
import { renderChartFigure } from '../charts/frame';
import type { Dataset } from '../lib/data';
import { didYouMean } from '../lib/nearest';
import { maps } from '../maps';
import { MarkdownError } from './errors';

export interface RenderedMarkdown {
  html: string;
}

type DirectiveNode =
  | Extract<Root['children'][number], { type: 'leafDirective' | 'containerDirective' }>
  | {
      type: 'textDirective';
      name: string;
      attributes?: Record<string, string | null | undefined> | null;
      position?: { start: { line: number; column: number } };
    };

const BLOCKS = ['chart', 'map'];

function directives(file: string, data: Dataset, lineOffset: number) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'leafDirective' && node.type !== 'containerDirective' && node.type !== 'textDirective') return;
      const d = node as DirectiveNode;
      const at = d.position?.start;
      const fail = (problem: string): never => {
        throw new MarkdownError(file, at ? at.line + lineOffset : undefined, at?.column, problem);
      };
      if (d.type !== 'leafDirective' || !BLOCKS.includes(d.name)) {
        const shown = d.type === 'textDirective' ? `:${d.name}` : d.type === 'leafDirective' ? `::${d.name}` : `:::${d.name}`;
        fail(
          `unknown directive "${shown}". ${didYouMean(d.name, BLOCKS)} Charts and maps go on a line of their own as ::chart{id="…"} or ::map{id="…"}. To print a colon before a word, write "\\:".`,
        );
      }
      const id = d.attributes?.id;
      const registry: Record<string, unknown> = d.name === 'chart' ? charts : maps;
      if (!id) fail(`::${d.name} needs an id, e.g. ::${d.name}{id="${Object.keys(registry)[0]}"}.`);
      if (!(id! in registry))
        fail(
          `unknown ${d.name} id "${id}". ${didYouMean(id!, Object.keys(registry))} Known ${d.name}s: ${Object.keys(registry).join(', ')}.`,
        );
      const markup = d.name === 'chart' ? renderChartFigure(charts[id!], data) : maps[id!].render(data);
      if (parent && typeof index === 'number') parent.children.splice(index, 1, { type: 'html', value: markup });
    });
  };
}

export interface RenderOptions {
  /** Lines above `source` in its file (the frontmatter), so errors give the line editors see. */
  lineOffset?: number;
}

/** Renders Markdown to HTML; throws MarkdownError for any directive it cannot honour. */
export function renderMarkdown(source: string, file: string, data: Dataset, { lineOffset = 0 }: RenderOptions = {}): RenderedMarkdown {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(() => directives(file, data, lineOffset))
    .use(remarkSmartypants)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  const html = String(processor.processSync(source));
  return { html };
}
