/**
 * The corrections as an Atom feed in each language (/corrections/feed.xml, /ko/corrections/feed.xml):
 * the feed's own words and its links follow the language; links are absolute once `site` is set
 * in astro.config.mjs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../../lib/atom';
import { escapeHtml } from '../../../lib/html';
import { DEFAULT_LANG, LANG_TAGS, langFromParam, localePath, localeRoutes } from '../../../lib/i18n/langs';
import { t } from '../../../lib/i18n/ui/site';
import { editionChapters } from '../../../layouts/edition';
import { lastChange, renderedCorrections } from '../../../site/corrections';
import { sitePath } from '../../../lib/paths';

export const getStaticPaths = (() => localeRoutes().map(({ locale }) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const lang = langFromParam(params.locale);
  const url = (path: string) => (site ? new URL(sitePath(localePath(lang, path)), site).href : sitePath(localePath(lang, path)));
  const corrections = await renderedCorrections();
  const titles = new Map((await editionChapters(lang)).map((c) => [c.slug, c.entry.data.title]));
  const chapterLine = (chapter: { slug: string; title: string }) =>
    `<p>${t(lang, 'feed.inChapter', { chapter: `<a href="${url(`/chapters/${chapter.slug}/`)}">${escapeHtml(titles.get(chapter.slug) ?? chapter.title)}</a>` })}</p>`;
  const xml = atomFeed({
    key: lang === 'en' ? 'corrections' : `${lang}/corrections`,
    title: t(lang, 'feed.title'),
    subtitle: t(lang, 'feed.subtitle'),
    self: url('/corrections/feed.xml'),
    alternate: url('/corrections/'),
    author: t(lang, 'feed.author'),
    updated: await lastChange(),
    entries: corrections.map((c) => ({
      key: lang === 'en' ? `corrections/${c.entry.id}` : `${lang}/corrections/${c.entry.id}`,
      title: c.entry.data.summary,
      updated: c.date,
      link: url(`/corrections/#${c.entry.id}`),
      html: `${c.chapter ? chapterLine(c.chapter) : ''}${c.html}`,
    })),
  });
  // The Korean feed says its language, for readers that show it (atomFeed writes no xml:lang; the
  // English feed stays as it was).
  const tagged = lang === DEFAULT_LANG ? xml : xml.replace(/<feed xmlns="([^"]+)">/, `<feed xmlns="$1" xml:lang="${LANG_TAGS[lang]}">`);
  return new Response(tagged, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
