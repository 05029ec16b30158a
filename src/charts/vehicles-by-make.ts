/**
 * Which makes were the vehicles C4ADS tracked? Reads data/vehicle-makes.json (and the total in
 * figures.json). Bars are grouped under the maker's home country; a make named without a count
 * gets no bar but the words "count not reported", and the unattributed remainder is drawn apart
 * and marked as derived, never spread over the makes.
 */
import type { Dataset } from '../lib/data';
import { formatNumber, formatPeriod, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { statusWord } from '../lib/i18n/ui/figures';
import { barList, type BarGroup, type BarItem } from './bar-list';
import { figure, joinList, sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/vehicles-by-make';

export interface MakeRow {
  id: string;
  make: string;
  group: 'russian' | 'japanese' | 'german' | 'unattributed';
  /** The maker's home country by name; null for the unattributed remainder. */
  makerCountry: string | null;
  vehicles: number | null;
  status: string;
  method: string | null;
  sources: string[];
}

const groupOrder: MakeRow['group'][] = ['russian', 'japanese', 'german', 'unattributed'];

/** The rows plotted: every make, ordered by group then by count (unknown counts last in their group). */
export function makeRows(data: Dataset): MakeRow[] {
  const countryName = (id: string | null) => (id ? (data.countries.find((c) => c.id === id)?.name ?? id) : null);
  return data.vehicleMakes
    .map((m) => ({
      id: m.id,
      make: m.name,
      group: m.group,
      makerCountry: countryName(m.makerCountry),
      vehicles: m.vehicles,
      status: m.status,
      method: m.method ?? null,
      sources: m.sources,
    }))
    .sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) || (b.vehicles ?? -1) - (a.vehicles ?? -1));
}

function vehicles(n: number, lang: Lang): string {
  return formatValue(n, 'count', { noun: 'vehicles', lang });
}

function describeCount(row: MakeRow, lang: Lang): string {
  if (row.vehicles === null) return w(lang, 'countNotReported');
  if (row.status !== 'derived') return vehicles(row.vehicles, lang);
  return w(lang, 'derived', { vehicles: vehicles(row.vehicles, lang), method: row.method ?? w(lang, 'computedByUs') });
}

function groupHeading(rows: MakeRow[], lang: Lang): string {
  const country = rows[0].makerCountry;
  if (rows[0].group === 'unattributed') return w(lang, 'noMake');
  if (!country) return w(lang, 'noCountry');
  const counts = rows.map((r) => r.vehicles);
  const total = counts.every((c) => c !== null) ? counts.reduce<number>((s, c) => s + (c ?? 0), 0) : null;
  if (rows.length < 2 || total === null) return w(lang, 'madeIn', { country });
  return w(lang, 'madeInTotal', { country, vehicles: vehicles(total, lang) });
}

export const vehiclesByMake: ChartSpec<MakeRow> = {
  id: 'vehicles-by-make',
  title: (_rows, data) => w(langOf(data), 'title'),
  dek: (_rows, data) => {
    const lang = langOf(data);
    const total = figure(data, 'vehicles-total');
    const period = total.period ? w(lang, 'dekPeriod', { period: formatPeriod(total.period, lang) }) : '';
    return w(lang, 'dek', { vehicles: vehicles(total.value ?? 0, lang), period });
  },
  rows: makeRows,
  columns: (lang) => [
    { key: 'make', label: w(lang, 'col.make') },
    { key: 'makerCountry', label: w(lang, 'col.country'), format: (r) => r.makerCountry ?? w(lang, 'noneGiven') },
    { key: 'vehicles', label: w(lang, 'col.vehicles'), format: (r) => describeCount(r, lang) },
    { key: 'status', label: w(lang, 'col.status'), format: (r) => statusWord(lang, 'status', r.status) },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'group', label: 'Group', in: 'download' },
    { key: 'method', label: 'Method', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const lang = langOf(data);
    const notes: string[] = [];
    const unknown = rows.filter((r) => r.vehicles === null).map((r) => r.make);
    if (unknown.length) notes.push(w(lang, 'noteUnknown', { makes: joinList(unknown, lang) }));
    for (const r of rows.filter((row) => row.status === 'derived')) {
      notes.push(w(lang, 'noteDerived', { make: r.make, count: describeCount(r, lang) }));
    }
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    return sentence(
      w(lang, 'alt', { bars: rows.map((r) => w(lang, 'altBar', { make: r.make, count: describeCount(r, lang) })).join('; ') }),
    );
  },
  legend: (_rows, lang) => [{ className: 'mark mark--derived mark--unattributed', label: w(lang, 'legend') }],
  render: (rows, options) => {
    const { lang } = options;
    const groups: BarGroup[] = groupOrder
      .map((key) => rows.filter((r) => r.group === key))
      .filter((g) => g.length)
      .map((g) => ({ key: g[0].group, heading: groupHeading(g, lang), max: Math.max(...rows.map((r) => r.vehicles ?? 0)) }));
    const items: BarItem[] = rows.map((r, i) => ({
      group: r.group,
      label: r.make,
      value: r.vehicles,
      valueText: r.vehicles === null ? '' : formatNumber(r.vehicles, lang),
      missingText: w(lang, 'countNotReported'),
      className: `mark mark--${r.group}${r.status === 'derived' ? ' mark--derived' : ''}`,
      tip: {
        title: r.make,
        lines: [describeCount(r, lang), r.makerCountry ? w(lang, 'madeIn', { country: r.makerCountry }) : w(lang, 'noMake')],
        row: i,
      },
    }));
    return barList(items, groups, options, { labelWidth: 170, valueWidth: 48 });
  },
};
