/** Which chapters cite each source, directly or through a figure they print, for the bibliography. */
import { chapterSlug } from '../lib/chapters';
import { getDataset } from '../lib/data';
import { citableFigures } from '../lib/figures';
import { publishedChapters, renderEntry } from './site';

export interface ChapterRef {
  slug: string;
  title: string;
}

/** Source id → the chapters that rely on it, in story order. */
export async function chaptersCiting(): Promise<Map<string, ChapterRef[]>> {
  const figures = citableFigures(getDataset());
  const citing = new Map<string, ChapterRef[]>();
  for (const chapter of await publishedChapters()) {
    const { notes } = await renderEntry(chapter, 'content/chapters');
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
