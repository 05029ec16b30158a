import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../lib/format';
import { renderChartFigure, renderChartSvg, resolveText } from './frame';
import { NARROW_WIDTH } from './layout';
import { anchorInside, lineRuns, resolutionMarks, valueLabels } from './luxury-imports-from-china-layout';
import { importRows, luxuryImportsFromChina } from './luxury-imports-from-china';
import { importsFinding } from './luxury-imports-from-china-rows';
import { chartDataset } from './test-support/chart-fixture';
import { valueLabelSpans } from './test-support/label-spans';

const data = chartDataset();
const rows = importRows(data);
const imports = rows.filter((r) => r.kind === 'imports');

describe('importRows(data)', () => {
  it('has one row per record, with the record’s series, period and value, by series then year', () => {
    expect(imports).toHaveLength(data.chinaLuxuryImports.length);
    for (const record of data.chinaLuxuryImports) {
      const row = imports.find((r) => r.id === record.id)!;
      expect([row.series, row.year, row.periodStart, row.periodEnd, row.partialYear, row.value]).toEqual([
        record.series,
        record.year,
        record.period.start,
        record.period.end,
        record.partialYear,
        record.value,
      ]);
    }
    expect(imports.map((r) => r.id)).toEqual([
      'imports-2015',
      'imports-2016',
      'imports-2017',
      'imports-2018',
      'imports-2019-h1',
      'imports-2019',
      'imports-2020',
      'imports-2021',
      'imports-2022',
      'ministry-2018',
      'ministry-2020',
    ]);
  });

  it('keeps a year no source gives as null, printed "no value", never filled in', () => {
    const gap = imports.find((r) => r.id === 'imports-2019')!;
    expect(gap.value).toBeNull();
    expect(gap.display).toBe('no value');
  });

  it('adds the resolutions adopted within the series’ years, and only those', () => {
    expect(rows.filter((r) => r.kind === 'resolution').map((r) => [r.resolution, r.periodStart])).toEqual([
      [2321, '2016'],
      [2356, '2017'],
    ]);
  });
});

describe('lineRuns(rows, series)', () => {
  it('joins only values of consecutive years: a null or missing year starts a new run', () => {
    const lawmakers = lineRuns(rows, 'seoul-list-lawmakers').map((p) => [p.year, p.run]);
    expect(lawmakers).toEqual([
      [2015, 1],
      [2016, 1],
      [2017, 1],
      [2018, 1],
      [2020, 2],
      [2021, 2],
      [2022, 2],
    ]);
    // The ministry gives 2018 and 2020 but nothing for 2019: two lone points, nothing to join.
    expect(lineRuns(rows, 'seoul-list-unification-ministry')).toEqual([]);
  });

  it('never joins a part year to the line', () => {
    expect(lineRuns(rows, 'seoul-list-lawmakers').some((p) => p.partialYear)).toBe(false);
  });
});

describe('the title', () => {
  it('states the peak, the low after it and the latest value, printed from the records', () => {
    const { peak, low, latest } = importsFinding(rows);
    expect([peak?.id, low?.id, latest?.id]).toEqual(['imports-2016', 'imports-2021', 'imports-2022']);
    expect(resolveText(luxuryImportsFromChina.title, rows, data)).toBe(
      `North Korea’s luxury imports from China peaked at ${formatValue(700_000_000, 'usd')} in 2016 and fell to ${formatValue(5_000_000, 'usd')} in 2021; in 2022 they were ${formatValue(30_000_000, 'usd')}`,
    );
  });

  it('says nothing of a rise when the latest value is the low', () => {
    const falling = rows.filter((r) => r.id !== 'imports-2022');
    expect(resolveText(luxuryImportsFromChina.title, falling, data)).toMatch(/fell to \$5m in 2021$/);
  });
});

