/**
 * Site links an editor writes as "/chapters/the-vehicles/": prefixed with the base path and checked.
 * In Korean text the same link goes to the Korean page ("/ko/chapters/the-vehicles/"); an editor may
 * write either form. Files (/data/figures.json) stay single and English-keyed, so they keep their path.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { type Lang, localePath, stripLang } from '../lib/i18n/langs';
import { didYouMean } from '../lib/nearest';
import { sitePath } from '../lib/paths';

/** Pages that exist in every language; anything with a file extension except the feed is one file for all. */
function localized(path: string, lang: Lang): string {
  const isFile = /\.[a-z0-9]+$/i.test(path) && !path.endsWith('/feed.xml');
  return isFile ? path : localePath(lang, path);
}

/**
 * A remark plugin: root-relative links get the site's base path (and the language's prefix); when
 * `known` lists the site's pages (English paths), a link to any other page fails with the nearest.
 */
export function siteLinks(
  known: string[] | undefined,
  fail: (line: number | undefined, column: number | undefined, problem: string) => never,
  lang: Lang = 'en',
) {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (!node.url.startsWith('/') || node.url.startsWith('//')) return;
      const [typed, hash = ''] = node.url.split('#');
      const path = stripLang(typed);
      const withSlash = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
      if (known && !known.includes(withSlash)) {
        const at = node.position?.start;
        fail(
          at?.line,
          at?.column,
          `the link "${node.url}" leads to no page of this site. ${didYouMean(withSlash, known)} Site links look like "/chapters/the-vehicles/".`,
        );
      }
      node.url = sitePath(localized(withSlash, lang)) + (hash ? `#${hash}` : '');
    });
  };
}
