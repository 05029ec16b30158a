// Build tests for the maps: each one is in a built page as inline SVG with its route table, weighs
// at most 60 KB gzipped in that page, and the page ships no d3 and little script; no sea leg drawn
// in any map crosses land; no label drawn overlaps another label, a route or a place mark; legend
// text stays inside its box. Every check runs over every page, English and Korean (/ko/); Korean
// text is measured from Noto Sans KR (src/maps/sea/text-width.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import type { Topology } from 'topojson-specification';
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import type { GeoProjection } from 'd3';
import { fitLocator } from '../../src/maps/entity-locator';
import { regionProjection, type Rect, type Region } from '../../src/maps/projection';
import { COAST_TOLERANCE_KM, landIndex, PORT_APPROACH_KM, screenLandCrossings } from '../../src/maps/sea/land';
import { densify, type LonLat } from '../../src/maps/sea/geo';
import { cosignerOverflows, drawnLabels, labelProblems } from '../../src/maps/test-support/label-check';
import { pathPolylines } from '../../src/maps/test-support/svg-geometry';
import { builtHtml, builtPages, pagesWithFigure, pageScripts } from '../support/dist';
import { scratchCopy } from '../support/scratch';

const data = getDataset();
const MAPS = ['maybach-journey', 'vehicle-flows'];
const BUDGET = 60 * 1024;

/** The figure's markup exactly as the page serves it. */
function figureMarkup(html: string, id: string): string {
  const start = html.indexOf(`<figure class="map" id="figure-${id}"`);
  const end = html.indexOf('</figure>', start);
  if (start < 0 || end < 0) throw new Error(`No figure "${id}" in the page.`);
  return html.slice(start, end + '</figure>'.length);
}

describe.each(MAPS)('the %s map in dist/', (id) => {
  const pages = pagesWithFigure(id);
  const [page] = pages;

  it('is placed in an English page and in its Korean counterpart under /ko/', () => {
    expect(page, `a chapter places ::map{id="${id}"}`).toBeDefined();
    expect(pages.filter((p) => !p.startsWith('/ko/')).length).toBeGreaterThan(0);
    expect(
      pages.filter((p) => p.startsWith('/ko/')),
      'a Korean chapter places the map too',
    ).toEqual(pages.filter((p) => !p.startsWith('/ko/')).map((p) => `/ko${p}`));
  });

  it('weighs at most 60 KB gzipped in every page that places it, in both languages', () => {
    for (const p of pages) {
      const markup = figureMarkup(builtHtml(p), id);
      const gzipped = gzipSync(markup, { level: 9 }).length;
      console.info(`${id}: ${(markup.length / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzip in ${p}`);
      expect(gzipped, p).toBeLessThanOrEqual(BUDGET);
    }
  });

  it('is titled and labelled in Korean on Korean pages', () => {
    for (const p of pages.filter((q) => q.startsWith('/ko/'))) {
      const figure = parseHTML(builtHtml(p)).document.querySelector(`#figure-${id}`)!;
      expect(figure.querySelector('.chart__title')?.textContent, p).toMatch(/[\uAC00-\uD7A3]/);
      expect(figure.querySelector('.panel__caption')?.textContent, p).toMatch(/[\uAC00-\uD7A3]/);
    }
  });

  it('holds both layouts as inline SVG, the route table and the legend, readable without script', () => {
    const { document } = parseHTML(builtHtml(page));
    const figure = document.querySelector(`#figure-${id}`)!;
    expect(figure.querySelectorAll('svg.map-svg--wide, svg.map-svg--narrow').length).toBe(2);
    const rows = figure.querySelectorAll('table.map__table tbody tr[data-flow]').length;
    expect(rows).toBe(id === 'maybach-journey' ? data.journeyLegs.length : data.vehicleFlows.length);
    expect(figure.querySelector('.map__legend .legend__group')).not.toBeNull();
    // Steps are a list that reads without script; only the bar waits for it (CSS `scripting`).
    for (const steps of figure.querySelectorAll('[data-steps-control], [data-steps-cards]'))
      expect(steps.hasAttribute('hidden')).toBe(false);
  });
});

describe('the client script of a page with maps', () => {
  it('ships no d3 and stays within the 10 KB gzip budget', () => {
    const [page] = pagesWithFigure('maybach-journey');
    const code = pageScripts(builtHtml(page)).join('\n');
    expect(code).toContain('lux-flow-map');
    expect(code).not.toMatch(/geoPath|scaleSqrt|d3-geo|@observablehq/);
    expect(gzipSync(code).length).toBeLessThan(10 * 1024);
  });
});

describe('an editor’s mistake in data/vehicle-flows.json', () => {
  it('fails the build, naming the file, the record, the field and the nearest valid id', async () => {
    const scratch = scratchCopy();
    try {
      const file = join(scratch.dir, 'data/vehicle-flows.json');
      const flows = JSON.parse(readFileSync(file, 'utf8'));
      flows[0].from = 'germny';
      flows[4].vehicles = 900;
      writeFileSync(file, JSON.stringify(flows, null, 2));
      const { status, output } = await scratch.build();
      expect(status).not.toBe(0);
      expect(output).toContain(
        `data/vehicle-flows.json, record "${flows[0].id}", field "from": unknown id "germny". Did you mean "germany"?`,
      );
      expect(output).toMatch(new RegExp(`record "${flows[4].id}", field "vehicles": 900 is larger than the whole it is part of`));
    } finally {
      scratch.remove();
    }
  }, 60_000);
});

