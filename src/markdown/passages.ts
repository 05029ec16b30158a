/**
 * Gives every paragraph of a page a stable id and records which entities each one names, so an
 * entity's page can link back to the exact paragraph. Ids count paragraphs within their section
 * ("p-busan-2" is the second paragraph under the heading "Busan"; "p-intro-1" opens the page), so
 * editing a paragraph keeps every id and adding one moves only the ids after it in that section.
 */
import type { Nodes, Root } from 'mdast';
import { words } from './headings';

/** A block a reader can be sent to: a paragraph, a tight list item, a table or a heading. */
export interface Passage {
  id: string;
  kind: 'paragraph' | 'list-item' | 'table' | 'heading';
  /** The words as the reader sees them, figures printed, note numbers left out. */
  text: string;
  /** The entities the block names with :entity, in order, with the words shown for each. */
  mentions: { entity: string; text: string }[];
}

type WithData = Nodes & { data?: { hProperties?: Record<string, unknown>; text?: string; entity?: string } };

function setId(node: WithData, id: string): void {
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
}

/** List items whose list renders without <p> (a "tight" list): their id goes on the <li>. */
function tightItems(tree: Root): Set<Nodes> {
  const tight = new Set<Nodes>();
  const walk = (node: Nodes) => {
    if (node.type === 'list' && !node.spread && !node.children.some((item) => item.spread)) {
      for (const item of node.children) tight.add(item);
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return tight;
}

/** A remark plugin (run after headingIds) that sets ids on passages and records them in `out`. */
export function passageIds(out: Passage[]) {
  return (tree: Root) => {
    const tight = tightItems(tree);
    const counts = new Map<string, number>();
    let section = 'intro';
    const open = (node: WithData, kind: Passage['kind'], id?: string): Passage => {
      const n = (counts.get(section) ?? 0) + 1;
      if (!id) counts.set(section, n);
      const passage: Passage = { id: id ?? `p-${section}-${n}`, kind, text: words(node).replace(/\s+/g, ' ').trim(), mentions: [] };
      setId(node, passage.id);
      out.push(passage);
      return passage;
    };
    const walk = (node: WithData, current: Passage | undefined, parent: Nodes | undefined) => {
      let here = current;
      if (node.type === 'heading') {
        const id = node.data?.hProperties?.id;
        if (typeof id === 'string') {
          if (node.depth === 2 || node.depth === 3) section = id;
          here = open(node, 'heading', id);
        }
      } else if (node.type === 'listItem' && tight.has(node)) {
        here = open(node, 'list-item');
      } else if (node.type === 'paragraph' && !(parent?.type === 'listItem' && tight.has(parent))) {
        here = open(node, 'paragraph');
      } else if (node.type === 'table') {
        here = open(node, 'table');
      } else if (node.type === 'html' && node.data?.entity && here) {
        here.mentions.push({ entity: node.data.entity, text: node.data.text ?? '' });
      }
      if ('children' in node) for (const child of node.children as WithData[]) walk(child, here, node);
    };
    walk(tree as WithData, undefined, undefined);
  };
}
