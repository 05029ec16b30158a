/**
 * /ko/data/charts/<id>.svg: every story figure as a standalone SVG file in Korean, drawn from
 * getDataset('ko') with Korean font stacks; its credit line names the figure's Korean page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figures } from '../../../../figures';
import { standaloneFile } from '../../../../figures/standalone-svg';
import { getDataset } from '../../../../lib/data';
import { localePath } from '../../../../lib/i18n/langs';
import { siteUrl } from '../../../../markup/embed';
import { figureHome, figureHomes } from '../../../../site/figure-homes';

export const getStaticPaths = (async () => {
  const homes = await figureHomes();
  return [...figures.keys()].map((id) => ({ params: { id }, props: { url: siteUrl(localePath('ko', figureHome(homes, id).path)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(standaloneFile(figures.get(params.id!)!, getDataset('ko'), props.url as string), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
