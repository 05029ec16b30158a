import { describe, expect, it, vi } from 'vitest';
import { figures } from './registry';

// The figures' homes come from the chapters (astro:content, only inside Astro's build).
vi.mock('../site/figure-homes', () => ({
  figureHomes: async () => new Map(),
  figureHome: (_: unknown, id: string) => ({ path: `/#figure-${id}`, label: 'Lux & Loaded' }),
}));
const { figurePngs, pngPaths } = await import('./png-routes');

describe('the PNG routes', () => {
  it('give every figure of the registry a 1× and a 2× file in each language, and nothing else', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const paths = await pngPaths(lang);
      expect(paths.map((p) => p.params.file).sort()).toEqual([...figures.keys()].flatMap((id) => [id, `${id}@2x`]).sort());
      expect(paths.find((p) => p.params.file.endsWith('@2x'))!.props.scale).toBe(2);
      expect(paths[0].props.url).toMatch(lang === 'ko' ? /\/ko\/#figure-/ : /\/#figure-/);
    }
  });

  it('draw no file for an id the registry does not know', () => {
    expect(() => figurePngs('no-such-figure', 'en', 'https://example.org/')).toThrow(/no story figure "no-such-figure"/);
  });
});