type Point = [number, number];
const land = landIndex(land50 as unknown as Topology);
const numbers = (value: string | null) => (value ?? '').split(',').map(Number);
const pagesWithMaps = builtPages().filter((p) => /class="map-svg|class="locator__svg/.test(builtHtml(p)));

interface Drawn {
  page: string;
  where: string;
  projection: GeoProjection;
  root: Element;
}

/** Every panel of a story map and every locator map in a page, with the projection that drew it. */
function drawnMaps(page: string): Drawn[] {
  const { document } = parseHTML(builtHtml(page));
  const panels = [...document.querySelectorAll('svg.map-svg g.panel[data-rect]')].map((g) => ({
    page,
    where: `${g.closest('svg')!.getAttribute('class')} ${g.getAttribute('class')}`,
    projection: regionProjection(numbers(g.getAttribute('data-rect')) as Rect, numbers(g.getAttribute('data-region')) as Region),
    root: g,
  }));
  const locators = [...document.querySelectorAll('svg.locator__svg[data-box]')].map((svg) => ({
    page,
    where: 'locator',
    projection: fitLocator(numbers(svg.getAttribute('data-box')) as [number, number, number, number]).projection,
    root: svg,
  }));
  return [...panels, ...locators];
}

const SEA_PATHS = 'g.flow--sea path.flow__line, path.locator__leg[data-mode="sea"]';

/** The land crossings of one drawn path, each subpath inverted through the map's projection. */
function crossings(projection: GeoProjection, d: string) {
  return pathPolylines(d).flatMap((line) => screenLandCrossings(land, projection, line));
}

describe(`no sea leg crosses land, in any map in dist/ (coast tolerance ${COAST_TOLERANCE_KM} km, port approach ${PORT_APPROACH_KM} km, the Suez Canal open)`, () => {
  const maps = pagesWithMaps.flatMap(drawnMaps);

  it('finds the sea legs of the chapter maps and the locator maps to check', () => {
    const seaPaths = maps.flatMap((m) => [...m.root.querySelectorAll(SEA_PATHS)]);
    const pages = new Set(maps.filter((m) => m.root.querySelector(SEA_PATHS)).map((m) => m.page));
    console.info(`land check: ${seaPaths.length} sea paths in ${pages.size} pages`);
    expect(pagesWithFigure('maybach-journey').every((p) => pages.has(p))).toBe(true);
    expect([...pages].some((p) => p.startsWith('/places/'))).toBe(true);
  });

  it('samples every drawn sea path every 10 km, inverts it and finds it at sea', () => {
    const failures = maps.flatMap((m) =>
      [...m.root.querySelectorAll(SEA_PATHS)].flatMap((path) => {
        const found = crossings(m.projection, path.getAttribute('d')!);
        const leg = path.closest('[data-flow]')?.getAttribute('data-flow') ?? path.getAttribute('data-leg');
        return found.length
          ? [`${m.page} ${m.where} ${leg}: ${found.length} samples on land, first at ${found[0].at.map((v) => v.toFixed(2))}`]
          : [];
      }),
    );
    expect(failures).toEqual([]);
  }, 180_000); // every sea path of every map, sampled: 40–70 s on two busy cores

  it('would catch a great-circle Rotterdam → Dalian drawn in the wide Maybach map', () => {
    const wide = maps.find((m) => m.where.includes('map-svg--wide') && m.root.querySelector('[data-flow="leg-rotterdam-dalian"]'))!;
    const arc = densify(
      [
        [4.48, 51.9],
        [121.6, 38.9],
      ] as LonLat[],
      40,
    ).map((p) => wide.projection(p) as Point);
    const d = `M${arc.map((p) => p.join(',')).join('L')}`;
    expect(crossings(wide.projection, d).length).toBeGreaterThan(100);
  });
});

describe('labels in every map in dist/ keep off each other, the routes and the place marks', () => {
  const maps = pagesWithMaps.flatMap(drawnMaps);

  it('has labels to check in every map', () => {
    const counted = maps.map((m) => drawnLabels(m.root).labels.length);
    console.info(`label check: ${counted.reduce((a, b) => a + b, 0)} labels in ${maps.length} panels and locators`);
    expect(counted.every((n) => n > 0)).toBe(true);
  });

  it('finds no two label boxes overlapping, and no route or mark inside a label box', () => {
    expect(maps.flatMap((m) => labelProblems(m.root, `${m.page} ${m.where}`))).toEqual([]);
  });

  it('keeps every line of the co-signers box inside the box, in every page and language', () => {
    const pages = pagesWithFigure('vehicle-flows');
    const boxes = pages.flatMap((page) => [...parseHTML(builtHtml(page)).document.querySelectorAll('#figure-vehicle-flows g.cosigners')]);
    expect(boxes.length).toBe(2 * pages.length);
    expect(boxes.flatMap(cosignerOverflows)).toEqual([]);
  });
});
