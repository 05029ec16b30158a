/** /data/maps/<id>.csv: the rows each story map draws, with each line's geometry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { MAP_DOWNLOADS, mapCsv } from '../../../maps/extract';
import { getDataset } from '../../../lib/data';

export const getStaticPaths: GetStaticPaths = () => MAP_DOWNLOADS.map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(mapCsv(params.id!, getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
