/** Gives the chapter's headings stable ids and collects them for the contents list. */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

/** The words of a node as the reader sees them, including what directives printed. */
export function words(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html') return (node.data as { text?: string } | undefined)?.text ?? '';
  return 'children' in node ? (node.children as Nodes[]).map(words).join('') : '';
}

/** A remark plugin that sets an id on every level-2 and level-3 heading and records it in `out`. */
export function headingIds(out: Heading[], reserved: string[] = []) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    for (const id of reserved) slugger.slug(id);
    visit(tree, 'heading', (node) => {
      if (node.depth < 2 || node.depth > 3) return;
      const text = words(node).replace(/\s+/g, ' ').trim();
      const id = slugger.slug(text);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      out.push({ depth: node.depth, id, text });
    });
  };
}
