import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { fixtureDataset } from '../lib/data/test-support/dataset';
import { buildProfile } from '../lib/entity-pages/profile';
import { ENTITY_LOCATOR, entityLocator } from './locator';
import { figureIds, figures } from './registry';
import { renderFigure } from './render';

// The story figures need every record they name, so they read the live data; the locator, a fixture.
const data = getDataset();

describe('figures registry', () => {
  it('lists every chart and map once, under the id its frame carries', () => {
    expect(figureIds('chart')).toEqual([
      'estimate-vs-reported',
      'imports-by-country',
      'vehicles-by-make',
      'facilitator-counts',
      'maybach-timeline',
      'un-ban-timeline',
      'luxury-imports-from-china',
      'ninety-countries',
      'maybach-handlers',
    ]);
    expect(figureIds('map')).toEqual(['maybach-journey', 'vehicle-flows']);
    for (const [id, figure] of figures) {
      expect(figure.id).toBe(id);
      const doc = parseHTML(`<body>${renderFigure(id, data)}</body>`).document;
      expect(doc.querySelector('figure')?.id).toBe(`figure-${id}`);
    }
  });

  it('draws each figure at each of its widths, as the SVG its frame shows', () => {
    for (const figure of figures.values()) {
      const framed = figure.frame(data);
      for (const width of figure.widths) expect(framed).toContain(figure.draw(data, width));
      expect(() => figure.draw(data, 1)).toThrow(/not 1/);
    }
  });

  it('gives every figure the title, dek and alt text its frame prints', () => {
    for (const figure of figures.values()) {
      const texts = figure.texts(data);
      const doc = parseHTML(`<body>${figure.frame(data)}</body>`).document;
      expect(doc.querySelector('.chart__title')?.textContent).toBe(texts.title);
      expect(doc.querySelector('.chart__dek')?.textContent).toBe(texts.dek);
      expect(doc.querySelector(`#${figure.id}-alt`)?.textContent).toBe(texts.alt);
      expect(figure.rows(data).length).toBeGreaterThan(0);
    }
  });

  it('renderFigure(id) names the known figures when the id is unknown', () => {
    expect(() => renderFigure('no-such-chart', data)).toThrow(/No figure has the id "no-such-chart"\. Known figures: estimate-vs-reported/);
  });
});

describe('renderFigure(ENTITY_LOCATOR, { data, profile })', () => {
  it('frames the locator map around the SVG its draw function returns', () => {
    const fixture = fixtureDataset();
    const input = { data: fixture, profile: buildProfile(fixture, 'dalian') };
    const framed = renderFigure(ENTITY_LOCATOR, input);
    expect(framed.startsWith(entityLocator.draw(input, 640))).toBe(true);
    expect(framed).toContain('<figcaption class="locator__caption">');
    expect(entityLocator.rows(input).map((p) => p.id)).toContain('dalian');
    expect(entityLocator.texts(input).alt).toMatch(/^Map of .*Dalian/);
  });
});
