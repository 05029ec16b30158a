/**
 * A story figure's secondary controls behind one disclosure, so that a figure costs a keyboard
 * reader few Tab presses: its "Skip figure" link, its drawing, its table toggle and this one
 * summary. Inside, in the Tab order once it is open: the figure's sources as links, its data
 * downloads (CSV, JSON) and its sharing controls (SVG, embed). The credit links in the figure
 * itself (source line, route table, step cards) stay links for a pointer, touch and a screen
 * reader's list of links, but leave the Tab order, since the disclosure holds each of them once.
 * It is a <details>, so it works without JavaScript; print leaves it out (figures.css).
 */
import { escapeHtml } from '../lib/html';
import type { Lang } from '../lib/i18n/langs';
import { figureWords } from '../lib/i18n/ui/figures';

/** A link to a source's entry on the sources page, as creditLinks writes it. */
const CREDIT = /<a href="([^"]*\/sources\/#[^"]+)">([\s\S]*?)<\/a>/g;
const DOWNLOADS = /<p class="chart__get">[\s\S]*?<\/p>/;
const SHARE = '<div class="figure-share">';

interface Credit {
  href: string;
  text: string;
}

/** The figure with every credit link out of the Tab order, and each distinct credit once. */
function quietCredits(markup: string): { markup: string; credits: Credit[] } {
  const credits = new Map<string, Credit>();
  const quiet = markup.replace(CREDIT, (_, href: string, text: string) => {
    if (!credits.has(href)) credits.set(href, { href, text });
    return `<a href="${href}" tabindex="-1">${text}</a>`;
  });
  return { markup: quiet, credits: [...credits.values()] };
}

/** The disclosure's summary text, in the page's language. */
export function moreSummary(lang: Lang): string {
  return figureWords(lang, 'more');
}

/**
 * The framed story figure (ending with its share controls, see withShare) with its downloads,
 * share controls and a keyboard route to its sources gathered into one disclosure at its end.
 */
export function gatherControls(id: string, markup: string, lang: Lang): string {
  const end = markup.lastIndexOf('</figure>');
  const share = markup.indexOf(SHARE);
  const downloads = DOWNLOADS.exec(markup)?.[0];
  if (share === -1 || end < share || !downloads) {
    throw new Error(`Figure "${id}": its frame needs its downloads (p.chart__get) and share controls (div.figure-share) to gather them.`);
  }
  const body = markup.slice(0, share).replace(downloads, '');
  const { markup: quiet, credits } = quietCredits(body);
  const key = credits.length > 1 ? 'sources' : 'source';
  const links = credits.map((c) => `<a href="${c.href}">${c.text}</a>`).join('; ');
  const sources = credits.length ? `<p class="figure-more__sources">${escapeHtml(figureWords(lang, key))}: ${links}</p>` : '';
  const more = `<details class="figure-more"><summary>${escapeHtml(moreSummary(lang))}</summary>${sources}${downloads}${markup.slice(share, end).trim()}</details>`;
  return `${quiet.trimEnd()}\n${more}\n</figure>${markup.slice(end + '</figure>'.length)}`;
}
