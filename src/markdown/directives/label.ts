/** The plain text between a directive's square brackets, and its options checked by name. */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { didYouMean } from '../../lib/nearest';
import type { DirectiveNode } from './context';

/** The label of a directive as plain text, trimmed (an id for :figure and :cite). */
export function labelText(node: DirectiveNode): string {
  return toString({ type: 'paragraph', children: node.children } as Nodes).trim();
}

/** The directive's options; fails on any option it does not accept, suggesting the nearest. */
export function optionsOrFail(
  node: DirectiveNode,
  allowed: string[],
  fail: (problem: string) => never,
  usage: string,
): Record<string, string> {
  const options: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (!allowed.includes(key)) {
      const near = allowed.length ? `${didYouMean(key, allowed)} ` : '';
      fail(`unknown option "${key}" on :${node.name}. ${near}${usage}`);
    }
    options[key] = value ?? '';
  }
  return options;
}
