/** The Korean share images (/ko/share/<slug>.png): the same cards as /share/, in Korean words, figures and fonts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/data';
import { renderShareImage } from '../../../lib/share-image';
import { pageCards } from '../../../site/share-cards';

export const getStaticPaths = (async () =>
  (await pageCards(getDataset('ko'))).map(({ slug, card }) => ({ params: { slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
