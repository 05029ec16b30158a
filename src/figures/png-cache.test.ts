import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PngScale } from './png-files';
import { cachedPngs, drawingDigest } from './png-cache';

describe('the figure PNG cache', () => {
  it('names a drawing by its SVG: the same SVG the same name, another SVG another', () => {
    expect(drawingDigest('<svg>a</svg>')).toBe(drawingDigest('<svg>a</svg>'));
    expect(drawingDigest('<svg>a</svg>')).not.toBe(drawingDigest('<svg>b</svg>'));
  });

  it('draws an SVG once and takes it from the cache afterwards; a changed SVG is drawn again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lux-png-'));
    const drawn: string[] = [];
    const draw = async (svg: string) => {
      drawn.push(svg);
      return new Map<PngScale, Buffer>([
        [1, Buffer.from(`${svg} 1x`)],
        [2, Buffer.from(`${svg} 2x`)],
      ]);
    };
    const first = await cachedPngs('<svg>a</svg>', draw, dir);
    const again = await cachedPngs('<svg>a</svg>', draw, dir);
    expect(drawn).toEqual(['<svg>a</svg>']);
    expect(again.get(2)!.toString()).toBe(first.get(2)!.toString());
    expect(readdirSync(dir)).toHaveLength(2);
    await cachedPngs('<svg>b</svg>', draw, dir);
    expect(drawn).toEqual(['<svg>a</svg>', '<svg>b</svg>']);
    expect(readdirSync(dir)).toHaveLength(4);
  });
});
