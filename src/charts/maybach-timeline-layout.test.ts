import { describe, expect, it } from 'vitest';
import { BAR, lanes, lanesTop, LINE, periodLabels, textWidth, timelineDomain, toDate } from './maybach-timeline-layout';
import { timelineRows, type TimelineRow } from './maybach-timeline-rows';
import { chartDataset } from './test-support/chart-fixture';

const rows = timelineRows(chartDataset());
const periods = rows.filter((r) => r.kind === 'period');

// A linear x scale over the timeline's domain, as Plot draws it, for placing labels by hand.
function scale(width: number): (d: Date) => number {
  const [min, max] = timelineDomain(rows).map(Number);
  return (d) => 6 + ((Number(d) - min) / (max - min)) * (width - 12);
}

describe('timelineDomain(rows)', () => {
  it('spans every recorded date with four days either side', () => {
    const [min, max] = timelineDomain(rows);
    expect(min.toISOString().slice(0, 10)).toBe('2018-06-10');
    expect(max.toISOString().slice(0, 10)).toBe('2018-08-30');
  });
});

describe('periodLabels(periods, x, width, wide)', () => {
  it('starts a label at its period where it fits', () => {
    const [label] = periodLabels(periods, scale(720), 720, true);
    expect(label.anchor).toBe('start');
    expect(label.date).toEqual(toDate(periods[0].start!));
    expect(label.lines).toEqual([{ text: 'Held at Dalian: 26 days', y: LINE - 3 }]);
  });

  it('ends it at the period’s end where it would run off the right edge', () => {
    const width = 300;
    const x = scale(width);
    const [label] = periodLabels(periods, x, width, false);
    expect(x(toDate(periods[0].start!)) + textWidth('Held at Dalian: 26 days')).toBeGreaterThan(width);
    expect(label.anchor).toBe('end');
    expect(label.date!.toISOString().slice(0, 10)).toBe('2018-08-27');
  });

  it('holds it at the right edge when it fits neither way, at the left when wider than the drawing, one under another', () => {
    // With its length, 41 characters: about 293 units, more than the room either side of the period.
    const long = { ...periods[0], label: 'A period whose label runs longer' };
    const longer = { ...periods[0], label: `${long.label} and then longer still` };
    const labels = periodLabels([periods[0], long, longer], scale(300), 300, true);
    expect(labels.map((l) => l.anchor)).toEqual(['end', 'right', 'left']);
    expect(labels[1].date).toBeNull();
    expect(labels[1].lines[0].y).toBe(labels[0].lines[0].y + LINE);
  });
});

describe('lanes(rows, top, width, wide)', () => {
  it('stacks one lane per leg, leaving a gap above the bar for another source’s date', () => {
    const { lanes: placed, bottom } = lanes(rows, 40, 720, true);
    expect(placed.map((l) => [l.row.label, l.index, l.labelY])).toEqual([
      ['1. Rotterdam → Dalian', 0, 40],
      ['2. Dalian → Osaka', 1, placed[0].barY + BAR + 14],
      ['3. Osaka → Rotterdam', 2, placed[1].barY + BAR + 14],
    ]);
    // Leg 1 has a ring for another date: 12 units above its bar instead of 3.
    expect(placed[0].barY - placed[0].labelY - placed[0].text.length * LINE).toBe(12);
    expect(placed[1].barY - placed[1].labelY - placed[1].text.length * LINE).toBe(3);
    expect(bottom).toBe(placed[2].barY + BAR + 14);
  });

  it('puts the label, carrier and status on lines of their own in the narrow drawing', () => {
    const [first] = lanes(rows, 0, 300, false).lanes;
    expect(first.text[0]).toBe('1. Rotterdam → Dalian');
    expect(first.text.length).toBeGreaterThanOrEqual(3);
  });
});

describe('lanesTop(periods, labels)', () => {
  it('leaves room for two lines of period labels, and more when the labels need it', () => {
    const one = periodLabels(periods, scale(720), 720, true);
    expect(lanesTop(1, one)).toBe(2 * LINE + 12);
    const many: TimelineRow[] = [periods[0], periods[0], periods[0]];
    expect(lanesTop(3, periodLabels(many, scale(720), 720, true))).toBe(3 * LINE + 12 + LINE);
  });
});
