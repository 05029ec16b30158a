/**
 * When did the two Maybachs move, and where does the record go dark? Reads data/journey-legs.json
 * and the lasting events in data/journey-events.json. One lane per leg: a bar from departure to
 * arrival (dashed where the arrival was only scheduled), a lone point where only a departure is on
 * record, and words where no source dates the leg. Periods such as the ship's dark days are shaded
 * across all lanes; dates other sources give are hollow rings. Nothing is placed between records.
 */
import * as Plot from '@observablehq/plot';
import { daysBetween } from '../lib/dates';
import { formatDate, formatDateRange, formatValue } from '../lib/format';
import { chartStyle } from './layout';
import { annotate, decorate } from './marks';
import {
  BAR,
  endOfDay,
  lanes,
  lanesTop,
  LINE,
  periodLabels,
  timelineDomain,
  toDate,
  type Lane,
  type PeriodLabel,
} from './maybach-timeline-layout';
import { legStatus, periodLabel, timelineRows, type TimelineRow } from './maybach-timeline-rows';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { statusWord } from '../lib/i18n/ui/figures';
import { capitalise, sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/maybach-timeline';

export { timelineRows, type TimelineRow } from './maybach-timeline-rows';

export const maybachTimeline: ChartSpec<TimelineRow> = {
  id: 'maybach-timeline',
  title: (rows, data) => {
    const lang = langOf(data);
    const legs = rows.filter((r) => r.kind === 'leg');
    const lastLogged = legs.filter((r) => r.end && r.endBasis === 'reported' && r.evidence !== 'disputed').pop();
    const after = lastLogged ? legs.slice(legs.indexOf(lastLogged) + 1) : legs;
    return lastLogged && after.length ? w(lang, 'titleDark', { place: lastLogged.to ?? '' }) : w(lang, 'titleAll');
  },
  dek: (rows, data) => {
    const lang = langOf(data);
    const legs = rows.filter((r) => r.kind === 'leg');
    const dated = legs
      .flatMap((r) => [r.start, r.end])
      .filter((d): d is string => !!d)
      .sort();
    return w(lang, 'dek', { range: formatDateRange(dated[0], dated[dated.length - 1], lang) });
  },
  rows: timelineRows,
  columns: (lang) => [
    { key: 'label', label: w(lang, 'col.label') },
    {
      key: 'start',
      label: w(lang, 'col.dates'),
      format: (r) =>
        r.kind === 'leg'
          ? legStatus(r)
          : r.kind === 'period'
            ? w(lang, 'periodDates', {
                range: formatDateRange(r.start!, r.end!, lang),
                days: formatValue(daysBetween(r.start!, r.end!), 'days', { lang }),
              })
            : formatDate(r.start!, lang),
    },
    { key: 'carrier', label: w(lang, 'col.carrier'), format: (r) => (r.kind === 'leg' ? (r.carrier ?? w(lang, 'notKnown')) : '') },
    { key: 'evidence', label: w(lang, 'col.evidence'), format: (r) => statusWord(lang, 'evidence', r.evidence) },
    { key: 'note', label: w(lang, 'col.note'), in: 'table' },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'kind', label: 'Kind', in: 'download' },
    { key: 'leg', label: 'Leg', in: 'download' },
    { key: 'end', label: 'End', in: 'download' },
    { key: 'startBasis', label: 'Start basis', in: 'download' },
    { key: 'endBasis', label: 'End basis', in: 'download' },
    { key: 'mode', label: 'Mode', in: 'download' },
    { key: 'note', label: 'Note', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const lang = langOf(data);
    const notes = rows
      .filter((r) => r.kind === 'leg' && r.evidence !== 'documented')
      .map((r) => sentence(w(lang, 'noteLeg', { label: r.label, note: r.note })));
    const others = rows.filter((r) => r.kind === 'other-date');
    if (others.length) notes.push(w(lang, 'noteRings'));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const legs = rows.filter((r) => r.kind === 'leg').map((r) => w(lang, 'altLeg', { label: r.label, status: legStatus(r) }));
    const periods = rows
      .filter((r) => r.kind === 'period')
      .map((r) => w(lang, 'altPeriod', { label: periodLabel(r), range: formatDateRange(r.start!, r.end!, lang) }));
    const others = rows
      .filter((r) => r.kind === 'other-date')
      .map((r) => w(lang, 'altOther', { label: r.label, date: formatDate(r.start!, lang) }));
    return sentence(w(lang, 'alt', { legs: legs.join('. '), periods: periods.join('; '), others: others.join('; ') }));
  },
  legend: (rows, lang) => [
    { className: 'mark mark--leg', label: w(lang, 'legend.leg') },
    ...(rows.some((r) => r.kind === 'leg' && r.endBasis === 'scheduled')
      ? [{ className: 'mark mark--leg mark--scheduled', label: w(lang, 'legend.scheduled') }]
      : []),
    ...(rows.some((r) => r.evidence === 'disputed' && r.kind === 'leg')
      ? [{ className: 'mark mark--leg mark--disputed', label: w(lang, 'legend.disputed'), swatch: 'dot' as const }]
      : []),
    { className: 'mark mark--other-date', label: w(lang, 'legend.other'), swatch: 'dot' },
    { className: 'mark-period', label: w(lang, 'legend.period'), swatch: 'band' },
  ],
  render: (rows, { width, layout, document, lang }) => {
    const wide = layout === 'wide';
    const domain = timelineDomain(rows);
    const x = Plot.scale({ x: { type: 'utc', domain, range: [MARGIN, width - MARGIN] } });
    const periods = rows.filter((r) => r.kind === 'period');
    const labels = periodLabels(periods, (d) => x.apply(d) as number, width, wide);
    const top = lanesTop(periods.length, labels);
    const { lanes: legLanes, bottom } = lanes(rows, top, width, wide);
    const height = bottom + 28;
    return Plot.plot({
      document,
      width,
      height,
      marginLeft: MARGIN,
      marginRight: MARGIN,
      marginTop: 0,
      marginBottom: 24,
      style: chartStyle,
      x: { type: 'utc', domain, ticks: 'month', tickFormat: monthFormat(wide, lang), label: null, grid: true },
      y: { type: 'identity', axis: null },
      marks: [
        ...periodMarks(rows, labels, [top - 4, height - 24], lang),
        ...laneMarks(legLanes, domain[0], lang),
        otherDateMarks(rows, legLanes, lang),
      ],
    });
  },
};

const MARGIN = 6;

/** Month names on the axis, cut to three letters in the narrow drawing; in Korean "6월" at both widths. */
function monthFormat(wide: boolean, lang: Lang): (d: Date) => string {
  if (lang === 'ko') return (d) => `${d.getUTCMonth() + 1}월`;
  return (d) =>
    formatDate(d.toISOString().slice(0, 7))
      .split(' ')[0]
      .slice(0, wide ? undefined : 3);
}

/** The shaded periods across all lanes, and their labels above the lanes. */
function periodMarks(rows: TimelineRow[], labels: PeriodLabel[], [y1, y2]: [number, number], lang: Lang): Plot.Markish[] {
  const periods = labels.map((l) => l.row);
  const shade = Plot.rect(periods, {
    x1: (r: TimelineRow) => toDate(r.start!),
    x2: (r: TimelineRow) => endOfDay(r.end!),
    y1,
    y2,
    render: annotate(periods, (r) => ({
      title: periodLabel(r),
      lines: [formatDateRange(r.start!, r.end!, lang), r.note],
      className: 'mark-period',
      row: rows.indexOf(r),
    })),
  });
  // An anchor is a date on the x scale, or an edge of the drawing; each anchoring is one text mark.
  const text = (anchor: PeriodLabel['anchor'], options: Plot.TextOptions) =>
    Plot.text(
      labels.filter((l) => l.anchor === anchor).flatMap((l) => l.lines.map((line) => ({ ...line, date: l.date }))),
      { y: 'y', text: 'text', render: decorate('chart__period-label'), ...options },
    );
  return [
    shade,
    text('start', { x: 'date', textAnchor: 'start' }),
    text('end', { x: 'date', textAnchor: 'end' }),
    text('right', { frameAnchor: 'right', textAnchor: 'end', dx: MARGIN }),
    text('left', { frameAnchor: 'left', textAnchor: 'start', dx: -MARGIN }),
  ];
}

/** What the reader sees for a leg, in the tooltip and to a screen reader. */
function legTip(l: Lane, lang: Lang) {
  return {
    title: l.row.label,
    lines: [
      capitalise(legStatus(l.row)),
      ...(l.row.carrier ? [w(lang, 'carrierLine', { carrier: l.row.carrier })] : []),
      w(lang, 'evidenceLine', { evidence: statusWord(lang, 'evidence', l.row.evidence) }),
    ],
    className: `mark mark--leg${l.row.endBasis === 'scheduled' ? ' mark--scheduled' : ''}${l.row.evidence === 'disputed' ? ' mark--disputed' : ''}`,
    row: l.index,
  };
}

/** Each lane's words, then a bar between two recorded dates, a point for a lone departure, or "(no dates)". */
function laneMarks(legLanes: Lane[], first: Date, lang: Lang): Plot.Markish[] {
  const tip = (l: Lane) => legTip(l, lang);
  const spans = legLanes.filter((l) => l.row.start && l.row.end);
  const points = legLanes.filter((l) => l.row.start && !l.row.end);
  const undated = legLanes.filter((l) => !l.row.start && !l.row.end);
  const middle = (l: Lane) => l.barY + BAR / 2;
  return [
    Plot.text(
      legLanes.flatMap((l) => l.text.map((t, k) => ({ t, y: l.labelY + k * LINE }))),
      { x: first, y: 'y', text: 't', textAnchor: 'start', lineAnchor: 'top', dx: -2, ariaHidden: 'true' },
    ),
    Plot.rect(spans, {
      x1: (l: Lane) => toDate(l.row.start!),
      x2: (l: Lane) => endOfDay(l.row.end!),
      y1: 'barY',
      y2: (l: Lane) => l.barY + BAR,
      render: annotate(spans, tip),
    }),
    Plot.dot(points, { x: (l: Lane) => toDate(l.row.start!), y: middle, r: 6, render: annotate(points, tip) }),
    Plot.text(undated, {
      x: first,
      y: middle,
      text: () => w(lang, 'noDates'),
      textAnchor: 'start',
      fontStyle: 'italic',
      render: annotate(undated, (l) => ({ ...tip(l), className: 'mark-missing' })),
    }),
  ];
}

/** Rings for the dates other sources give, in the gap above their leg's bar so they never hide it. */
function otherDateMarks(rows: TimelineRow[], legLanes: Lane[], lang: Lang): Plot.Markish {
  const others = rows.filter((r) => r.kind === 'other-date');
  const lane = (leg: number | null) => legLanes.find((l) => l.row.leg === leg)!;
  return Plot.dot(others, {
    x: (r: TimelineRow) => new Date((Number(toDate(r.start!)) + Number(endOfDay(r.start!))) / 2),
    y: (r: TimelineRow) => lane(r.leg).barY - 6,
    r: 4.5,
    render: annotate(others, (r) => ({
      title: r.label,
      lines: [formatDate(r.start!, lang), ...(r.note ? [r.note] : [])],
      className: 'mark mark--other-date',
      row: rows.indexOf(r),
    })),
  });
}
