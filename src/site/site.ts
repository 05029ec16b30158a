/**
 * The site's pages as the build sees them: chapters in story order, editor-written pages rendered
 * with the house directives (each once per build), and the list of addresses that Markdown links
 * may point to. With the other files of src/site, the only code outside src/pages that reads astro:*.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { getDataset } from '../lib/data';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import { bodyLineOffset, chapterSlug } from '../lib/chapters';
import { ENTITY_KINDS, entities, entityPath } from '../lib/entities';
import { DEFAULT_LANG, LANGS, type Lang, localePath } from '../lib/i18n/langs';

/** A chapter in either language: the English collection or the Korean edition of it. */
export type ChapterEntry = CollectionEntry<'chapters'> | CollectionEntry<'koChapters'>;
/** An editor-written page in either language. */
export type PageEntry = CollectionEntry<'pages'> | CollectionEntry<'koPages'>;

/** The folder a language's chapters or pages live in: content/chapters, content/ko/chapters. */
export function contentFolder(kind: 'chapters' | 'pages', lang: Lang): string {
  return lang === 'en' ? `content/${kind}` : `content/${lang}/${kind}`;
}

function hasMarkdown(folder: string): boolean {
  const dir = join(process.cwd(), folder);
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.md') && name !== 'README.md');
}

/** Published chapters of one language's edition, in story order. */
export async function publishedChapters(lang: Lang = 'en'): Promise<ChapterEntry[]> {
  const byOrder = (a: ChapterEntry, b: ChapterEntry) => a.data.order - b.data.order;
  if (lang === 'en') return (await getCollection('chapters', (c) => !c.data.draft)).sort(byOrder);
  // Astro warns on every read of an empty collection; the Korean folder may not exist yet.
  if (!hasMarkdown(contentFolder('chapters', lang))) return [];
  return (await getCollection('koChapters', (c) => !c.data.draft)).sort(byOrder);
}

/** Corrections, newest first (then by file name, for a stable order on the same day). */
export async function allCorrections(): Promise<CollectionEntry<'corrections'>[]> {
  // Astro warns on every read of an empty collection; there are none until the first correction.
  if (!hasMarkdown('content/corrections')) return [];
  return (await getCollection('corrections')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** Every address a Markdown link may point to, in every language ("/sources/", "/ko/sources/"). */
export async function knownPages(): Promise<string[]> {
  const chapters = await publishedChapters();
  const kinds = Object.values(ENTITY_KINDS).map((k) => `/${k.segment}/`);
  const named = [...entities(getDataset()).values()].map(entityPath);
  const english = [
    '/',
    '/sources/',
    '/methodology/',
    '/responses/',
    '/corrections/',
    '/corrections/feed.xml',
    '/directory/',
    '/data/',
    '/search/',
    ...kinds,
    ...named,
    ...chapters.map((c) => `/chapters/${chapterSlug(c.id)}/`),
  ];
  // Every English page has its counterpart at the same slug in each other edition.
  return LANGS.flatMap((lang) => (lang === DEFAULT_LANG ? english : english.map((path) => localePath(lang, path))));
}

type Entry = ChapterEntry | PageEntry | CollectionEntry<'corrections'>;

// One rendering per entry, body and options for the whole build: a chapter is read by its own page,
// by every entity page (mentions) and by the sources page (citations). The body is part of the key
// because the dev server keeps this module alive while an editor changes the file.
const rendered = new Map<string, Promise<RenderedMarkdown>>();
let renders = 0;

/** How many times a Markdown body has actually been rendered since the build started (for tests). */
export function renderCount(): number {
  return renders;
}

/** Renders any entry's Markdown body with the house directives, once per build, reporting errors at the file's own line numbers. */
export function renderEntry(
  entry: Entry,
  folder: string,
  options: { checkNumbers?: boolean; lang?: Lang } = {},
): Promise<RenderedMarkdown> {
  const file = entry.filePath ?? `${folder}/${entry.id}.md`;
  const body = entry.body ?? '';
  const lang = options.lang ?? 'en';
  const key = JSON.stringify([file, body, options.checkNumbers ?? true, lang]);
  let result = rendered.get(key);
  if (!result) {
    renders += 1;
    result = knownPages().then((pages) =>
      renderMarkdown(body, file, getDataset(lang), { lineOffset: bodyLineOffset(file, body), knownPages: pages, ...options, lang }),
    );
    rendered.set(key, result);
  }
  return result;
}

/** An editor-written page from content/pages (or its Korean edition in content/ko/pages) and its rendered body. */
export async function page(id: string, lang: Lang = 'en'): Promise<{ entry: PageEntry; rendered: RenderedMarkdown }> {
  const folder = contentFolder('pages', lang);
  const entry = lang === 'en' ? await getEntry('pages', id) : await getEntry('koPages', id);
  if (!entry)
    throw new Error(
      `${folder}/${id}.md is missing; the site needs it. Restore it from version control, or translate content/pages/${id}.md.`,
    );
  return { entry, rendered: await renderEntry(entry, folder, { lang }) };
}
