import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../lib/data/test-support/dataset';
import { frame, locatorMap, placeLabels } from './entity-locator';
import { buildProfile } from '../lib/entity-pages/profile';

const data = fixtureDataset();
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
    expect(doc.querySelector('figcaption')!.textContent).toContain('not the routes the ships or aircraft took');
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
    expect(locatorMap(data, buildProfile(data, 'dalian')).length).toBeLessThan(40_000);
  });
});

describe('placeLabels(points, width, height)', () => {
  it('puts labels right of their points, and moves one that would overlap or run off the map', () => {
    const labels = placeLabels(
      [
        { x: 100, y: 100, label: 'Vladivostok airport' },
        { x: 96, y: 108, label: 'Vladivostok' },
        { x: 630, y: 200, label: 'Busan' },
      ],
      640,
      300,
    );
    expect(labels[0]).toEqual({ tx: 108, ty: 106, anchor: 'start', text: 'Vladivostok airport' });
    expect(labels[1].text).toBe('Vladivostok');
    expect([labels[1].anchor, labels[1].ty]).not.toEqual(['start', 114]);
    expect(labels[2]).toEqual({ tx: 622, ty: 206, anchor: 'end', text: 'Busan' });
  });

  it('numbers a point whose name fits nowhere, for the caption to name', () => {
    const crowd = ['Dalian', 'Busan', 'Osaka', 'Nakhodka'].map((label, i) => ({ x: 600 + i * 4, y: 20 + i * 3, label }));
    const labels = placeLabels(crowd, 640, 60);
    const numbered = labels.filter((l) => l.key);
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered.map((l) => l.text)).toEqual(numbered.map((_, i) => String(i + 1)));
    expect(labels[0].text).toBe('Dalian');
  });
});
