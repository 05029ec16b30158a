/** /data/charts/<id>.json: the rows each chart plots, written into the build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../figures';
import { chartJson } from '../../../charts/extract';
import { getDataset } from '../../../lib/data';

export const getStaticPaths: GetStaticPaths = () => Object.keys(charts).map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartJson(charts[params.id!], getDataset()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
