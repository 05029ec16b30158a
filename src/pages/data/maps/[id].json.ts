/** /data/maps/<id>.json: the rows each story map draws, with each line's geometry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { MAP_DOWNLOADS, mapJson } from '../../../maps/extract';
import { getDataset } from '../../../lib/data';

export const getStaticPaths: GetStaticPaths = () => MAP_DOWNLOADS.map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(mapJson(params.id!, getDataset()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
