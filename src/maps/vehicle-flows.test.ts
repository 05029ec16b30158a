import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { mapFixture } from './test-support/fixture';
import { compareSvgSnapshot } from '../lib/testing/svg-snapshot';
import { flowViews } from './flow-model';
import { flowWidth } from './flow-lines';
import { renderFigure } from '../figures';
import { VEHICLE_FLOWS, vehicleFlowSvgs } from './vehicle-flows';
import { textWidth } from './sea/text-width';

const data = getDataset();
const { document } = parseHTML(`<!doctype html><html><body>${renderFigure(VEHICLE_FLOWS, data)}</body></html>`);
const figure = document.querySelector('#figure-vehicle-flows')!;
const layouts = [...figure.querySelectorAll('svg.map-svg')];
const drawnFlows = data.vehicleFlows.filter((f) => f.layer !== 'co-signer');
const lineWidth = (svg: Element, id: string) =>
  Number(svg.querySelector(`.flows [data-flow="${id}"] .flow__line`)?.getAttribute('stroke-width'));

describe('flowWidth(data)', () => {
  const widthOf = flowWidth(data);

  it('scales widths by the square root of the vehicles, so area reads as quantity', () => {
    expect(widthOf(537) / widthOf(256)).toBeCloseTo(Math.sqrt(537 / 256), 1);
    expect(widthOf(803)).toBe(24);
  });

  it('draws a route without a count as a hairline, whatever the scale', () => {
    expect(widthOf(null)).toBe(1.5);
    expect(widthOf(1)).toBeGreaterThanOrEqual(1.5);
  });
});

describe('flowViews(data)', () => {
  const views = Object.fromEntries(flowViews(data).map((v) => [v.flow.id, v]));

  it('says how precise each flow is', () => {
    expect(views['flow-germany-russia'].precision).toBe('Route named, no count');
    expect(views['flow-germany-russia'].quantity).toBe('No count given');
    expect(views['flow-russia-north-korea-russian-makes'].precision).toBe('Reported count');
    expect(views['flow-russia-north-korea-unattributed'].precision).toBe('Derived count');
  });

  it('gives a share with the whole it is a share of', () => {
    expect(views['flow-russia-north-korea-tk-vostok-a'].share).toEqual({ value: '84%', of: 'the 82 shipments', noun: 'shipments' });
  });
});

