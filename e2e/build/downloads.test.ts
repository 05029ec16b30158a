// Every story figure can be taken away whole, in each language: its standalone SVG and PNGs at 1×
// and 2× of it, linked under the figure and on its embed page. A PNG is the SVG's whole page
// (title, notes, sources and credit), drawn on the light paper with dark text, and only the
// registry's figures have files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { figures } from '../../src/figures/registry';
import { builtHtml, DIST, pagesWithFigure } from '../support/dist';

const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
const langs = [
  { lang: 'en', folder: '' },
  { lang: 'ko', folder: '/ko' },
] as const;
const ids = [...figures.keys()];
const pngNames = (id: string) => [`${id}.png`, `${id}@2x.png`];

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function ihdr(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The distinct colours of a PNG, the colour of its top-left corner and its darkest pixel's luminance. */
async function pixels(bytes: Buffer): Promise<{ colours: number; corner: number[]; darkest: number }> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const seen = new Set<number>();
  let darkest = 255;
  for (let i = 0; i < data.length; i += info.channels) {
    seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    darkest = Math.min(darkest, 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]);
  }
  return { colours: seen.size, corner: [data[0], data[1], data[2]], darkest };
}

/** The download links of a page's element, by their href (without the base path). */
function downloads(html: string, selector: string): Map<string, string> {
  const scope = parseHTML(html).document.querySelector(selector);
  expect(scope, selector).not.toBeNull();
  const links = [...scope!.querySelectorAll('a[download]')];
  return new Map(links.map((a) => [a.getAttribute('href')!.slice(base.length), a.textContent ?? '']));
}

describe('figure downloads', () => {
  for (const { lang, folder } of langs) {
    it(`${lang}: writes PNG files for the registry’s figures and for nothing else`, () => {
      const built = readdirSync(join(DIST, folder, 'data/charts')).filter((f) => f.endsWith('.png'));
      expect(built.sort()).toEqual(ids.flatMap(pngNames).sort());
    });

    for (const id of ids) {
      it(`${lang} ${id}: PNGs at 1× and 2× of the standalone SVG, drawn on paper with dark text`, async () => {
        const svg = readFileSync(join(DIST, folder, `data/charts/${id}.svg`), 'utf8');
        const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
        for (const [scale, name] of pngNames(id).entries()) {
          const bytes = readFileSync(join(DIST, folder, 'data/charts', name));
          expect(ihdr(bytes), name).toEqual({ width: width * (scale + 1), height: height * (scale + 1) });
          const { colours, corner, darkest } = await pixels(bytes);
          // Marks, text and their anti-aliased edges: far more than a blank or one-colour image.
          expect(colours, name).toBeGreaterThan(200);
          expect(Math.min(...corner), `${name}: light paper behind the figure`).toBeGreaterThan(230);
          expect(darkest, `${name}: dark text`).toBeLessThan(60);
        }
      });

      it(`${lang} ${id}: links its SVG and both PNGs, with their widths, under the figure and on its embed page`, () => {
        const svg = readFileSync(join(DIST, folder, `data/charts/${id}.svg`), 'utf8');
        const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)![1]);
        const expected = [`${folder}/data/charts/${id}.svg`, ...pngNames(id).map((n) => `${folder}/data/charts/${n}`)];
        const pages = pagesWithFigure(id).filter((p) => (lang === 'ko') === p.startsWith('/ko/') && !p.includes('/embed/'));
        expect(pages.length, `a ${lang} page places ${id}`).toBeGreaterThan(0);
        const sources = [
          downloads(builtHtml(pages[0]), `figure#figure-${id} .figure-share`),
          downloads(builtHtml(`${folder}/embed/${id}/`), '.embed .embed__downloads'),
        ];
        for (const links of sources) {
          expect([...links.keys()]).toEqual(expected);
          for (const href of links.keys()) expect(existsSync(join(DIST, href)), href).toBe(true);
          const [px1, px2] = [width, width * 2].map((w) => w.toLocaleString('en-US'));
          expect([...links.values()].slice(1)).toEqual(
            lang === 'ko' ? [`PNG, ${px1}픽셀`, `PNG, ${px2}픽셀`] : [`PNG, ${px1} px`, `PNG, ${px2} px`],
          );
        }
      });
    }
  }

  it('draws the Korean PNGs from the Korean files: each differs from its English twin', () => {
    for (const id of ids) {
      const [en, ko] = langs.map(({ folder }) => readFileSync(join(DIST, folder, `data/charts/${id}.png`)));
      expect(en.equals(ko), id).toBe(false);
    }
  });
});
