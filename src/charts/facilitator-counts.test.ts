import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { facilitatorCounts, facilitatorRows } from './facilitator-counts';
import { renderChartFigure } from './frame';
import { chartDataset } from './test-support/chart-fixture';

const data = chartDataset();

describe('facilitatorRows(data)', () => {
  it('gives each counted firm a row per whole, null where no source counts it, then the others without counts', () => {
    expect(facilitatorRows(data).map((r) => [r.facilitator, r.of, r.value, r.whole])).toEqual([
      ['Shipping Co', 'vehicles-total', 5, 10],
      ['Rail Co', 'vehicles-total', 3, 10],
      ['Shipping Co', 'vehicle-shipments', 75, 100],
      ['Rail Co', 'vehicle-shipments', null, 100],
      ['A Vessel', null, null, null],
    ]);
  });
});

describe('facilitatorCounts figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(facilitatorCounts, data)}</body>`);
  const wide = document.querySelector('svg[data-layout="wide"]')!;
  const text = [...wide.querySelectorAll('text')].map((t) => t.textContent);

  it('draws each count against the whole it is part of, labelled "n of total"', () => {
    expect(text).toEqual(expect.arrayContaining(['5 of 10', '3 of 10', '75%']));
    expect(wide.querySelectorAll('rect.mark-track')).toHaveLength(3);
  });

  it('writes "not reported" where a firm has no count for a measure, and draws no bar', () => {
    const missing = wide.querySelector('text[data-tip-title="Rail Co"]');
    expect(missing?.textContent).toBe('not reported');
    expect(document.querySelector('.chart__notes')?.textContent).toContain('Rail Co: no source gives its share of the shipments.');
  });

  it('lists the others by name with the role the sources give them', () => {
    expect(text).toEqual(expect.arrayContaining(['A Vessel (vessel, Togo)', 'Carried the containers from Osaka']));
  });

  it('lists a firm without a count only when it is on no leg of the journey, and points to the route chart for those that are', () => {
    const onRoute = chartDataset();
    onRoute.journeyLegs.find((l) => l.id === 'leg-three')!.parties.push('a-vessel');
    const rows = facilitatorRows(onRoute);
    expect(rows.filter((r) => !r.of)).toEqual([]);
    expect(facilitatorCounts.notes(rows, onRoute).at(-1)).toBe(
      'The 2 firms, ships and airlines on the Maybachs’ route (Shipping Co and A Vessel) are charted leg by leg in the figure of who handled the two cars.',
    );
  });

  it('names the counted firms in its title from the data', () => {
    expect(document.querySelector('.chart__title')?.textContent).toMatch(/^Shipping Co and Rail Co co-signed most/);
  });
});
