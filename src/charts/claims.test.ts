// The words in chart titles that no formatter computes ("most", "nearly all", "no other share") are
// checked here against the real data, so a data edit that makes a title untrue fails with its name.
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { daysBetween } from '../lib/dates';
import { facilitatorRows } from './facilitator-counts';
import { resolveText, renderChartFigure, renderChartSvg } from './frame';
import { NARROW_WIDTH } from './layout';
import { charts } from '../figures';
import { countryRows } from './imports-by-country';
import { importRows, luxuryImportsFromChina } from './luxury-imports-from-china';
import { importsFinding } from './luxury-imports-from-china-rows';
import { valueLabelSpans } from './test-support/label-spans';
import { timelineRows } from './maybach-timeline';
import { figure } from './text';
import { makeRows } from './vehicles-by-make';

const data = getDataset();

describe('chart titles hold for the data in data/', () => {
  it('vehicles-by-make: most vehicles were UAZ, and nearly all (nine in ten or more) of the rest Japanese makes', () => {
    const rows = makeRows(data);
    const total = figure(data, 'vehicles-total').value!;
    const uaz = rows.find((r) => r.make === 'UAZ')!.vehicles!;
    const japanese = rows.filter((r) => r.group === 'japanese').reduce((s, r) => s + (r.vehicles ?? 0), 0);
    expect(uaz).toBeGreaterThan(total / 2);
    expect(japanese / (total - uaz)).toBeGreaterThanOrEqual(0.9);
    expect(japanese).toBe(figure(data, 'vehicles-japanese-makes').value);
  });

  it('estimate-vs-reported: the multiple in the title agrees with the two values it compares', () => {
    const ratio = figure(data, 'value-estimate-c4ads').value! / figure(data, 'value-reported-to-un').value!;
    expect(Math.round(ratio)).toBe(figure(data, 'value-multiple').value);
  });

  it('imports-by-country: only China has a share; the values for other countries are small and spread over years and bases', () => {
    const rows = countryRows(data);
    const shares = rows.filter((r) => r.unit === 'percent' && r.countryId !== 'other-countries');
    expect(shares.map((r) => r.country)).toEqual(['China']);
    expect(figure(data, 'china-share').value! + figure(data, 'other-countries-share').value!).toBe(100);
    const values = rows.filter((r) => r.unit === 'usd');
    // "Small sums": each is under a thousandth of C4ADS's estimate for all suppliers.
    const estimate = figure(data, 'value-estimate-c4ads').value!;
    expect(values.every((r) => r.value! < estimate / 1000)).toBe(true);
    // "Scattered": more than one period and more than one basis.
    expect(new Set(values.map((r) => r.period)).size).toBeGreaterThan(1);
    expect(new Set(values.map((r) => r.basis)).size).toBeGreaterThan(1);
  });

  it('facilitator-counts: the firms with counts co-signed most of the vehicles; no other firm has a count', () => {
    const rows = facilitatorRows(data);
    const vehicles = rows.filter((r) => r.of === 'vehicles-total' && r.value !== null);
    expect(Math.max(...vehicles.map((r) => r.value!))).toBeGreaterThan(figure(data, 'vehicles-total').value! / 2);
    expect(rows.filter((r) => !r.of).every((r) => r.value === null)).toBe(true);
  });

  it('maybach-timeline: the dark period drawn lasts as many days as the figure says', () => {
    const dark = timelineRows(data).find((r) => r.id === 'ais-dark')!;
    expect(daysBetween(dark.start!, dark.end!)).toBe(figure(data, 'days-ais-dark').value);
  });

  it('luxury-imports-from-china: the title’s peak, low and latest are the lawmakers’ full-year records, and their labels fit at 300 units', () => {
    const rows = importRows(data);
    const years = data.chinaLuxuryImports.filter((r) => r.series === 'seoul-list-lawmakers' && !r.partialYear && r.value !== null);
    const { peak, low, latest } = importsFinding(rows);
    const max = Math.max(...years.map((r) => r.value!));
    expect(peak?.value).toBe(max);
    const after = years.filter((r) => r.year > peak!.year);
    expect(low?.value).toBe(Math.min(...after.map((r) => r.value!)));
    expect(latest?.year).toBe(Math.max(...after.map((r) => r.year)));
    const title = resolveText(luxuryImportsFromChina.title, rows, data);
    for (const r of [peak!, low!, latest!])
      expect(title).toMatch(new RegExp(`\\${r.display} in ${r.year}|in ${r.year} they were \\${r.display}`));
    const spans = valueLabelSpans(renderChartSvg(luxuryImportsFromChina, rows, 'narrow'));
    expect(spans).toHaveLength(3);
    for (const l of spans) expect([l.text, l.left >= 0 && l.right <= NARROW_WIDTH]).toEqual([l.text, true]);
  });

  it.each(Object.values(charts))('$id renders from the real data with no "undefined", "NaN" or "null" in its words', (spec) => {
    const html = renderChartFigure(spec, data);
    expect(html).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
    // A title states a finding, as a headline: not the dek again, and no closing full stop.
    const title = resolveText(spec.title, spec.rows(data), data);
    expect(title).not.toBe(resolveText(spec.dek, spec.rows(data), data));
    expect(title).not.toMatch(/\.$/);
  });
});
