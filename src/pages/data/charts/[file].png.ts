/** /data/charts/<id>.png and <id>@2x.png: every story figure as a PNG, 1× and 2×, beside its standalone SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pngPaths, pngResponse, startDrawing, type PngProps } from '../../../figures/png-routes';

export const getStaticPaths = (async () => {
  const paths = await pngPaths('en');
  startDrawing(paths, 'en');
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => pngResponse('en', props as PngProps);
