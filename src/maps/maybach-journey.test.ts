import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { mapFixture } from './test-support/fixture';
import { compareSvgSnapshot } from '../lib/testing/svg-snapshot';
import { legViews } from './journey-model';
import { renderFigure } from '../figures';
import { journeySvgs, MAYBACH_JOURNEY } from './maybach-journey';
import { regionProjection, type Rect, type Region } from './projection';
import { pathPolylines } from './test-support/svg-geometry';

const data = getDataset();
const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
const { document } = parseHTML(`<!doctype html><html><body>${renderFigure(MAYBACH_JOURNEY, data)}</body></html>`);
const figure = document.querySelector('#figure-maybach-journey')!;
const layouts = [...figure.querySelectorAll('svg.map-svg')];
const tip = (el: Element | null) => `${el?.getAttribute('data-tip-title')}\n${el?.getAttribute('data-tip')}`;

describe('the Maybach journey map', () => {
  it('is one Tab stop per drawing: its first mark takes Tab, arrow keys reach the others', () => {
    for (const svg of layouts) {
      expect(svg.querySelectorAll('[tabindex="0"]').length).toBe(1);
      expect(svg.querySelectorAll('[tabindex="-1"]').length).toBeGreaterThan(1);
    }
  });

  it('draws a wide and a narrow layout, each labelled by the figure’s title', () => {
    expect(layouts.map((svg) => svg.getAttribute('class'))).toEqual(['map-svg map-svg--wide', 'map-svg map-svg--narrow']);
    for (const svg of layouts) expect(svg.getAttribute('aria-labelledby')).toBe('maybach-journey-title');
  });

  it('draws every leg once per layout, focusable, styled by its mode and evidence', () => {
    for (const svg of layouts) {
      const drawn = [...svg.querySelectorAll('g.flow[data-flow]')];
      expect(drawn.map((g) => g.getAttribute('data-flow')).sort()).toEqual(legs.map((l) => l.id).sort());
      for (const leg of legs) {
        const mark = svg.querySelector(`g.flow[data-flow="${leg.id}"]`)!;
        expect(mark.getAttribute('class')).toBe(`flow flow--${leg.mode} flow--${leg.evidence}`);
        expect(['0', '-1']).toContain(mark.getAttribute('tabindex')); // focusable: one Tab stop per drawing, arrows for the rest
        expect(mark.querySelector('.flow__head')).not.toBeNull();
        expect(mark.querySelector('.flow__badge text')?.textContent).toBe(String(leg.order));
      }
    }
  });

  it('shapes each badge by mode, so mode does not rest on colour alone', () => {
    const shapes = { sea: 'circle', air: 'square', unknown: 'diamond' };
    for (const leg of legs) {
      const badge = layouts[0].querySelector(`[data-flow="${leg.id}"] .flow__badge`)!;
      expect(badge.getAttribute('class')).toContain(`flow__badge--${shapes[leg.mode]}`);
    }
  });

  it('gives each leg a tooltip with its route, dates, carrier, evidence and sources from the data', () => {
    const [first] = legs;
    const text = tip(layouts[0].querySelector(`[data-flow="${first.id}"]`));
    expect(text).toContain('Leg 1: Rotterdam → Dalian');
    expect(text).toContain('14 June 2018');
    expect(text).toContain('20 June 2018'); // the other departure date a source gives
    expect(text).toContain('China COSCO Shipping');
    expect(text).toContain('Evidence: documented');
    expect(text).toContain('Sources: ');
  });

  it('says where a leg has no dates or only a scheduled arrival, instead of inventing one', () => {
    const undated = legs.find((l) => !l.depart && !l.arrive)!;
    expect(tip(layouts[0].querySelector(`[data-flow="${undated.id}"]`))).toContain('No dates: no source describes this leg');
    const scheduled = legs.find((l) => l.arrive?.basis === 'scheduled')!;
    expect(tip(layouts[0].querySelector(`[data-flow="${scheduled.id}"]`))).toContain('no arrival logged');
  });

  it('draws every place of the journey as a labelled, focusable point once per layout', () => {
    const ids = new Set(legs.flatMap((l) => [l.from, l.to]));
    for (const svg of layouts) {
      const interactive = [...svg.querySelectorAll('g.place[tabindex]')].map((g) => g.getAttribute('data-place'));
      expect(interactive.sort()).toEqual([...ids].sort());
      for (const g of svg.querySelectorAll('g.place[tabindex]')) {
        expect(g.querySelector('.place__label')?.textContent).toBeTruthy();
        expect(g.getAttribute('data-tip')).toContain('Location: ');
      }
    }
  });

  it('marks North Korea by a hatch as well as a colour, in every layout', () => {
    for (const svg of layouts) {
      expect(svg.querySelectorAll('path.land--destination').length).toBeGreaterThan(0);
      const hatch = svg.querySelector('path.land__hatch')!;
      const pattern = hatch.getAttribute('fill')!.replace(/^url\(#(.*)\)$/, '$1');
      expect(svg.querySelector(`pattern#${pattern}`)).not.toBeNull();
    }
  });

  it('lists every leg in the route table, in order, with its evidence and linked sources', () => {
    const rows = [...figure.querySelectorAll('table.map__table tbody tr[data-flow]')];
    expect(rows.map((r) => r.getAttribute('data-flow'))).toEqual(legs.map((l) => l.id));
    rows.forEach((row, i) => {
      expect(row.textContent).toContain(legs[i].evidenceNote);
      expect(row.querySelectorAll('a[href*="/sources/#"]').length).toBe(new Set(legs[i].sources).size);
    });
  });

  it('renders the step bar and the cards, an opening card then one per leg, each headed by its label', () => {
    const control = figure.querySelector('[data-steps-control]')!;
    expect(control.querySelectorAll('button[type="button"]').length).toBe(2);
    expect(control.querySelector('[data-step="prev"]')?.getAttribute('aria-disabled')).toBe('true');
    const cards = [...figure.querySelectorAll('[data-steps-cards] > [data-step-card]')];
    expect(cards.map((c) => c.getAttribute('data-step-card'))).toEqual(['', ...legs.map((l) => l.id)]);
    expect(cards[0].getAttribute('class')).toContain('is-current');
    expect(cards.slice(1).some((c) => c.getAttribute('class')!.includes('is-current'))).toBe(false);
    const second = `Leg 2 of ${legs.length}: ${legViews(data)[1].route}`;
    expect(cards[2].getAttribute('data-step-label')).toBe(second);
    expect(cards[2].querySelector('.map-steps__label')?.textContent).toBe(second);
    expect(cards[0].querySelector('.map-steps__how')?.textContent).toContain('Escape');
  });

  it('puts the route table behind the toggle the chart tables use', () => {
    const table = figure.querySelector('.chart__table.map__route .chart__table-body table.map__table');
    expect(table).not.toBeNull();
    expect(figure.querySelector('.map__route .chart__toggle input[type="checkbox"]')?.hasAttribute('checked')).toBe(false);
  });

  it('credits the boundaries and the coordinate datasets in its source line', () => {
    const credits = figure.querySelector('.chart__source')!.textContent!;
    expect(credits).toContain('Natural Earth');
    expect(credits).toContain('OpenFlights');
  });

  it('weighs under 60 KB gzipped, both layouts and the table together', () => {
    const figureHtml = renderFigure(MAYBACH_JOURNEY, data);
    expect(gzipSync(figureHtml).length).toBeLessThan(60 * 1024);
  });

  it('renders a smaller data set too, with legs only where the data has them', () => {
    const small = mapFixture();
    const { document: doc } = parseHTML(`<body>${renderFigure(MAYBACH_JOURNEY, small)}</body>`);
    expect(doc.querySelectorAll('svg.map-svg--wide g.flow').length).toBe(small.journeyLegs.length);
  });

  it('matches the stored SVG snapshot, drawn from the test fixture so an edit to data/ cannot change it', () => {
    const result = compareSvgSnapshot(import.meta.dirname, 'maybach-journey', journeySvgs(mapFixture()).join(''));
    expect(result.pass, result.message).toBe(true);
  });
});

describe('the Rotterdam → Dalian sea leg in the wide map (fixture)', () => {
  it('runs along its lane with many points, through Suez and far south of Dalian, in the Indian Ocean', () => {
    const [wide] = journeySvgs(mapFixture()).map((svg) => parseHTML(`<body>${svg}</body>`).document);
    const panel = wide.querySelector('g.panel--overview')!;
    const projection = regionProjection(
      panel.getAttribute('data-rect')!.split(',').map(Number) as Rect,
      panel.getAttribute('data-region')!.split(',').map(Number) as Region,
    );
    const [line] = pathPolylines(panel.querySelector('[data-flow="leg-one"] .flow__line')!.getAttribute('d')!);
    const lonLat = line.map((p) => projection.invert!(p)!);
    expect(line.length).toBeGreaterThan(200);
    expect(Math.min(...lonLat.map((p) => p[1]))).toBeLessThan(10);
    expect(lonLat.some(([lon, lat]) => lon > 32 && lon < 33 && lat > 29.5 && lat < 31.5)).toBe(true);
  });
});
