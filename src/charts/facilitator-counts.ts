/**
 * Who moved the goods, and how much can be counted? Reads data/facilitators.json and the totals
 * the counts are part of (data/figures.json). Above: each count on a pale track of its whole (the
 * 803 vehicles, the 82 shipments), with "not reported" where a firm has no count for a measure.
 * Below: every other firm, vessel or airline the sources name, with the first role they give it.
 */
import type { Dataset } from '../lib/data';
import { formatValue } from '../lib/format';
import type { Facilitator } from '../lib/schemas/facilitator';
import { shortCredit } from '../lib/sources';
import { barList, type BarItem } from './bar-list';
import { entryList } from './entry-list';
import { stackPanels } from './stack';
import { figure, joinList, sentence } from './text';
import type { ChartSpec } from './types';

export interface FacilitatorRow {
  /** The count's id, or the facilitator's id for a row without a count. */
  id: string;
  facilitatorId: string;
  facilitator: string;
  country: string | null;
  kind: Facilitator['kind'];
  /** The figure the count is part of ("vehicles-total"), or null for a role without a count. */
  of: string | null;
  /** What the whole is, in words built from that figure: "of the 803 vehicles C4ADS traced". */
  ofLabel: string | null;
  value: number | null;
  unit: 'count' | 'percent' | null;
  /** The whole, in the count's unit: 803 vehicles, or 100 for a share of shipments. */
  whole: number | null;
  display: string;
  status: string;
  role: string;
  sources: string[];
}

function countryName(data: Dataset, id: string | null): string | null {
  return id ? (data.countries.find((c) => c.id === id)?.name ?? id) : null;
}

function row(
  data: Dataset,
  f: Facilitator,
): Omit<FacilitatorRow, 'id' | 'of' | 'ofLabel' | 'value' | 'unit' | 'whole' | 'display' | 'status' | 'sources'> {
  return { facilitatorId: f.id, facilitator: f.name, country: countryName(data, f.country), kind: f.kind, role: f.roles[0]?.role ?? '' };
}

/** The rows plotted: one per count and per whole it could be part of (null where unreported), then one per uncounted facilitator. */
export function facilitatorRows(data: Dataset): FacilitatorRow[] {
  const counted = data.facilitators.filter((f) => f.counts.some((c) => c.of));
  const wholes = [...new Set(counted.flatMap((f) => f.counts.map((c) => c.of).filter((o): o is string => !!o)))];
  const countRows = wholes.flatMap((of) => {
    const whole = figure(data, of);
    const unit = counted.flatMap((f) => f.counts).find((c) => c.of === of)?.unit === 'percent' ? 'percent' : 'count';
    return counted.map((f): FacilitatorRow => {
      const c = f.counts.find((x) => x.of === of);
      return {
        ...row(data, f),
        id: c?.id ?? `${f.id}-${of}`,
        of,
        ofLabel: `of the ${formatValue(whole.value, whole.unit, { noun: whole.noun })} C4ADS traced`,
        value: c?.value ?? null,
        unit: c ? unit : null,
        whole: unit === 'percent' ? 100 : whole.value,
        display: c ? formatValue(c.value, c.unit, { noun: c.noun }) : 'not reported',
        status: c?.status ?? 'unknown',
        sources: c?.sources ?? f.sources,
      };
    });
  });
  const others = data.facilitators
    .filter((f) => !counted.includes(f))
    .map((f): FacilitatorRow => ({
      ...row(data, f),
      id: f.id,
      of: null,
      ofLabel: null,
      value: null,
      unit: null,
      whole: null,
      display: 'no count in any source',
      status: 'unknown',
      sources: f.roles[0]?.sources ?? f.sources,
    }));
  return [...countRows, ...others];
}

// Shares of shipments and counts of vehicles are both "co-signed", but read differently.
function heading(r: FacilitatorRow): string {
  return r.unit === 'percent' || r.of === 'vehicle-shipments'
    ? `Share of shipments each firm co-signed, ${r.ofLabel}`
    : `Vehicles in shipments each firm co-signed, ${r.ofLabel}`;
}

