/**
 * Under every story figure on the site: a link to the figure as a standalone SVG file, and the
 * snippet a partner newsroom pastes to embed it (an <iframe> of /embed/<id>/ plus our resize
 * script, both from our own origin). The snippet is text in a read-only textarea inside <details>,
 * so it can be selected without JavaScript; <lux-embed-code> adds a copy button.
 */
import { html } from '../lib/html';
import { sitePath } from '../lib/paths';

/** A path of the site as an absolute URL on the origin it is published at (SITE_URL). */
export function siteUrl(path: string): string {
  return new URL(sitePath(path), import.meta.env.SITE ?? 'http://localhost:4321').href;
}

/** The embed page, standalone SVG and resize script of a figure, as site paths. */
export function embedPaths(id: string): { page: string; svg: string; script: string } {
  return { page: `/embed/${id}/`, svg: `/data/charts/${id}.svg`, script: '/embed/resize.js' };
}

/** The snippet that embeds a figure: a full-width iframe that our script resizes to its content. */
export function embedSnippet(id: string, title: string): string {
  const paths = embedPaths(id);
  return html`<iframe src="${siteUrl(paths.page)}" title="${title}" data-lux-embed width="100%" height="600" style="border:0;width:100%" loading="lazy"></iframe>
<script src="${siteUrl(paths.script)}" async></script>`;
}

/** The download link and embed control under a figure. */
export function figureShare(id: string, title: string): string {
  const paths = embedPaths(id);
  return html`<div class="figure-share"><p class="figure-share__get">Download the figure: <a href="${sitePath(paths.svg)}" download="${id}.svg">SVG</a></p><details class="figure-share__embed"><summary>Embed this figure</summary><lux-embed-code><label for="${id}-embed-code">Paste this HTML into your page; the frame sizes itself to the figure.</label><textarea id="${id}-embed-code" readonly rows="4" spellcheck="false">${embedSnippet(id, title)}</textarea><button type="button" hidden>Copy the code</button><span role="status"></span></lux-embed-code><p><a href="${sitePath(paths.page)}">See the figure as it embeds</a></p></details></div>`;
}
