import { describe, expect, it } from 'vitest';
import { chartDataset } from './test-support/chart-fixture';
import { resolutionRows } from './un-ban-timeline';
import { AXIS_HEIGHT, blockBody, columns, endOf, LINE, resolutionBlocks, startOf, trackYears } from './un-ban-timeline-layout';

const rows = resolutionRows(chartDataset());

describe('blockBody(row, chars)', () => {
  it('bullets the items, indents their continued lines and ends with the note on completeness', () => {
    const row = { ...rows[1], items: ['Jewellery with pearls and precious stones'] };
    expect(blockBody(row, 25)).toEqual([
      { text: '• Jewellery with pearls', muted: false, indent: false },
      { text: 'and precious stones', muted: false, indent: true },
      { text: '(items the sources name;', muted: false, indent: false },
      { text: 'not the full list)', muted: false, indent: false },
    ]);
  });

  it('says in muted words that a resolution added nothing, or that what it added is unknown', () => {
    expect(blockBody(rows[0], 80)).toEqual([
      { text: 'added no items: each state was to define luxury goods itself', muted: true, indent: false },
    ]);
    expect(blockBody(rows[3], 80)).toEqual([{ text: 'what it added, if anything, is unknown', muted: true, indent: false }]);
  });
});

describe('resolutionBlocks(rows, chars, wide)', () => {
  it('stacks one block per resolution below the axis, the mark on the heading’s line when wide', () => {
    const { blocks, height } = resolutionBlocks(rows, 80, true);
    expect(blocks.map((b) => [b.row.resolution, b.index])).toEqual([
      [1718, 0],
      [2094, 1],
      [2321, 2],
      [2356, 3],
    ]);
    const [first, second] = blocks;
    expect(first.lines[0]).toEqual({
      text: 'Resolution 1718 · 14 October 2006',
      y: AXIS_HEIGHT + 8,
      weight: 600,
      muted: false,
      indent: false,
    });
    expect(first.markY).toBe(first.lines[0].y + LINE / 2);
    expect(second.lines[0].y).toBe(first.lines[first.lines.length - 1].y + LINE + 10);
    const last = blocks[blocks.length - 1];
    expect(height).toBe(last.lines[last.lines.length - 1].y + LINE + 10);
  });

  it('gives the mark a line of its own above the heading when narrow, and says when the day is not known', () => {
    const { blocks } = resolutionBlocks(rows, 30, false);
    expect(blocks[0].lines[0].y).toBe(blocks[0].markY + LINE / 2);
    expect(blocks[2].lines[0].text).toBe('Resolution 2321 · 2016, day not known');
  });
});

describe('trackYears(rows, step)', () => {
  it('runs from 1 January of the first year to 1 January after the last, a tick every step years', () => {
    const { domain, ticks } = trackYears(rows, 4);
    expect(domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2006-01-01', '2018-01-01']);
    expect(ticks.map((d) => d.getUTCFullYear())).toEqual([2006, 2010, 2014, 2018]);
  });
});

describe('dates and columns', () => {
  it('runs a year-only adoption from its first to its last moment', () => {
    expect(startOf('2016').toISOString()).toBe('2016-01-01T00:00:00.000Z');
    expect(endOf('2016').toISOString()).toBe('2016-12-31T23:59:59.000Z');
    expect(startOf('2016-03').toISOString()).toBe('2016-03-01T00:00:00.000Z');
  });

  it('puts the words right of the track when wide, under it when narrow', () => {
    expect(columns(720, true)).toMatchObject({ trackRight: 259, textX: 283 });
    expect(columns(300, false)).toMatchObject({ trackRight: 282, textX: 0 });
  });
});
