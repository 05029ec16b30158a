// The label and legend rules in Korean, on the drawn SVG, for every map and in both languages: no
// label box overlaps another, a route or a place mark; the co-signers box holds its lines; no sea
// leg crosses land; each story map stays within 60 KB gzip. Korean is measured from Noto Sans KR.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import opentype from 'opentype.js';
import type { Topology } from 'topojson-specification';
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { renderFigure } from '../figures';
import { getDataset, type Dataset } from '../lib/data';
import { buildProfile } from '../lib/entity-pages/profile';
import { fitLocator, locatorMap } from './entity-locator';
import { MAYBACH_JOURNEY } from './maybach-journey';
import { regionProjection, type Rect, type Region } from './projection';
import { landIndex, screenLandCrossings } from './sea/land';
import { KOREAN_FONT_FILES, textWidth } from './sea/text-width';
import { VEHICLE_FLOWS } from './vehicle-flows';
import { inKorean } from './test-support/korean';
import { cosignerOverflows, labelProblems } from './test-support/label-check';
import { pathPolylines } from './test-support/svg-geometry';

const english = getDataset();
const korean = inKorean(getDataset('ko'));
const LANGS: [string, Dataset][] = [
  ['en', english],
  ['ko', korean],
];
const numbers = (v: string | null) => (v ?? '').split(',').map(Number);
const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('textWidth in Korean', () => {
  it('measures Hangul from Noto Sans KR, read independently here: 부산 is two advances of the font', () => {
    const buffer = readFileSync(createRequire(import.meta.url).resolve(KOREAN_FONT_FILES[400]));
    const font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    const advance = (ch: string) => (font.charToGlyph(ch).advanceWidth! / font.unitsPerEm) * 12.5;
    expect(textWidth('부산', 12.5)).toBeCloseTo(advance('부') + advance('산'), 6);
    expect(textWidth('부산', 12.5)).toBeGreaterThan(20);
  });

  it('never measures a Latin letter inside Korean text narrower than Inter draws it', () => {
    expect(textWidth('TK 보스토크-A', 11.5)).toBeGreaterThanOrEqual(textWidth('TK -A', 11.5) + textWidth('보스토크', 11.5));
  });

  it('gives a sign Inter lacks the Korean font’s advance where that is wider: an arrow is a full em', () => {
    expect(textWidth('→부산', 10)).toBeCloseTo(10 + 2 * 9.2, 6);
    expect(textWidth('→', 10)).toBeCloseTo(7.7, 6); // outside Korean text: the wide fallback, as before
  });
});

/** The panels of the story maps and the entity locator maps a language draws, with what drew them. */
function drawnMaps(data: Dataset): { where: string; root: Element; projection: ReturnType<typeof regionProjection> }[] {
  const story = [MAYBACH_JOURNEY, VEHICLE_FLOWS].flatMap((id) =>
    [...body(renderFigure(id, data)).querySelectorAll('svg.map-svg g.panel[data-rect]')].map((g) => ({
      where: `${id} ${g.closest('svg')!.getAttribute('class')} ${g.getAttribute('class')}`,
      root: g,
      projection: regionProjection(numbers(g.getAttribute('data-rect')) as Rect, numbers(g.getAttribute('data-region')) as Region),
    })),
  );
  const entities = [
    ...data.places.map((p) => p.id),
    'china',
    'russia',
    'south-korea',
    'japan',
    'dn5505',
    'china-cosco-shipping',
    'air-koryo',
  ];
  const locators = entities.flatMap((id) => {
    const svg = body(locatorMap(data, buildProfile(data, id))).querySelector('svg.locator__svg');
    return svg
      ? [
          {
            where: `locator ${id}`,
            root: svg,
            projection: fitLocator(numbers(svg.getAttribute('data-box')) as [number, number, number, number]).projection,
          },
        ]
      : [];
  });
  return [...story, ...locators];
}

const land = landIndex(land50 as unknown as Topology);

describe.each(LANGS)('the maps drawn in %s', (lang, data) => {
  const maps = drawnMaps(data);

  it('have labels to check in every panel and locator, in the language drawn', () => {
    expect(maps.length).toBeGreaterThan(10);
    for (const m of maps) expect(m.root.querySelector('.place__label, .locator__place text')?.textContent, m.where).toBeTruthy();
    const sample = maps[0].root.querySelector('.place__label')!.textContent!;
    expect(/[\uAC00-\uD7A3]/.test(sample)).toBe(lang === 'ko');
  });

  it('have no two label boxes overlapping, and no route or place mark inside a label box', () => {
    expect(maps.flatMap((m) => labelProblems(m.root, `${lang} ${m.where}`))).toEqual([]);
  });

  it('keep every line of the co-signers box inside it', () => {
    const boxes = maps.flatMap((m) => [...m.root.querySelectorAll('g.cosigners')]);
    expect(boxes.length).toBe(2);
    expect(boxes.flatMap(cosignerOverflows)).toEqual([]);
  });

  it('draw no sea leg across land', () => {
    const paths = maps.flatMap((m) =>
      [...m.root.querySelectorAll('g.flow--sea path.flow__line, path.locator__leg[data-mode="sea"]')].map((p) => ({
        m,
        d: p.getAttribute('d')!,
      })),
    );
    expect(paths.length).toBeGreaterThan(10);
    const onLand = paths.filter(({ m, d }) => pathPolylines(d).some((line) => screenLandCrossings(land, m.projection, line).length > 0));
    expect(onLand.map(({ m }) => m.where)).toEqual([]);
  }, 120_000); // every sea path of every Korean map against the land polygons: slow on busy cores

  it.each([MAYBACH_JOURNEY, VEHICLE_FLOWS])('weigh at most 60 KB gzip: %s', (id) => {
    const markup = renderFigure(id, data);
    const gzipped = gzipSync(markup, { level: 9 }).length;
    console.info(`${id} (${lang}): ${(markup.length / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzip`);
    expect(gzipped).toBeLessThanOrEqual(60 * 1024);
  });
});
