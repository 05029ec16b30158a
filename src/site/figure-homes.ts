/** Where each story figure lives: the first chapter that places it with ::chart or ::map. */
import { chapterSlug } from '../lib/chapters';
import { DEFAULT_LANG, type Lang, localePath } from '../lib/i18n/langs';
import { SITE_NAME } from '../lib/sharing';
import { typeset } from '../lib/typography';
import { contentFolder, publishedChapters, renderEntry } from './site';

export interface FigureHome {
  /** The figure in its chapter, or the front page when no chapter places it yet, as a site path (before the base path). */
  path: string;
  /** The chapter's title, or the site's name. */
  label: string;
  /** The chapter's slug, when a chapter places the figure. */
  slug?: string;
}

/** The home of every figure id that some chapter of that language places; look up others with figureHome. */
export async function figureHomes(lang: Lang = DEFAULT_LANG): Promise<Map<string, FigureHome>> {
  const homes = new Map<string, FigureHome>();
  for (const entry of await publishedChapters(lang)) {
    const { html } = await renderEntry(entry, contentFolder('chapters', lang), { lang });
    for (const [, id] of html.matchAll(/<figure [^>]*id="figure-([\w-]+)"/g)) {
      if (!homes.has(id)) {
        homes.set(id, {
          path: localePath(lang, `/chapters/${chapterSlug(entry.id)}/#figure-${id}`),
          label: typeset(entry.data.title),
          slug: chapterSlug(entry.id),
        });
      }
    }
  }
  return homes;
}

/** A figure's home from figureHomes(), falling back to the front page. */
export function figureHome(homes: Map<string, FigureHome>, id: string, lang: Lang = DEFAULT_LANG): FigureHome {
  return homes.get(id) ?? { path: localePath(lang, '/'), label: SITE_NAME };
}
