/** Every data file as /data/<name>.json and /data/<name>.csv, exactly the bytes the data room describes, and their checksums. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/data';
import { checksums, roomDatasets } from '../../lib/data-room/downloads';

export const getStaticPaths = (() => {
  const datasets = roomDatasets(getDataset());
  return [
    ...datasets.flatMap((d) => [
      { params: { file: d.json.name }, props: { text: d.json.text, type: 'application/json; charset=utf-8' } },
      { params: { file: d.csv.name }, props: { text: d.csv.text, type: 'text/csv; charset=utf-8' } },
    ]),
    { params: { file: 'SHA256SUMS' }, props: { text: checksums(datasets), type: 'text/plain; charset=utf-8' } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': props.type as string } });
