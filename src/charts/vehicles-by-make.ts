/**
 * Which makes were the 803 vehicles? Reads data/vehicle-makes.json. Bars are grouped by the
 * maker's home country; a make named without a count gets no bar but a "not reported" label, and
 * the unattributed remainder is drawn apart and marked as derived, never spread over the makes.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../lib/data';
import { formatNumber } from '../lib/format';
import { annotate } from './marks';
import type { ChartSpec } from './types';

export interface MakeRow {
  make: string;
  group: 'russian' | 'japanese' | 'german' | 'unattributed';
  groupLabel: string;
  vehicles: number | null;
  status: string;
  sources: string[];
}

const groupLabels: Record<MakeRow['group'], string> = {
  russian: 'Russian make',
  japanese: 'Japanese make',
  german: 'German make',
  unattributed: 'No make given',
};
const groupOrder: MakeRow['group'][] = ['russian', 'japanese', 'german', 'unattributed'];

/** The rows plotted: every make, ordered by group then by count (unknown counts last in their group). */
export function makeRows(data: Dataset): MakeRow[] {
  return data.vehicleMakes
    .map((m) => ({
      make: m.name,
      group: m.group,
      groupLabel: groupLabels[m.group],
      vehicles: m.vehicles,
      status: m.status,
      sources: m.sources,
    }))
    .sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) || (b.vehicles ?? -1) - (a.vehicles ?? -1));
}

function describeCount(row: MakeRow): string {
  if (row.vehicles === null) return 'count not reported';
  const count = `${formatNumber(row.vehicles)} ${row.vehicles === 1 ? 'vehicle' : 'vehicles'}`;
  return row.status === 'derived' ? `${count} (derived: the total minus the named makes)` : count;
}

export const vehiclesByMake: ChartSpec<MakeRow> = {
  id: 'vehicles-by-make',
  title: 'Most of the vehicles were Russian-made UAZ; nearly all the rest were Japanese makes',
  dek: 'Vehicles shipped to North Korea in 2015–2017 by make, grouped by the maker’s home country',
  rows: makeRows,
  columns: [
    { key: 'make', label: 'Make' },
    { key: 'groupLabel', label: 'Maker’s country' },
    { key: 'vehicles', label: 'Vehicles', format: (r) => describeCount(r) },
    { key: 'status', label: 'Status' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows) => {
    const notes: string[] = [];
    const unknown = rows.filter((r) => r.vehicles === null).map((r) => r.make);
    if (unknown.length) notes.push(`${unknown.join(' and ')}: named among the makes, but no source gives a count.`);
    const derived = rows.filter((r) => r.status === 'derived');
    for (const r of derived) notes.push(`${r.make}: ${describeCount(r)}; the sources do not say which makes these were.`);
    return notes;
  },
  alt: (rows) => `Bar chart of vehicles by make. ${rows.map((r) => `${r.make}: ${describeCount(r)}`).join('; ')}.`,
  render: (rows, { width, document }) => {
    const known = rows.filter((r) => r.vehicles !== null);
    const unknown = rows.filter((r) => r.vehicles === null);
    const tip = (r: MakeRow) => ({
      title: r.make,
      lines: [describeCount(r), r.groupLabel],
      className: `mark mark--${r.group}${r.status === 'derived' ? ' mark--derived' : ''}`,
    });
    return Plot.plot({
      document,
      width,
      height: rows.length * 34 + 40,
      marginLeft: 120,
      marginRight: 48,
      style: { fontSize: '14px', fontFamily: 'var(--font-sans)' },
      x: { label: 'Vehicles →', grid: true, labelAnchor: 'right' },
      y: { domain: rows.map((r) => r.make), label: null, tickSize: 0 },
      marks: [
        Plot.barX(known, { x: 'vehicles', y: 'make', render: annotate(known, tip) }),
        Plot.text(known, {
          x: 'vehicles',
          y: 'make',
          text: (r: MakeRow) => formatNumber(r.vehicles ?? 0),
          dx: 5,
          textAnchor: 'start',
          fill: 'currentColor',
        }),
        Plot.text(unknown, {
          x: 0,
          y: 'make',
          text: () => 'count not reported',
          dx: 5,
          textAnchor: 'start',
          fontStyle: 'italic',
          fill: 'currentColor',
        }),
        Plot.ruleX([0], { ariaHidden: 'true' }),
      ],
    });
  },
};
