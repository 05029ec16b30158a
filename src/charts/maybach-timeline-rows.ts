/**
 * The rows of the Maybach timeline, and the words for them: each leg of data/journey-legs.json in
 * order, the lasting events of data/journey-events.json within the journey, and the other dates
 * sources give for a leg. Dates stay as the sources give them; nothing is placed between records.
 */
import type { Dataset } from '../lib/data';
import { daysBetween } from '../lib/dates';
import { formatDate, formatDateRange, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { chartCredit, joinList } from './text';
import { w } from './words/maybach-timeline';

export interface TimelineRow {
  id: string;
  kind: 'leg' | 'period' | 'other-date';
  /** For legs, "1. Rotterdam → Dalian"; for periods, the event title; for other dates, what they date. */
  label: string;
  /** The leg's number (for other dates, the leg they belong to); null for periods. */
  leg: number | null;
  /** For legs: where it began and ended, by name. */
  from: string | null;
  to: string | null;
  start: string | null;
  end: string | null;
  /** How the start and end are known: reported, scheduled or estimated (null when undated). */
  startBasis: string | null;
  endBasis: string | null;
  mode: string | null;
  carrier: string | null;
  evidence: string;
  note: string;
  sources: string[];
  /** The language the row's words are in (the data set's). */
  lang: Lang;
}

/** The rows plotted: each leg in order, then the lasting events within the journey, then other dates sources give. */
export function timelineRows(data: Dataset): TimelineRow[] {
  const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
  const legRows = legs.map((l) => legRow(data, l));
  const dated = legRows
    .flatMap((r) => [r.start, r.end])
    .filter((d): d is string => !!d)
    .sort();
  return [...legRows, ...periodRows(data, dated[0], dated[dated.length - 1]), ...legs.flatMap((l) => otherDateRows(data, l))];
}

type Leg = Dataset['journeyLegs'][number];

// Every row has every field, so the downloads have the same columns throughout.
const EMPTY = { leg: null, from: null, to: null, end: null, startBasis: null, endBasis: null, mode: null, carrier: null } as const;

function legRow(data: Dataset, l: Leg): TimelineRow {
  const place = (id: string) => data.places.find((p) => p.id === id)?.name ?? id;
  return {
    id: l.id,
    kind: 'leg',
    label: `${l.order}. ${place(l.from)} → ${place(l.to)}`,
    leg: l.order,
    from: place(l.from),
    to: place(l.to),
    start: l.depart?.date ?? null,
    end: l.arrive?.date ?? null,
    startBasis: l.depart?.basis ?? null,
    endBasis: l.arrive?.basis ?? null,
    mode: l.mode,
    carrier: l.carrier ? (data.facilitators.find((f) => f.id === l.carrier)?.name ?? l.carrier) : null,
    evidence: l.evidence,
    note: l.evidenceNote,
    sources: [...new Set([...l.sources, ...(l.depart?.sources ?? []), ...(l.arrive?.sources ?? [])])],
    lang: langOf(data),
  };
}

/** The lasting events (those with an end date) that begin within the journey's first and last dates. */
function periodRows(data: Dataset, first: string | undefined, last: string | undefined): TimelineRow[] {
  return data.journeyEvents
    .filter((e) => e.endDate && first && last && e.date >= first && e.date <= last)
    .map((e) => ({
      ...EMPTY,
      id: e.id,
      kind: 'period',
      label: e.title,
      start: e.date,
      end: e.endDate!,
      startBasis: 'reported',
      endBasis: 'reported',
      evidence: e.evidence,
      note: e.description,
      sources: e.sources,
      lang: langOf(data),
    }));
}

/** The dates other sources give for a leg's departure or arrival, each its own row. */
function otherDateRows(data: Dataset, l: Leg): TimelineRow[] {
  return l.alternatives.map((a, i) => {
    const lang = langOf(data);
    const credits = joinList(
      a.sources.map((s) => chartCredit(data, s).split(',')[0]),
      lang,
    );
    const key = `${a.field === 'arrive' ? 'arrival' : 'departure'}${a.sources.length > 1 ? '' : 'One'}` as const;
    return {
      ...EMPTY,
      id: `${l.id}-${a.field}-other-${i + 1}`,
      kind: 'other-date',
      label: w(lang, key, { leg: l.order, credits }),
      leg: l.order,
      start: a.date,
      startBasis: 'reported',
      evidence: 'disputed',
      note: a.note ?? '',
      sources: a.sources,
      lang,
    };
  });
}

/** The leg's dates and status in words: "14 June – 31 July 2018", "no arrival on record", "disputed". */
export function legStatus(r: TimelineRow): string {
  const { lang } = r;
  if (!r.start && !r.end) return w(lang, 'undated');
  const parts = [];
  if (r.start && r.end) parts.push(formatDateRange(r.start, r.end, lang));
  else if (r.start) parts.push(w(lang, 'left', { date: formatDate(r.start, lang) }));
  if (!r.end) parts.push(w(lang, 'noArrival'));
  else if (r.endBasis === 'scheduled' || r.endBasis === 'estimated') parts.push(w(lang, `arrivalBasis.${r.endBasis}`));
  if (r.evidence === 'disputed') parts.push(w(lang, 'disputed'));
  return parts.join('; ');
}

/** "by sea, China COSCO Shipping": how the leg moved and who carried it, where a source says. */
export function legCarrier(r: TimelineRow): string {
  const mode = r.mode === 'sea' || r.mode === 'air' ? r.mode : 'unknown';
  return [w(r.lang, `mode.${mode}`), r.carrier].filter(Boolean).join(', ');
}

/** A lasting event with its length: "DN5505 goes dark: 18 days". */
export function periodLabel(r: TimelineRow): string {
  return w(r.lang, 'periodLabel', { label: r.label, days: formatValue(daysBetween(r.start!, r.end!), 'days', { lang: r.lang }) });
}
