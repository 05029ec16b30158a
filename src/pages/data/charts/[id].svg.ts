/** /data/charts/<id>.svg: every story figure as a standalone SVG file, beside its data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figures } from '../../../figures';
import { standaloneFile } from '../../../figures/standalone-svg';
import { getDataset } from '../../../lib/data';
import { siteUrl } from '../../../markup/embed';
import { figureHome, figureHomes } from '../../../site/figure-homes';

export const getStaticPaths = (async () => {
  const homes = await figureHomes();
  return [...figures.keys()].map((id) => ({ params: { id }, props: { url: siteUrl(figureHome(homes, id).path) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(standaloneFile(figures.get(params.id!)!, getDataset(), props.url as string), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
