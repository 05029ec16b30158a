/**
 * The figures' PNGs kept between builds in node_modules/.cache/lux-png (beside the Korean font
 * subsets' cache), so a build draws again only the figures that changed. Each set of files is
 * named by a digest of everything that draws it: the standalone SVG itself, the code that outlines
 * and rasterises it, and the lockfile (which pins the font packages and sharp). Any change to one
 * of them gives a new name, so a stale PNG is never served; a cache that cannot be written is
 * only slower.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG_SCALES, type PngScale } from './png-files';

export const PNG_CACHE = join(process.cwd(), 'node_modules', '.cache', 'lux-png');

/** What draws a PNG besides its SVG, read from the project's root. */
export const DRAWING_FILES = [
  'src/figures/figure-png.ts',
  'src/markup/share-figure.ts',
  'src/markup/svg-styles.ts',
  'src/lib/share-image.ts',
  'src/lib/share-korean.ts',
  'package-lock.json',
];

let code: string | undefined;

/** The digest that names a standalone SVG's PNGs. */
export function drawingDigest(svg: string, root = process.cwd()): string {
  // A scratch copy of the project (the editor-error build tests) has no lockfile: a missing file
  // still names the drawing, as missing, instead of failing the build.
  code ??= DRAWING_FILES.map((file) =>
    existsSync(join(root, file))
      ? createHash('sha256')
          .update(readFileSync(join(root, file)))
          .digest('hex')
      : `missing ${file}`,
  ).join('\n');
  return createHash('sha256').update(code).update('\n').update(svg).digest('hex').slice(0, 32);
}

/** The PNGs of a standalone SVG from the cache, or drawn by `draw` and kept there. */
export async function cachedPngs(
  svg: string,
  draw: (svg: string) => Promise<Map<PngScale, Buffer>>,
  dir = PNG_CACHE,
): Promise<Map<PngScale, Buffer>> {
  const digest = drawingDigest(svg);
  const files = PNG_SCALES.map((scale) => [scale, join(dir, `${digest}@${scale}x.png`)] as const);
  if (files.every(([, file]) => existsSync(file))) return new Map(files.map(([scale, file]) => [scale, readFileSync(file)]));
  const drawn = await draw(svg);
  try {
    mkdirSync(dir, { recursive: true });
    for (const [scale, file] of files) writeFileSync(file, drawn.get(scale)!);
  } catch (error) {
    console.warn(`Figure PNGs: could not keep them in ${dir} (${String(error)}); the next build draws them again.`);
  }
  return drawn;
}
