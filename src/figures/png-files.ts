/**
 * The names and addresses of the figures' PNGs (drawn by figure-png.ts), kept apart from the
 * drawing code so the markup that links them loads no rasteriser.
 */
import { localePath, type Lang } from '../lib/i18n/langs';

/** The scales each figure is drawn at, 1× (one pixel per SVG unit) first. */
export const PNG_SCALES = [1, 2] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** A figure's PNG file name at a scale: "<id>.png" at 1×, "<id>@2x.png" at 2×. */
export const pngName = (id: string, scale: PngScale): string => (scale === 1 ? `${id}.png` : `${id}@${scale}x.png`);

export interface PngFile {
  scale: PngScale;
  /** Site path, per language: /data/charts/<id>.png, /ko/data/charts/<id>@2x.png. */
  path: string;
  name: string;
  /** Width in pixels: the standalone file's width times the scale. */
  width: number;
}

/** A figure's PNG files in a language, 1× first, for a standalone file `width` units wide. */
export function pngFiles(id: string, width: number, lang: Lang = 'en'): PngFile[] {
  return PNG_SCALES.map((scale) => {
    const name = pngName(id, scale);
    return { scale, name, path: localePath(lang, `/data/charts/${name}`), width: width * scale };
  });
}
