/**
 * Each story figure as a PNG at 1× and 2× (/data/charts/<id>.png and <id>@2x.png; in Korean under
 * /ko/), drawn at build time from its standalone SVG (standalone-svg.ts): the file's text is
 * turned into outlines with the site's own font files, as the share cards' is (share-figure.ts,
 * Hangul from Noto KR), and sharp rasterises it as it does the cards, so a PNG looks the same on
 * any build machine, with or without system fonts.
 */
import sharp from 'sharp';
import { shareFigure } from '../markup/share-figure';
import { figureStyles, styleRules } from '../markup/svg-styles';
import { PNG_SCALES, type PngScale } from './png-files';

/** A standalone SVG with every text outlined and its stylesheet written onto the elements, for a rasteriser. */
export function outlinedSvg(svg: string): string {
  const css = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const figure = shareFigure(svg, { rules: styleRules(css), tokens: figureStyles().tokens });
  const { width, height } = figure;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${figure.body}</svg>`;
}

/**
 * An outlined SVG as PNGs at every scale, each `scale` pixels per unit (sharp reads SVG at 72 dpi):
 * drawn once at the largest scale and set down for the smaller ones, as palette PNGs (flat colours
 * and their edges fit 256 colours, at about half the bytes of full colour).
 */
export async function rasterise(outlined: string): Promise<Map<PngScale, Buffer>> {
  const top = Math.max(...PNG_SCALES);
  const { data, info } = await sharp(Buffer.from(outlined), { density: 72 * top })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const files = PNG_SCALES.map(async (scale) => {
    let image = sharp(data, { raw });
    if (scale !== top) image = image.resize(Math.round((info.width * scale) / top), Math.round((info.height * scale) / top));
    return [scale, await image.png({ compressionLevel: 6, palette: true, quality: 100, effort: 1 }).toBuffer()] as const;
  });
  return new Map(await Promise.all(files));
}
