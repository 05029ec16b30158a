import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChartFigure } from './frame';
import { maybachTimeline, timelineRows } from './maybach-timeline';
import { chartDataset } from './test-support/chart-fixture';

const data = chartDataset();

describe('timelineRows(data)', () => {
  it('lists the legs in order, the lasting events within the journey, then the dates other sources give', () => {
    expect(timelineRows(data).map((r) => [r.kind, r.label, r.start, r.end])).toEqual([
      ['leg', '1. Rotterdam → Dalian', '2018-06-14', '2018-07-31'],
      ['leg', '2. Dalian → Osaka', '2018-08-26', null],
      ['leg', '3. Osaka → Rotterdam', null, null],
      ['period', 'Held at Dalian', '2018-07-31', '2018-08-26'],
      ['other-date', 'Departure, leg 1, as A newspaper gives it', '2018-06-20', null],
    ]);
  });
});

describe('maybachTimeline figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(maybachTimeline, data)}</body>`);
  const wide = document.querySelector('svg[data-layout="wide"]')!;
  const text = [...wide.querySelectorAll('text')].map((t) => t.textContent);

  it('draws a bar only between two recorded dates, a point where only a departure is recorded, words where none is', () => {
    expect([...wide.querySelectorAll('rect.mark--leg')].map((r) => r.getAttribute('data-tip-title'))).toEqual(['1. Rotterdam → Dalian']);
    expect([...wide.querySelectorAll('circle.mark--leg')].map((r) => r.getAttribute('data-tip-title'))).toEqual(['2. Dalian → Osaka']);
    expect(wide.querySelector('text.mark-missing')?.getAttribute('data-tip-title')).toBe('3. Osaka → Rotterdam');
    expect(text.join(' ')).toContain('no source dates or describes this leg');
    expect(text.join(' ')).toContain('no arrival on record');
  });

  it('shades a lasting event across the lanes and labels it with its length in days', () => {
    expect(wide.querySelector('rect.mark-period')?.getAttribute('data-tip-title')).toBe('Held at Dalian: 26 days');
    expect(text).toContain('Held at Dalian: 26 days');
  });

  it('rings the date another source gives on its leg’s lane', () => {
    const ring = wide.querySelector('circle.mark--other-date');
    expect(ring?.getAttribute('data-tip')).toContain('20 June 2018');
  });
});
