/** Each story figure's Korean share image (/ko/share/figures/<id>.png), for its Korean embed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../../lib/data';
import { renderShareImage } from '../../../../lib/share-image';
import { figureCards } from '../../../../site/share-cards';

export const getStaticPaths = (() =>
  figureCards(getDataset('ko')).map(({ slug, card }) => ({ params: { id: slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