describe('the figure', () => {
  const { document } = parseHTML(`<body>${renderChartFigure(luxuryImportsFromChina, data)}</body>`);
  const wide = document.querySelector('svg[data-layout="wide"]')!;
  const notes = [...document.querySelectorAll('.chart__notes li')].map((li) => li.textContent ?? '');

  it('draws a point per full-year value, a ring per part year and a cross where a year has no value', () => {
    const titles = (selector: string) => [...wide.querySelectorAll(selector)].map((el) => el.getAttribute('data-tip-title'));
    expect(titles('.mark--lawmakers:not(.mark--partial)')).toHaveLength(7);
    expect(titles('.mark--ministry')).toEqual(['Unification Ministry, 2018', 'Unification Ministry, 2020']);
    expect(titles('.mark--partial')).toEqual(['Lawmakers’ series, January–June 2019']);
    expect(titles('.mark-missing-year')).toEqual(['Lawmakers’ series, 2019']);
  });

  it('draws one line path per run: two for the lawmakers, none for the ministry’s lone points', () => {
    expect(wide.querySelectorAll('path.mark-line--lawmakers')).toHaveLength(2);
    expect(wide.querySelectorAll('path.mark-line--ministry')).toHaveLength(0);
  });

  it('marks the break and the resolutions, and names them in the notes once', () => {
    expect(wide.querySelectorAll('.mark-break')).toHaveLength(1);
    expect(wide.querySelectorAll('.mark-resolution-band')).toHaveLength(2);
    expect(notes.filter((n) => n.includes('2019'))).toEqual([
      'Lawmakers’ series: no source gives a full-year value for 2019, so the line breaks there; rings are values for part of a year ($50m in January–June 2019), not joined to the line or comparable with whole years.',
    ]);
    expect(notes).toContain('From 2020 (dashed rule): A new compilation.');
    expect(notes).toContain('Resolutions 1718 and 2094, adopted outside these years, are not marked.');
  });

  it('keeps every value label inside the narrow drawing', () => {
    const spans = valueLabelSpans(renderChartSvg(luxuryImportsFromChina, rows, 'narrow'));
    expect(spans.map((l) => l.text)).toEqual(['$700m', '$5m', '$30m']);
    for (const l of spans) {
      expect(l.left, l.text).toBeGreaterThanOrEqual(0);
      expect(l.right, l.text).toBeLessThanOrEqual(NARROW_WIDTH);
    }
  });
});

describe('placing labels', () => {
  // x scales as the chart draws them, the narrow over the real series' years (2008–2024) to show
  // how crowded 300 units get; and a dollar scale onto 240 units.
  const scale = (from: number, to: number, width: number) => (d: Date) =>
    54 + ((Number(d) - Date.UTC(from, 0, 1)) / (Date.UTC(to, 0, 1) - Date.UTC(from, 0, 1))) * (width - 68);
  const narrow = scale(2008, 2025, NARROW_WIDTH);
  const wideX = scale(2015, 2023, 720);
  const y = (v: number) => 240 - (v / 800_000_000) * 200;

  it('anchors a label at an edge it would cross, and centres it elsewhere', () => {
    expect(anchorInside(290, 40, 300)).toBe('end');
    expect(anchorInside(10, 40, 300)).toBe('start');
    expect(anchorInside(150, 40, 300)).toBe('middle');
  });

  it('lifts a label over the points under it and over the label placed before it', () => {
    const [low, latest] = ['imports-2021', 'imports-2022'].map((id) => rows.find((r) => r.id === id)!);
    const [a, b] = valueLabels([latest, low], rows, { x: narrow, y, width: NARROW_WIDTH });
    // Placed left to right: 2021 first. Its label spans the 2020 and 2022 points, higher than its own.
    expect([a.row.id, b.row.id]).toEqual(['imports-2021', 'imports-2022']);
    expect(y(low.value!) + a.dy).toBeLessThan(y(30_000_000) - 4.5);
    expect(y(latest.value!) + b.dy).toBeLessThanOrEqual(y(low.value!) + a.dy - 16);
  });

  it('stacks resolution labels that would touch, and only those', () => {
    expect(resolutionMarks(rows, wideX).map((m) => [m.label, m.level])).toEqual([
      ['2321', 0],
      ['2356', 0],
    ]);
    expect(resolutionMarks(rows, narrow).map((m) => [m.label, m.level])).toEqual([
      ['2321', 0],
      ['2356', 1],
    ]);
  });
});
