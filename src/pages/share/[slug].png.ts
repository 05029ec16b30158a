/** Share images, drawn at build time: one per chapter and one for every other page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterSlug } from '../../lib/chapters';
import { page, publishedChapters } from '../../site/site';
import { renderShareImage } from '../../lib/share-image';
import { SITE_NAME } from '../../lib/sharing';
import { typeset } from '../../lib/typography';

export const getStaticPaths = (async () => {
  const chapters = await publishedChapters();
  const home = (await page('home')).entry.data;
  return [
    {
      params: { slug: 'home' },
      props: { kicker: 'An investigation', title: typeset(home.title), dek: typeset(home.dek ?? home.description) },
    },
    ...chapters.map((c, i) => ({
      params: { slug: chapterSlug(c.id) },
      props: { kicker: `Chapter ${i + 1} of ${chapters.length}`, title: typeset(c.data.title), dek: typeset(c.data.dek) },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareImage({ kicker: props.kicker, title: props.title, dek: props.dek, siteName: SITE_NAME });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