describe('the vehicle-flows map', () => {
  it('is one Tab stop per drawing: its first mark takes Tab, arrow keys reach the others', () => {
    for (const svg of layouts) {
      expect(svg.querySelectorAll('[tabindex="0"]').length).toBe(1);
      expect(svg.querySelectorAll('[tabindex="-1"]').length).toBeGreaterThan(1);
    }
  });

  it('draws each origin and make flow once per layout, focusable, with its group and precision', () => {
    for (const svg of layouts) {
      const ids = [...svg.querySelectorAll('.flows g.flow[data-flow]')].map((g) => g.getAttribute('data-flow'));
      expect(ids.sort()).toEqual(drawnFlows.map((f) => f.id).sort());
      for (const flow of drawnFlows) {
        const mark = svg.querySelector(`.flows [data-flow="${flow.id}"]`)!;
        expect(mark.getAttribute('class')).toContain(`flow--${flow.group} flow--${flow.precision}`);
        expect(['0', '-1']).toContain(mark.getAttribute('tabindex')); // focusable: one Tab stop per drawing, arrows for the rest
      }
    }
  });

  it('draws the widest flows first in each panel, so the thin ones stay on top and reachable', () => {
    for (const group of figure.querySelectorAll('svg.map-svg .panel .flows')) {
      const widths = [...group.querySelectorAll('.flow__line')].map((p) => Number(p.getAttribute('stroke-width')));
      expect(widths).toEqual([...widths].sort((a, b) => b - a));
    }
    const ribbon = figure.querySelector('svg.map-svg--wide .panel--detail .flows')!;
    expect(ribbon.querySelectorAll('.flow__line').length).toBeGreaterThan(2);
  });

  it('sizes counted flows by vehicles and leaves routes named without a count at a hairline', () => {
    const widthOf = flowWidth(data);
    for (const flow of drawnFlows) expect(lineWidth(layouts[0], flow.id), flow.id).toBe(widthOf(flow.vehicles));
    for (const flow of drawnFlows.filter((f) => f.vehicles === null)) {
      expect(layouts[0].querySelector(`[data-flow="${flow.id}"]`)?.getAttribute('class')).toContain('flow--named');
    }
  });

  it('lists the co-signers beside the flows instead of drawing them as extra vehicles', () => {
    const cosigners = data.vehicleFlows.filter((f) => f.layer === 'co-signer');
    for (const svg of layouts) {
      expect(svg.querySelectorAll('.flows [data-flow]').length).toBe(drawnFlows.length);
      const listed = [...svg.querySelectorAll('.cosigners [data-flow]')];
      expect(listed.map((g) => g.getAttribute('data-flow')).sort()).toEqual(cosigners.map((f) => f.id).sort());
      expect(svg.querySelector('.cosigners')?.textContent).toContain('Counted by CIPS Supply Management only');
    }
    const tk = layouts[0].querySelector('[data-flow="flow-russia-north-korea-tk-vostok-a"]')!;
    expect(tk.textContent).toContain('TK Vostok-A: 233 vehicles, 84% of shipments');
  });

  it('puts a labelled, focusable point on every country a flow starts or ends in', () => {
    const ends = new Set(data.vehicleFlows.flatMap((f) => [f.from, f.to]));
    for (const svg of layouts) {
      const nodes = [...svg.querySelectorAll('g.place[tabindex]')].map((g) => g.getAttribute('data-place'));
      expect(nodes.sort()).toEqual([...ends].sort());
    }
    const russia = layouts[0].querySelector('g.place[tabindex][data-place="russia"]')!;
    expect(russia.getAttribute('data-tip-title')).toBe('Russia (Far East)');
  });

  it('gives each flow a tooltip with its route, count or lack of one, confidence and sources', () => {
    const tip = (id: string) => `${layouts[0].querySelector(`[data-flow="${id}"]`)?.getAttribute('data-tip')}`;
    expect(tip('flow-germany-russia')).toContain('No count given, 2015–2017 (route named, no count)');
    expect(tip('flow-netherlands-russia')).toContain('No count given (route named, no count)');
    expect(tip('flow-russia-north-korea-japanese-makes')).toContain('256 vehicles, 2015–2017 (reported count)');
    expect(tip('flow-russia-north-korea-japanese-makes')).toContain('Makes: Lexus, Toyota, Nissan, Mitsubishi');
    expect(tip('flow-netherlands-russia')).toContain('Through China, Japan, South Korea on the way, order not given');
    expect(tip('flow-russia-north-korea-unattributed')).toContain('derived count: our remainder');
  });

  it('has one table row per flow, grouped by layer, each saying how precise it is', () => {
    const rows = [...figure.querySelectorAll('table.map__table tbody tr[data-flow]')];
    expect(rows.map((r) => r.getAttribute('data-flow')).sort()).toEqual(data.vehicleFlows.map((f) => f.id).sort());
    expect(figure.querySelectorAll('table.map__table tr.map__table-group').length).toBe(3);
    const row = (id: string) => rows.find((r) => r.getAttribute('data-flow') === id)!.textContent!;
    expect(row('flow-thailand-russia')).toContain('Route named, no count.');
    expect(row('flow-russia-north-korea-unattributed')).toContain('Derived count. 803 vehicles in all minus the 793');
  });

  it('weighs under 60 KB gzipped, both layouts and the table together', () => {
    expect(gzipSync(renderFigure(VEHICLE_FLOWS, data)).length).toBeLessThan(60 * 1024);
  });

  it('renders another data set with the flows it has', () => {
    const small = mapFixture();
    const { document: doc } = parseHTML(`<body>${renderFigure(VEHICLE_FLOWS, small)}</body>`);
    const drawn = small.vehicleFlows.filter((f) => f.layer !== 'co-signer').length;
    expect(doc.querySelectorAll('svg.map-svg--wide .flows g.flow').length).toBe(drawn);
  });

  it('matches the stored SVG snapshot, drawn from the test fixture so an edit to data/ cannot change it', () => {
    const result = compareSvgSnapshot(import.meta.dirname, 'vehicle-flows', vehicleFlowSvgs(mapFixture()).join(''));
    expect(result.pass, result.message).toBe(true);
  });
});

describe('the co-signers box (a fixture with two co-signers of 537 and 233 vehicles)', () => {
  const base = mapFixture();
  const [template] = base.vehicleFlows.filter((f) => f.layer === 'co-signer');
  const two = {
    ...base,
    vehicleFlows: [
      ...base.vehicleFlows.filter((f) => f.layer !== 'co-signer'),
      { ...template, id: 'flow-big', vehicles: 537 },
      { ...template, id: 'flow-small', vehicles: 233 },
    ],
  };
  const svgs = vehicleFlowSvgs(two).map((svg) => parseHTML(`<body>${svg}</body>`).document);

  it('draws each swatch as long as its count is large: 537 against 233', () => {
    for (const doc of svgs) {
      const length = (id: string) => {
        const d = doc.querySelector(`.cosigner[data-flow="${id}"] .flow__line`)!.getAttribute('d')!;
        const [x1, , x2] = d.match(/-?[\d.]+/g)!.map(Number);
        return x2 - x1;
      };
      expect(length('flow-big') / length('flow-small')).toBeCloseTo(537 / 233, 1);
    }
  });

  it('is as wide as its longest measured line, in both layouts, and no wider than its panel', () => {
    for (const doc of svgs) {
      const box = doc.querySelector('rect.cosigners__box')!;
      const right = Number(box.getAttribute('x')) + Number(box.getAttribute('width'));
      for (const t of doc.querySelectorAll('.cosigner__label tspan'))
        expect(Number(t.getAttribute('x')) + textWidth(t.textContent!, 11.5)).toBeLessThanOrEqual(right);
      expect(right).toBeLessThanOrEqual(Number(doc.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]));
    }
  });
});