export const facilitatorCounts: ChartSpec<FacilitatorRow> = {
  id: 'facilitator-counts',
  title: (rows) => {
    const firms = [...new Set(rows.filter((r) => r.of && r.value !== null).map((r) => r.facilitator))];
    return `${joinList(firms)} co-signed most of the vehicles; for the others named, no source gives a count`;
  },
  dek: (rows, data) => {
    const counted = rows.filter((r) => r.of && r.value !== null);
    const sources = [...new Set(counted.flatMap((r) => r.sources))];
    const basis = sources.length === 1 ? `, all from one source (${shortCredit(data, sources[0])})` : '';
    return `Vehicles and shipments each firm co-signed${basis}, and what the sources say every other firm, ship or airline named did`;
  },
  rows: facilitatorRows,
  columns: [
    { key: 'facilitator', label: 'Facilitator' },
    { key: 'country', label: 'Based in', format: (r) => r.country ?? 'not known' },
    { key: 'display', label: 'Count', format: (r) => (r.ofLabel && r.value !== null ? `${r.display}, ${r.ofLabel}` : r.display) },
    { key: 'role', label: 'Role the sources give' },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'facilitatorId', label: 'Facilitator id', in: 'download' },
    { key: 'kind', label: 'Kind', in: 'download' },
    { key: 'of', label: 'Part of', in: 'download' },
    { key: 'ofLabel', label: 'Part of', in: 'download' },
    { key: 'value', label: 'Value', in: 'download' },
    { key: 'unit', label: 'Unit', in: 'download' },
    { key: 'whole', label: 'Whole', in: 'download' },
    { key: 'status', label: 'Status', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows, data) => [
    ...new Set([...rows.flatMap((r) => r.sources), ...rows.flatMap((r) => (r.of ? figure(data, r.of).sources : []))]),
  ],
  notes: (rows, data) => {
    const notes: string[] = [];
    for (const f of data.facilitators) {
      for (const c of f.counts) if (c.note && rows.some((r) => r.id === c.id)) notes.push(sentence(`${f.name}, ${c.label}: ${c.note}`));
    }
    const missing = rows.filter((r) => r.of && r.value === null);
    for (const r of missing)
      notes.push(sentence(`${r.facilitator}: no source gives its share of the ${figure(data, r.of!).noun ?? 'total'}`));
    return notes;
  },
  alt: (rows) => {
    const counts = rows
      .filter((r) => r.of)
      .map((r) => `${r.facilitator}, ${r.display}${r.whole && r.unit === 'count' ? ` of ${formatValue(r.whole, 'count')}` : ''}`);
    const others = rows.filter((r) => !r.of).map((r) => `${r.facilitator}: ${r.role}`);
    return sentence(`Bars of counts against their totals: ${counts.join('; ')}. Named without a count: ${others.join('; ')}`);
  },
  legend: () => [
    { className: 'mark mark--russian', label: 'Count a source gives' },
    { className: 'mark-track', label: 'The whole it is part of' },
  ],
  render: (rows, options) => {
    const countRows = rows.filter((r) => r.of);
    const wholes = [...new Set(countRows.map((r) => r.of!))];
    const items: BarItem[] = countRows.map((r) => ({
      group: r.of!,
      label: r.facilitator,
      value: r.value,
      whole: r.whole,
      valueText: r.unit === 'percent' ? r.display : `${r.display.replace(/ vehicles?$/, '')} of ${formatValue(r.whole, 'count')}`,
      missingText: 'not reported',
      className: 'mark mark--russian',
      tip: { title: r.facilitator, lines: [r.display, ...(r.status === 'unknown' ? [] : [`Status: ${r.status}`])], row: rows.indexOf(r) },
    }));
    const bars = barList(
      items,
      wholes.map((of) => ({
        key: of,
        heading: heading(countRows.find((r) => r.of === of && r.unit) ?? countRows.find((r) => r.of === of)!),
      })),
      options,
      { labelWidth: 150, valueWidth: options.layout === 'wide' ? 110 : 90 },
    );
    return stackPanels(options.document, options.width, [
      { svg: bars },
      {
        heading: 'Named without a count: the part the sources give each',
        svg: entryList(
          rows
            .filter((r) => !r.of)
            .map((r) => ({ head: `${r.facilitator} (${[r.kind, r.country].filter(Boolean).join(', ')})`, body: r.role })),
          options,
        ),
      },
    ]);
  },
};
