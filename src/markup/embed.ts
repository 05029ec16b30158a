/**
 * Under every story figure on the site: links to the figure as a standalone SVG file and as PNGs, and the
 * snippet a partner newsroom pastes to embed it (an <iframe> of /embed/<id>/ plus our resize
 * script, both from our own origin). The snippet is text in a read-only textarea inside <details>,
 * so it can be selected without JavaScript; <lux-embed-code> adds a copy button, and its status words
 * (data-copied, data-selected) are written here in the page's language, so the script has none.
 */
import { pngFiles } from '../figures/png-files';
import { formatNumber } from '../lib/format';
import { html, raw } from '../lib/html';
import { localePath, type Lang } from '../lib/i18n/langs';
import { figureWords } from '../lib/i18n/ui/figures';
import { sitePath } from '../lib/paths';

/** A path of the site as an absolute URL on the origin it is published at (SITE_URL). */
export function siteUrl(path: string): string {
  return new URL(sitePath(path), import.meta.env.SITE ?? 'http://localhost:4321').href;
}

/**
 * The embed page, standalone SVG and resize script of a figure, as site paths. The embed page and
 * the standalone SVG are per language (/ko/embed/<id>/, /ko/data/charts/<id>.svg); the script is one file.
 */
export function embedPaths(id: string, lang: Lang = 'en'): { page: string; svg: string; script: string } {
  return { page: localePath(lang, `/embed/${id}/`), svg: localePath(lang, `/data/charts/${id}.svg`), script: '/embed/resize.js' };
}

/** The snippet that embeds a figure: a full-width iframe that our script resizes to its content. */
export function embedSnippet(id: string, title: string, lang: Lang = 'en'): string {
  const paths = embedPaths(id, lang);
  return html`<iframe src="${siteUrl(paths.page)}" title="${title}" data-lux-embed width="100%" height="600" style="border:0;width:100%" loading="lazy"></iframe>
<script src="${siteUrl(paths.script)}" async></script>`;
}

/**
 * "Download the figure: SVG · PNG, 760 px · PNG, 1,520 px": the standalone files in the page's
 * language, the PNGs at 1× and 2× of the standalone file's `width` (standaloneWidth), named by their width in pixels.
 */
export function figureDownloads(id: string, width: number, lang: Lang = 'en'): string {
  const pngs = pngFiles(id, width, lang).map(
    (file) =>
      html`<a href="${sitePath(file.path)}" download="${file.name}">${figureWords(lang, 'png', { width: formatNumber(file.width, lang) })}</a>`,
  );
  return html`<p class="figure-share__get">${figureWords(lang, 'downloadFigure')} <a href="${sitePath(embedPaths(id, lang).svg)}" download="${id}.svg">SVG</a> · ${raw(pngs.join(' · '))}</p>`;
}

/** The downloads and embed control under a figure, in the page's language; `width` is its standalone file's. */
export function figureShare(id: string, title: string, lang: Lang, width: number): string {
  const paths = embedPaths(id, lang);
  const w = (key: Parameters<typeof figureWords>[1]) => figureWords(lang, key);
  return html`<div class="figure-share">${raw(figureDownloads(id, width, lang))}<details class="figure-share__embed"><summary>${w('embed')}</summary><lux-embed-code data-copied="${w('copied')}" data-selected="${w('selected')}"><label for="${id}-embed-code">${w('embedHelp')}</label><textarea id="${id}-embed-code" readonly rows="4" spellcheck="false">${embedSnippet(id, title, lang)}</textarea><button type="button" hidden>${w('copy')}</button><span role="status"></span></lux-embed-code><p><a href="${sitePath(paths.page)}">${w('seeEmbed')}</a></p></details></div>`;
}
