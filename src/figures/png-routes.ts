/**
 * The routes of the figures' PNGs (src/pages/data/charts/[file].png.ts and its Korean twin under
 * /ko/): one pair of files per story figure and language, drawn from the same standalone SVG as
 * /data/charts/<id>.svg, with the same credit line. Only the registry's figures have routes.
 */
import { getDataset } from '../lib/data';
import { localePath, type Lang } from '../lib/i18n/langs';
import { siteUrl } from '../markup/embed';
import { figureHome, figureHomes } from '../site/figure-homes';
import { outlinedSvg, rasterise } from './figure-png';
import { pngFiles, type PngScale } from './png-files';
import { cachedPngs } from './png-cache';
import { figures } from './registry';
import { standaloneFile, standaloneWidth } from './standalone-svg';

// A type, not an interface: Astro's route props need an index signature, which only a type alias satisfies.
export type PngProps = {
  id: string;
  scale: PngScale;
  /** The page that places the figure, for the credit line. */
  url: string;
};

const drawn = new Map<string, Promise<Map<PngScale, Buffer>>>();

/** A figure's PNGs in a language, drawn (or taken from the cache) once per build; fails naming an unknown id. */
export function figurePngs(id: string, lang: Lang, url: string): Promise<Map<PngScale, Buffer>> {
  const figure = figures.get(id);
  if (!figure) throw new Error(`Figure PNG: no story figure "${id}" in src/figures/registry.ts.`);
  const key = `${lang}:${id}`;
  let pngs = drawn.get(key);
  if (!pngs) {
    pngs = cachedPngs(standaloneFile(figure, getDataset(lang), url), async (svg) => rasterise(outlinedSvg(svg)));
    // Its route awaits it (and reports a failure); meanwhile the figures are drawn side by side.
    pngs.catch(() => undefined);
    drawn.set(key, pngs);
  }
  return pngs;
}

/** The static paths of a language's PNGs: "<id>" and "<id>@2x" for each figure of the registry. */
export async function pngPaths(lang: Lang): Promise<{ params: { file: string }; props: PngProps }[]> {
  const homes = await figureHomes();
  return [...figures.values()].flatMap((figure) => {
    const url = siteUrl(localePath(lang, figureHome(homes, figure.id).path));
    return pngFiles(figure.id, standaloneWidth(figure), lang).map((file) => ({
      params: { file: file.name.replace(/\.png$/, '') },
      props: { id: figure.id, scale: file.scale, url },
    }));
  });
}

/** Starts drawing every path's PNGs, so that sharp draws them side by side while the build goes on. */
export function startDrawing(paths: { props: PngProps }[], lang: Lang): void {
  for (const { props } of paths) void figurePngs(props.id, lang, props.url);
}

/** One PNG as the route's response. */
export async function pngResponse(lang: Lang, props: PngProps): Promise<Response> {
  const png = (await figurePngs(props.id, lang, props.url)).get(props.scale)!;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
