import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { outlinedSvg, rasterise } from './figure-png';
import { pngFiles, pngName } from './png-files';
import { figures } from './registry';
import { standaloneSvg, standaloneWidth } from './standalone-svg';

/** The distinct colours of a PNG's pixels. */
async function colours(png: Buffer): Promise<Set<number>> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += info.channels) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  return seen;
}

describe('the PNGs’ names and addresses', () => {
  it('names the 1× file <id>.png and the 2× file <id>@2x.png, in each language’s folder, with their widths', () => {
    expect(pngName('a-chart', 1)).toBe('a-chart.png');
    expect(pngName('a-chart', 2)).toBe('a-chart@2x.png');
    expect(pngFiles('a-chart', 680, 'ko')).toEqual([
      { scale: 1, name: 'a-chart.png', path: '/ko/data/charts/a-chart.png', width: 680 },
      { scale: 2, name: 'a-chart@2x.png', path: '/ko/data/charts/a-chart@2x.png', width: 1360 },
    ]);
    expect(pngFiles('a-chart', 680)[0].path).toBe('/data/charts/a-chart.png');
  });
});

describe('outlinedSvg(standalone)', () => {
  it('keeps the standalone file’s size and texts as outlines, with no <text>, <style> or class rule left to a renderer', () => {
    for (const lang of ['en', 'ko'] as const) {
      const figure = figures.get('vehicles-by-make')!;
      const svg = standaloneSvg(figure, getDataset(lang), 'https://example.org/chapters/one/');
      const outlined = outlinedSvg(svg);
      expect(outlined).toMatch(new RegExp(`^<svg [^>]*width="${standaloneWidth(figure)}"`));
      expect(outlined, lang).not.toMatch(/<text|<style|<title|var\(/);
      // The title's own colour and the site's paper behind it, written onto the elements.
      expect(outlined).toMatch(/style="[^"]*fill:#/);
      expect(outlined.match(/<path /g)!.length).toBeGreaterThan(20);
    }
  });
});

describe('rasterise(outlined)', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#ffffff"/><rect x="10" y="5" width="20" height="10" fill="#cc0000"/></svg>';

  it('draws 1× at one pixel per unit and 2× at two, as PNGs of the drawing’s colours', async () => {
    const pngs = await rasterise(svg);
    expect([...pngs.keys()]).toEqual([1, 2]);
    for (const [scale, png] of pngs) {
      const meta = await sharp(png).metadata();
      expect(meta.format).toBe('png');
      expect([meta.width, meta.height]).toEqual([40 * scale, 20 * scale]);
      // The drawing's own colours, exactly: a full-colour PNG, not a palette that shifts them.
      const seen = await colours(png);
      expect(seen.has(0xffffff)).toBe(true);
      expect(seen.has(0xcc0000)).toBe(true);
      expect(seen.size).toBeLessThan(40);
    }
  });
});
