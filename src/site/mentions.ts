/**
 * Where the story names each entity: every paragraph of a published chapter that holds an
 * :entity mention, with its chapter, its id (for a link straight to it) and the sentences to quote.
 */
import { chapterSlug } from '../lib/chapters';
import { excerpt } from '../lib/entity-pages/excerpt';
import { DEFAULT_LANG, type Lang, localePath } from '../lib/i18n/langs';
import { sitePath } from '../lib/paths';
import { contentFolder, publishedChapters, renderEntry } from './site';

export interface Mention {
  chapter: { slug: string; title: string; order: number };
  /** The paragraph's id in the chapter page. */
  passage: string;
  /** Address of the paragraph, with the base path: "/chapters/the-facilitators/#p-busan-1". */
  href: string;
  /** The sentences of the paragraph that name the entity. */
  quote: string;
}

type Chapters = Awaited<ReturnType<typeof publishedChapters>>;

async function collect(chapters: Chapters, lang: Lang): Promise<Map<string, Mention[]>> {
  const byEntity = new Map<string, Mention[]>();
  for (const chapter of chapters) {
    const slug = chapterSlug(chapter.id);
    const { passages } = await renderEntry(chapter, contentFolder('chapters', lang), { lang });
    for (const passage of passages) {
      const ids = [...new Set(passage.mentions.map((m) => m.entity))];
      for (const id of ids) {
        const shown = passage.mentions.filter((m) => m.entity === id).map((m) => m.text);
        const mention: Mention = {
          chapter: { slug, title: chapter.data.title, order: chapter.data.order },
          passage: passage.id,
          href: sitePath(localePath(lang, `/chapters/${slug}/#${passage.id}`)),
          quote: excerpt(passage.text, shown),
        };
        byEntity.set(id, [...(byEntity.get(id) ?? []), mention]);
      }
    }
  }
  return byEntity;
}

/** Entity id → the paragraphs of the story (in that language's chapters) that name it, in reading order. */
export async function storyMentions(lang: Lang = DEFAULT_LANG): Promise<Map<string, Mention[]>> {
  // Cheap once the chapters are rendered: renderEntry keeps each rendering for the whole build.
  return collect(await publishedChapters(lang), lang);
}
