/**
 * The pages of each edition. Every English page has a Korean counterpart at the same slug, even
 * before its Korean text exists: the chapters of an edition follow the English story order, and a
 * chapter or page with no Korean file yet is the English entry marked untranslated, so its Korean
 * route shows a notice linking to the English rather than the English text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedMarkdown } from '../markdown/render';
import { chapterSlug } from '../lib/chapters';
import { DEFAULT_LANG, type Lang } from '../lib/i18n/langs';
import { contentFolder, page, publishedChapters, type ChapterEntry, type PageEntry } from '../site/site';

export interface EditionChapter {
  /** The chapter in this language, or the English one when it has no translation yet. */
  entry: ChapterEntry;
  /** The English chapter it pairs with. */
  english: ChapterEntry;
  slug: string;
  /** False when the language has no file for this chapter yet. */
  translated: boolean;
}

/** One language's chapters in the English story order, one per English chapter. */
export async function editionChapters(lang: Lang): Promise<EditionChapter[]> {
  const english = await publishedChapters(DEFAULT_LANG);
  const own = lang === DEFAULT_LANG ? english : await publishedChapters(lang);
  return english.map((en) => {
    const match = own.find((c) => c.id === en.id);
    return { entry: match ?? en, english: en, slug: chapterSlug(en.id), translated: Boolean(match) };
  });
}

/** Whether a language has its own file for an editor-written page. */
export function hasPage(id: string, lang: Lang): boolean {
  return lang === DEFAULT_LANG || existsSync(join(process.cwd(), contentFolder('pages', lang), `${id}.md`));
}

/** An editor-written page in one language, or the English one (translated: false) when it has none yet. */
export async function editionPage(id: string, lang: Lang): Promise<{ entry: PageEntry; rendered: RenderedMarkdown; translated: boolean }> {
  const translated = hasPage(id, lang);
  return { ...(await page(id, translated ? lang : DEFAULT_LANG)), translated };
}

/** The English file of a chapter or page, for the translation notice. */
export function englishFile(kind: 'chapters' | 'pages', id: string): string {
  return `${contentFolder(kind, DEFAULT_LANG)}/${id}.md`;
}
