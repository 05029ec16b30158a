/** The corrections as an Atom feed; links are absolute once `site` is set in astro.config.mjs. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/atom';
import { escapeHtml } from '../../lib/html';
import { lastChange, renderedCorrections } from '../../site/corrections';
import { sitePath } from '../../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => (site ? new URL(sitePath(path), site).href : sitePath(path));
  const corrections = await renderedCorrections();
  const xml = atomFeed({
    key: 'corrections',
    title: 'Lux & Loaded: corrections',
    subtitle: 'Every correction made to the story after publication, newest first.',
    self: url('/corrections/feed.xml'),
    alternate: url('/corrections/'),
    author: 'The Lux & Loaded team',
    updated: await lastChange(),
    entries: corrections.map((c) => ({
      key: `corrections/${c.entry.id}`,
      title: c.entry.data.summary,
      updated: c.date,
      link: url(`/corrections/#${c.entry.id}`),
      html: `${c.chapter ? `<p>In the chapter <a href="${url(`/chapters/${c.chapter.slug}/`)}">${escapeHtml(c.chapter.title)}</a>.</p>` : ''}${c.html}`,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
