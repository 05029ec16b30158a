/**
 * Who moved the goods, and how much can be counted? Reads data/facilitators.json and the totals
 * the counts are part of (data/figures.json). Above: each count on a pale track of its whole (the
 * 803 vehicles, the 82 shipments), with "not reported" where a firm has no count for a measure.
 * Below: every other firm, vessel or airline the sources name, with the first role they give it.
 */
import type { Dataset } from '../lib/data';
import { formatValue } from '../lib/format';
import type { Facilitator } from '../lib/schemas/facilitator';
import { barList, type BarItem } from './bar-list';
import { entryList } from './entry-list';
import { stackPanels } from './stack';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { statusWord } from '../lib/i18n/ui/figures';
import { chartCredit, figure, joinList, sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/facilitator-counts';

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
  /** The whole as printed with its noun: "803 vehicles", "803대"; null for a row without a count. */
  wholeText: string | null;
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
): Omit<FacilitatorRow, 'id' | 'of' | 'ofLabel' | 'value' | 'unit' | 'whole' | 'display' | 'wholeText' | 'status' | 'sources'> {
  return { facilitatorId: f.id, facilitator: f.name, country: countryName(data, f.country), kind: f.kind, role: f.roles[0]?.role ?? '' };
}

/** The firms, ships and airlines on a leg of the Maybach journey, as its carrier or a party, in leg order. */
function onRouteIds(data: Dataset): Set<string> {
  const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
  return new Set(legs.flatMap((l) => [l.carrier, ...l.parties]).filter((id): id is string => !!id));
}

/** The rows plotted: one per count and per whole it could be part of (null where unreported), then one per uncounted facilitator. */
export function facilitatorRows(data: Dataset): FacilitatorRow[] {
  const lang = langOf(data);
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
        ofLabel: w(lang, 'ofLabel', { whole: formatValue(whole.value, whole.unit, { noun: whole.noun, lang }) }),
        value: c?.value ?? null,
        unit: c ? unit : null,
        whole: unit === 'percent' ? 100 : whole.value,
        display: c ? formatValue(c.value, c.unit, { noun: c.noun, lang }) : w(lang, 'notReported'),
        wholeText: formatValue(unit === 'percent' ? 100 : whole.value, 'count', { noun: c?.noun ?? whole.noun, lang }),
        status: c?.status ?? 'unknown',
        sources: c?.sources ?? f.sources,
      };
    });
  });
  // A firm, ship or airline on a leg of the Maybach journey is charted leg by leg in maybach-handlers.
  const onRoute = onRouteIds(data);
  const others = data.facilitators
    .filter((f) => !counted.includes(f) && !onRoute.has(f.id))
    .map((f): FacilitatorRow => ({
      ...row(data, f),
      id: f.id,
      of: null,
      ofLabel: null,
      value: null,
      unit: null,
      whole: null,
      display: w(lang, 'noCount'),
      wholeText: null,
      status: 'unknown',
      role: f.roles.map((r) => r.role).join('. '),
      sources: f.roles.length ? [...new Set(f.roles.flatMap((r) => r.sources))] : f.sources,
    }));
  return [...countRows, ...others];
}

// Shares of shipments and counts of vehicles are both "co-signed", but read differently.
function heading(r: FacilitatorRow, lang: Lang): string {
  const key = r.unit === 'percent' || r.of === 'vehicle-shipments' ? 'heading.shipments' : 'heading.vehicles';
  return w(lang, key, { of: r.ofLabel ?? '' });
}

/** The words after a bar: "537 of 803" (a share prints as itself). */
function valueText(r: FacilitatorRow, lang: Lang): string {
  if (r.unit === 'percent') return r.display;
  const whole = lang === 'en' ? formatValue(r.whole, 'count') : (r.wholeText ?? '');
  return w(lang, 'valueOfWhole', { number: lang === 'en' ? r.display.replace(/ vehicles?$/, '') : r.display, whole });
}

