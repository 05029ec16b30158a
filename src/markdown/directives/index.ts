/**
 * The house directives: inline ones sit inside a sentence with one colon (:figure, :cite, :entity),
 * block ones sit on a line of their own with two (::chart, ::map). Anything else stops the build,
 * so a typo never silently disappears from the page.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { didYouMean } from '../../lib/nearest';
import { chartDirective, mapDirective } from './blocks';
import { citeDirective } from './cite';
import type { DirectiveContext, DirectiveHandler, DirectiveNode } from './context';
import { entityDirective } from './entity';
import { figureDirective } from './figure';

const INLINE: Record<string, DirectiveHandler> = { figure: figureDirective, cite: citeDirective, entity: entityDirective };
const BLOCK: Record<string, DirectiveHandler> = { chart: chartDirective, map: mapDirective };
const ALL = [...Object.keys(INLINE).map((n) => `:${n}`), ...Object.keys(BLOCK).map((n) => `::${n}`)];
const HELP =
  'The house directives are :figure[…], :cite[…] and :entity[…] inside a sentence, and ::chart{id="…"} or ::map{id="…"} on a line of their own. To print a colon before a word, write "\\:".';

function handlerFor(node: DirectiveNode, fail: (problem: string) => never): DirectiveHandler {
  if (node.type === 'textDirective' && INLINE[node.name]) return INLINE[node.name];
  if (node.type === 'leafDirective' && BLOCK[node.name]) return BLOCK[node.name];
  if (node.type === 'textDirective' && BLOCK[node.name]) {
    fail(`::${node.name} goes on a line of its own, with two colons, as ::${node.name}{id="…"}; it cannot sit inside a sentence.`);
  }
  if (node.type === 'leafDirective' && INLINE[node.name]) {
    fail(
      `:${node.name} goes inside a sentence, with one colon, as :${node.name}[…]; a line of its own starting with "::" is for charts and maps.`,
    );
  }
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  const shown = `${colons}${node.name}`;
  fail(`unknown directive "${shown}". ${didYouMean(shown, ALL)} ${HELP}`);
}

/** A remark plugin that replaces every directive with its HTML, or fails with the file and line. */
export function houseDirectives(context: (node: DirectiveNode) => DirectiveContext) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node as unknown as DirectiveNode;
      const siblings = parent && typeof index === 'number' ? parent.children : undefined;
      const before = siblings?.[index! - 1];
      // A note number hangs on the word before it, though editors naturally type a space first.
      if (directive.name === 'cite' && before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
      // On paper a figure's note number is printed too; a citation that follows one directly is told
      // so, and marks itself for print to separate the two numbers instead of running them together.
      const previous = before?.type === 'text' && before.value === '' ? siblings?.[index! - 2] : before;
      const afterFigure = (previous?.data as { directive?: string } | undefined)?.directive === 'figure';
      const ctx = { ...context(directive), afterFigure };
      const output = handlerFor(directive, ctx.fail)(directive, ctx);
      // The words travel with the HTML so that a heading's contents entry can quote them.
      const data = { text: output.text, entity: output.entity, directive: directive.name };
      siblings?.splice(index!, 1, { type: 'html', value: output.html, data } as never);
      return SKIP;
    });
  };
}
