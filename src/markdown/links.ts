/** Site links an editor writes as "/chapters/the-vehicles/": prefixed with the base path and checked. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { didYouMean } from '../lib/nearest';
import { sitePath } from '../lib/paths';

/**
 * A remark plugin: root-relative links get the site's base path; when `known` lists the site's
 * pages, a link to any other page fails with the nearest existing one.
 */
export function siteLinks(
  known: string[] | undefined,
  fail: (line: number | undefined, column: number | undefined, problem: string) => never,
) {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (!node.url.startsWith('/') || node.url.startsWith('//')) return;
      const [path, hash = ''] = node.url.split('#');
      const withSlash = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
      if (known && !known.includes(withSlash)) {
        const at = node.position?.start;
        fail(
          at?.line,
          at?.column,
          `the link "${node.url}" leads to no page of this site. ${didYouMean(withSlash, known)} Site links look like "/chapters/the-vehicles/".`,
        );
      }
      node.url = sitePath(withSlash) + (hash ? `#${hash}` : '');
    });
  };
}