export const facilitatorCounts: ChartSpec<FacilitatorRow> = {
  id: 'facilitator-counts',
  title: (rows, data) => {
    const firms = [...new Set(rows.filter((r) => r.of && r.value !== null).map((r) => r.facilitator))];
    return w(langOf(data), 'title', { firms: joinList(firms, langOf(data)) });
  },
  dek: (rows, data) => {
    const lang = langOf(data);
    const counted = rows.filter((r) => r.of && r.value !== null);
    const sources = [...new Set(counted.flatMap((r) => r.sources))];
    const basis = sources.length === 1 ? w(lang, 'dekBasis', { credit: chartCredit(data, sources[0]) }) : '';
    return w(lang, 'dek', { basis });
  },
  rows: facilitatorRows,
  columns: (lang) => [
    { key: 'facilitator', label: w(lang, 'col.facilitator') },
    { key: 'country', label: w(lang, 'col.country'), format: (r) => r.country ?? w(lang, 'notKnown') },
    {
      key: 'display',
      label: w(lang, 'col.count'),
      format: (r) => (r.ofLabel && r.value !== null ? w(lang, 'countOf', { display: r.display, of: r.ofLabel }) : r.display),
    },
    { key: 'role', label: w(lang, 'col.role') },
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
    const lang = langOf(data);
    const notes: string[] = [];
    for (const f of data.facilitators) {
      for (const c of f.counts)
        if (c.note && rows.some((r) => r.id === c.id))
          notes.push(sentence(w(lang, 'noteCount', { facilitator: f.name, label: c.label, note: c.note })));
    }
    const missing = rows.filter((r) => r.of && r.value === null);
    for (const r of missing) {
      const whole = figure(data, r.of!);
      const noun = lang === 'en' ? (whole.noun ?? w(lang, 'total')) : (r.wholeText ?? w(lang, 'total'));
      notes.push(sentence(w(lang, 'noteMissing', { facilitator: r.facilitator, noun })));
    }
    const route = [...onRouteIds(data)].map((id) => data.facilitators.find((f) => f.id === id)?.name ?? id);
    if (route.length)
      notes.push(sentence(w(lang, 'noteRoute', { count: formatValue(route.length, 'count', { lang }), names: joinList(route, lang) })));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const whole = (r: FacilitatorRow) =>
      r.whole && r.unit === 'count'
        ? w(lang, 'altWhole', { whole: lang === 'en' ? formatValue(r.whole, 'count') : (r.wholeText ?? '') })
        : '';
    const counts = rows
      .filter((r) => r.of)
      .map((r) => w(lang, 'altCount', { facilitator: r.facilitator, display: r.display, whole: whole(r) }));
    const others = rows.filter((r) => !r.of).map((r) => w(lang, 'altOther', { facilitator: r.facilitator, role: r.role }));
    return sentence(w(lang, 'alt', { counts: counts.join('; '), others: others.join('; ') }));
  },
  legend: (_rows, lang) => [
    { className: 'mark mark--russian', label: w(lang, 'legend.count') },
    { className: 'mark-track', label: w(lang, 'legend.whole') },
  ],
  render: (rows, options) => {
    const { lang } = options;
    const countRows = rows.filter((r) => r.of);
    const wholes = [...new Set(countRows.map((r) => r.of!))];
    const items: BarItem[] = countRows.map((r) => ({
      group: r.of!,
      label: r.facilitator,
      value: r.value,
      whole: r.whole,
      valueText: valueText(r, lang),
      missingText: w(lang, 'notReported'),
      className: 'mark mark--russian',
      tip: {
        title: r.facilitator,
        lines: [r.display, ...(r.status === 'unknown' ? [] : [w(lang, 'statusLine', { status: statusWord(lang, 'status', r.status) })])],
        row: rows.indexOf(r),
      },
    }));
    const bars = barList(
      items,
      wholes.map((of) => ({
        key: of,
        heading: heading(countRows.find((r) => r.of === of && r.unit) ?? countRows.find((r) => r.of === of)!, lang),
      })),
      options,
      { labelWidth: 150, valueWidth: options.layout === 'wide' ? 110 : 90 },
    );
    const others = rows.filter((r) => !r.of);
    const entries = others.map((r) => ({
      head: w(lang, 'entryHead', { facilitator: r.facilitator, about: [w(lang, `kind.${r.kind}`), r.country].filter(Boolean).join(', ') }),
      body: r.role,
    }));
    return stackPanels(options.document, options.width, [
      { svg: bars },
      ...(entries.length ? [{ heading: w(lang, 'othersHeading'), svg: entryList(entries, options) }] : []),
    ]);
  },
};
