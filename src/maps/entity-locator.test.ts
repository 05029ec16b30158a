import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mapFixture } from './test-support/fixture';
import { frame, locatorMap } from './entity-locator';
import { boxesOverlap, segmentHitsBox } from './sea/labels';
import { textWidth } from './sea/text-width';
import { buildProfile } from '../lib/entity-pages/profile';

const data = mapFixture();
const svgOf = (id: string) => parseHTML(`<body>${locatorMap(data, buildProfile(data, id))}</body>`).document;

describe('frame(points)', () => {
  it('pads a box around the points and never frames less than a region', () => {
    const [west, south, east, north] = frame([[129, 35]]);
    expect(east - west).toBeCloseTo(16);
    expect(north - south).toBeCloseTo(9);
    const wide = frame([
      [4, 52],
      [121, 39],
    ]);
    expect(wide[0]).toBeLessThan(4);
    expect(wide[2]).toBeGreaterThan(121);
  });
});

describe('locatorMap(data, profile)', () => {
  it('draws land, the entity’s own leg darker than the others, and labels every place it shows', () => {
    const doc = svgOf('dalian');
    const svg = doc.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('Dalian');
    expect(doc.querySelectorAll('.locator__land').length).toBeGreaterThan(3);
    expect(doc.querySelectorAll('.locator__leg--own').length).toBe(2);
    // Each place is named on the map, or numbered there and named in the caption's key.
    const caption = doc.querySelector('figcaption')!.textContent!;
    const texts = [...doc.querySelectorAll('.locator__place text')].map((t) => t.textContent!);
    ['Dalian', 'Rotterdam', 'Osaka'].forEach((name, i) => {
      if (texts[i] !== name) expect(caption).toContain(`${texts[i]}: ${name}`);
    });
    expect(doc.querySelector('.locator__place--self text')!.textContent).toBe('Dalian');
  });

  it('marks legs that are not documented as uncertain, and credits its data', () => {
    const doc = svgOf('osaka');
    expect(doc.querySelector('.locator__leg--uncertain')).not.toBeNull();
    expect(doc.querySelector('figcaption')!.textContent).toContain('not the ships’ own tracks');
    expect(doc.querySelector('figcaption a[href="/sources/#ports-db"]')).not.toBeNull();
  });

  it('draws nothing for an entity without places', () => {
    expect(locatorMap(data, buildProfile(data, 'uaz'))).toBe('');
  });

  it('keeps every coordinate inside the picture, so nothing far away is drawn', () => {
    const doc = svgOf('dalian');
    const [, , width, height] = doc.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    for (const c of doc.querySelectorAll('circle')) {
      expect(Number(c.getAttribute('cx'))).toBeGreaterThanOrEqual(0);
      expect(Number(c.getAttribute('cx'))).toBeLessThanOrEqual(width);
      expect(Number(c.getAttribute('cy'))).toBeLessThanOrEqual(height);
    }
    // The frame now reaches the Indian Ocean for the lane: still far under the maps' 60 KB gzip budget.
    expect(gzipSync(locatorMap(data, buildProfile(data, 'dalian'))).length).toBeLessThan(30 * 1024);
  });
});

describe('the locator’s labels', () => {
  it('never overlap each other, a place mark or a drawn leg, measured as drawn on a phone', () => {
    for (const id of ['dalian', 'osaka', 'rotterdam', 'china']) {
      const doc = svgOf(id);
      const boxes = [...doc.querySelectorAll('.locator__place text')]
        .filter((t) => t.textContent)
        .map((t) => {
          const x = Number(t.getAttribute('x'));
          const y = Number(t.getAttribute('y'));
          return { x, y: y - 0.97 * 20, width: textWidth(t.textContent!, 20), height: 1.21 * 20 };
        });
      boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(boxesOverlap(a, b), `${id}: labels ${i} and ${j}`).toBe(false)));
      for (const leg of doc.querySelectorAll('path.locator__leg')) {
        const points = (leg.getAttribute('d')!.match(/-?[\d.]+,-?[\d.]+/g) ?? []).map((p) => p.split(',').map(Number) as [number, number]);
        for (const box of boxes)
          for (let k = 1; k < points.length; k++)
            expect(segmentHitsBox(points[k - 1], points[k], box), `${id}: a leg through a label`).toBe(false);
      }
    }
  });
});

describe('the locator’s legs and countries', () => {
  it('draws a sea leg along its lane, far south of the straight line, names its countries and hatches North Korea', () => {
    const doc = svgOf('china');
    const sea = doc.querySelector('path.locator__leg[data-leg="leg-one"]')!;
    expect(sea.getAttribute('data-mode')).toBe('sea');
    expect((sea.getAttribute('d')!.match(/L/g) ?? []).length).toBeGreaterThan(50);
    expect([...doc.querySelectorAll('.locator__country')].map((t) => t.textContent)).toContain('China');
    const hatch = doc.querySelector('path.locator__hatch')!;
    expect(doc.querySelector(`pattern#${hatch.getAttribute('fill')!.replace(/^url\(#(.*)\)$/, '$1')}`)).not.toBeNull();
    expect(doc.querySelector('figcaption')!.textContent).toContain('Sea legs follow the shipping lanes');
  });
});
