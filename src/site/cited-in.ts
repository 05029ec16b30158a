/** Which chapters cite each source, directly or through a figure they print, for the bibliography. */
import { chapterSlug } from '../lib/chapters';
import { getDataset } from '../lib/data';
import { citableFigures } from '../lib/figures';
import { DEFAULT_LANG, type Lang } from '../lib/i18n/langs';
import { contentFolder, publishedChapters, renderEntry } from './site';

export interface ChapterRef {
  slug: string;
  title: string;
}

/** Source id → the chapters (of that language's edition) that rely on it, in story order. */
export async function chaptersCiting(lang: Lang = DEFAULT_LANG): Promise<Map<string, ChapterRef[]>> {
  const figures = citableFigures(getDataset(lang));
  const citing = new Map<string, ChapterRef[]>();
  for (const chapter of await publishedChapters(lang)) {
    const { notes } = await renderEntry(chapter, contentFolder('chapters', lang), { lang });
    const ref = { slug: chapterSlug(chapter.id), title: chapter.data.title };
    const ids = new Set(
      notes.flatMap((n) =>
        n.kind === 'source'
          ? [n.id]
          : [...(figures.get(n.id)?.sources ?? []), ...(figures.get(n.id)?.alternatives.flatMap((a) => a.sources) ?? [])],
      ),
    );
    for (const id of ids) citing.set(id, [...(citing.get(id) ?? []), ref]);
  }
  return citing;
}
