/**
 * Which makes were the vehicles C4ADS tracked? Reads data/vehicle-makes.json (and the total in
 * figures.json). Bars are grouped under the maker's home country; a make named without a count
 * gets no bar but the words "count not reported", and the unattributed remainder is drawn apart
 * and marked as derived, never spread over the makes.
 */
import type { Dataset } from '../lib/data';
import { formatNumber, formatPeriod, formatValue } from '../lib/format';
import { barList, type BarGroup, type BarItem } from './bar-list';
import { figure, joinList, sentence } from './text';
import type { ChartSpec } from './types';

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

function vehicles(n: number): string {
  return formatValue(n, 'count', { noun: 'vehicles' });
}

function describeCount(row: MakeRow): string {
  if (row.vehicles === null) return 'count not reported';
  return row.status === 'derived' ? `${vehicles(row.vehicles)} (derived: ${row.method ?? 'computed by us'})` : vehicles(row.vehicles);
}

function groupHeading(rows: MakeRow[]): string {
  const country = rows[0].makerCountry;
  if (rows[0].group === 'unattributed') return 'No make given';
  if (!country) return 'Maker’s country not given';
  const counts = rows.map((r) => r.vehicles);
  const total = counts.every((c) => c !== null) ? counts.reduce<number>((s, c) => s + (c ?? 0), 0) : null;
  const made = `Made in ${country}`;
  if (rows.length < 2) return made;
  return total === null ? made : `${made} · ${vehicles(total)}`;
}

export const vehiclesByMake: ChartSpec<MakeRow> = {
  id: 'vehicles-by-make',
  title: 'By Asahi Shimbun’s count, most of the vehicles were Russian-made UAZ and nearly all the rest Japanese makes',
  dek: (_rows, data) => {
    const total = figure(data, 'vehicles-total');
    const period = total.period ? `, ${formatPeriod(total.period)}` : '';
    return `The ${vehicles(total.value ?? 0)} C4ADS tracked into North Korea${period}, by make, grouped by the maker’s home country`;
  },
  rows: makeRows,
  columns: [
    { key: 'make', label: 'Make' },
    { key: 'makerCountry', label: 'Maker’s country', format: (r) => r.makerCountry ?? 'none given' },
    { key: 'vehicles', label: 'Vehicles', format: (r) => describeCount(r) },
    { key: 'status', label: 'Status' },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'group', label: 'Group', in: 'download' },
    { key: 'method', label: 'Method', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows) => {
    const notes: string[] = [];
    const unknown = rows.filter((r) => r.vehicles === null).map((r) => r.make);
    if (unknown.length) notes.push(`${joinList(unknown)}: named among the makes, but no source gives a count.`);
    for (const r of rows.filter((row) => row.status === 'derived')) {
      notes.push(`${r.make}: ${describeCount(r)}; the sources do not say which makes these were.`);
    }
    return notes;
  },
  alt: (rows) =>
    sentence(
      `Bar chart of vehicles by make, grouped by the maker’s country. ${rows.map((r) => `${r.make}: ${describeCount(r)}`).join('; ')}`,
    ),
  legend: () => [{ className: 'mark mark--derived mark--unattributed', label: 'Derived by us: the total minus the named makes' }],
  render: (rows, options) => {
    const groups: BarGroup[] = groupOrder
      .map((key) => rows.filter((r) => r.group === key))
      .filter((g) => g.length)
      .map((g) => ({ key: g[0].group, heading: groupHeading(g), max: Math.max(...rows.map((r) => r.vehicles ?? 0)) }));
    const items: BarItem[] = rows.map((r, i) => ({
      group: r.group,
      label: r.make,
      value: r.vehicles,
      valueText: r.vehicles === null ? '' : formatNumber(r.vehicles),
      missingText: 'count not reported',
      className: `mark mark--${r.group}${r.status === 'derived' ? ' mark--derived' : ''}`,
      tip: { title: r.make, lines: [describeCount(r), r.makerCountry ? `Made in ${r.makerCountry}` : 'No make given'], row: i },
    }));
    return barList(items, groups, options, { labelWidth: 170, valueWidth: 48 });
  },
};
