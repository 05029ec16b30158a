import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/data';
import { renderChartFigure } from './frame';
import { handlerRows, maybachHandlers } from './maybach-handlers';
import { chartDataset } from './test-support/chart-fixture';

/** The chart fixture with one role tied to a leg and put in dispute. */
function dataset(): Dataset {
  const data = chartDataset();
  const vessel = data.facilitators.find((f) => f.id === 'a-vessel')!;
  vessel.roles[0].legs = ['leg-two'];
  vessel.roles[0].dispute = 'Which ship';
  vessel.disputed = [
    {
      about: 'Which ship',
      detail: 'One paper names another ship.',
      sources: ['paper'],
      ko: { about: '어느 배', detail: '다른 배를 지목한 신문이 있다.' },
    },
  ];
  data.journeyLegs.find((l) => l.id === 'leg-two')!.parties = ['a-vessel'];
  return data;
}

describe('handlerRows(data)', () => {
  it('gives one row per role on each leg, in leg order, then one per leg whose carrier no source names', () => {
    expect(handlerRows(dataset()).map((r) => [r.legOrder, r.facilitator, r.role, r.status])).toEqual([
      [1, 'Shipping Co', 'Named as the carrier on this leg', 'documented'],
      [2, 'A Vessel', 'Carried the containers from Osaka', 'disputed'],
      [2, 'Carrier not named', 'No source names the ship or aircraft.', 'not-known'],
      [3, 'Carrier not named', 'No source names the ship or aircraft.', 'not-known'],
    ]);
  });

  it('fails naming the file, record and field when a role names a leg the firm is not on', () => {
    const data = dataset();
    data.journeyLegs.find((l) => l.id === 'leg-two')!.parties = [];
    expect(() => handlerRows(data)).toThrow(/data\/facilitators.json → a-vessel → roles\[0\].legs names "leg-two"/);
  });

  it('fails when a role points at a dispute the firm does not have', () => {
    const data = dataset();
    data.facilitators.find((f) => f.id === 'a-vessel')!.roles[0].dispute = 'Its owner';
    expect(() => handlerRows(data)).toThrow(/roles\[0\].dispute is "Its owner"/);
  });
});

describe('maybachHandlers figure', () => {
  const data = dataset();
  const { document } = parseHTML(`<body>${renderChartFigure(maybachHandlers, data)}</body>`);

  it('counts who is named, by kind, and the legs with no one, in its title', () => {
    expect(document.querySelector('.chart__title')?.textContent).toBe(
      'The sources name one firm and one ship on the Maybachs’ route; on the leg from Osaka to Rotterdam they name no one',
    );
  });

  it.each(['wide', 'narrow'])('draws a disputed role as a dotted circle with the dispute on hover (%s)', (layout) => {
    const svg = document.querySelector(`svg[data-layout="${layout}"]`)!;
    const disputed = svg.querySelector('circle.mark--disputed');
    expect(disputed?.getAttribute('data-tip-title')).toBe('A Vessel');
    expect(disputed?.getAttribute('data-tip')).toContain('In dispute, which ship: One paper names another ship.');
    expect(svg.querySelectorAll('rect.mark--leg')).toHaveLength(1);
    expect(svg.querySelectorAll('rect.mark-track')).toHaveLength(2);
  });

  it('lists the dispute in the table and the notes', () => {
    const cells = [...document.querySelectorAll('.chart__table td')].map((td) => td.textContent);
    expect(cells).toContain('Which ship: One paper names another ship.');
    expect(document.querySelector('.chart__notes')?.textContent).toContain('A Vessel, which ship: One paper names another ship.');
  });
});
