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
 * An outlined SVG as PNGs at every scale, each `scale` pixels per unit (sharp reads SVG at 72 dpi),
 * each drawn at its own size so its text is as sharp as it can be, in full colour: a palette PNG
 * is about half the bytes but takes ten times as long to make, and shifts colours slightly.
 */
export async function rasterise(outlined: string): Promise<Map<PngScale, Buffer>> {
  const svg = Buffer.from(outlined);
  const files = PNG_SCALES.map(
    async (scale) =>
      [
        scale,
        await sharp(svg, { density: 72 * scale })
          .removeAlpha()
          .png({ compressionLevel: 6 })
          .toBuffer(),
      ] as const,
  );
  return new Map(await Promise.all(files));
}
