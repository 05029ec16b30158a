/** Corrections as the page and the feed show them: rendered, dated and tied to their chapter. */
import type { CollectionEntry } from 'astro:content';
import { allCorrections, publishedChapters, renderEntry } from './site';
import { chapterSlug } from '../lib/chapters';

export interface RenderedCorrection {
  entry: CollectionEntry<'corrections'>;
  /** The body as HTML; numbers are not checked, since a correction quotes what was wrong. */
  html: string;
  date: string;
  chapter?: { slug: string; title: string };
}

/** Every correction, newest first, with its body rendered and its chapter resolved. */
export async function renderedCorrections(): Promise<RenderedCorrection[]> {
  const chapters = await publishedChapters();
  return Promise.all(
    (await allCorrections()).map(async (entry) => {
      const { html } = await renderEntry(entry, 'content/corrections', { checkNumbers: false });
      const chapter = chapters.find((c) => chapterSlug(c.id) === entry.data.chapter);
      return {
        entry,
        html,
        date: entry.data.date.toISOString().slice(0, 10),
        chapter: chapter ? { slug: chapterSlug(chapter.id), title: chapter.data.title } : undefined,
      };
    }),
  );
}

/** The date of the latest change to the story: a chapter's publication or update, or a correction. */
export async function lastChange(): Promise<string> {
  const dates = (await publishedChapters()).flatMap((c) => [c.data.published, c.data.updated]).filter((d): d is Date => !!d);
  dates.push(...(await allCorrections()).map((c) => c.data.date));
  return (
    dates
      .map((d) => d.toISOString().slice(0, 10))
      .sort()
      .at(-1) ?? '2019-07-16'
  );
}
