/** /ko/data/charts/<id>.png and <id>@2x.png: every story figure as a PNG in Korean, 1× and 2×, drawn from its Korean standalone SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pngPaths, pngResponse, startDrawing, type PngProps } from '../../../../figures/png-routes';

export const getStaticPaths = (async () => {
  const paths = await pngPaths('ko');
  startDrawing(paths, 'ko');
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => pngResponse('ko', props as PngProps);
