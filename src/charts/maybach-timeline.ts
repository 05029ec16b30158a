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
import { capitalise, sentence } from './text';
import type { ChartSpec } from './types';

export { timelineRows, type TimelineRow } from './maybach-timeline-rows';

export const maybachTimeline: ChartSpec<TimelineRow> = {
  id: 'maybach-timeline',
  title: (rows) => {
    const legs = rows.filter((r) => r.kind === 'leg');
    const lastLogged = legs.filter((r) => r.end && r.endBasis === 'reported' && r.evidence !== 'disputed').pop();
    const after = lastLogged ? legs.slice(legs.indexOf(lastLogged) + 1) : legs;
    return lastLogged && after.length
      ? `The Maybachs’ paper trail holds as far as ${lastLogged.to}; after that, no leg has an undisputed arrival on record`
      : 'The Maybachs’ journey, leg by leg, as far as the records go';
  },
  dek: (rows) => {
    const legs = rows.filter((r) => r.kind === 'leg');
    const dated = legs
      .flatMap((r) => [r.start, r.end])
      .filter((d): d is string => !!d)
      .sort();
    return `Each leg’s dates, ${formatDateRange(dated[0], dated[dated.length - 1])}, with the days the ship went dark and the dates other sources give`;
  },
  rows: timelineRows,
  columns: [
    { key: 'label', label: 'Leg or period' },
    {
      key: 'start',
      label: 'Dates',
      format: (r) =>
        r.kind === 'leg'
          ? legStatus(r)
          : r.kind === 'period'
            ? `${formatDateRange(r.start!, r.end!)} (${formatValue(daysBetween(r.start!, r.end!), 'days')})`
            : formatDate(r.start!),
    },
    { key: 'carrier', label: 'Carrier', format: (r) => (r.kind === 'leg' ? (r.carrier ?? 'not known') : '') },
    { key: 'evidence', label: 'Evidence' },
    { key: 'note', label: 'Why', in: 'table' },
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
  notes: (rows) => {
    const notes = rows.filter((r) => r.kind === 'leg' && r.evidence !== 'documented').map((r) => sentence(`Leg ${r.label}: ${r.note}`));
    const others = rows.filter((r) => r.kind === 'other-date');
    if (others.length) notes.push('Rings mark dates other sources give; the bars follow the dates we judge best supported.');
    return notes;
  },
  alt: (rows) => {
    const legs = rows.filter((r) => r.kind === 'leg').map((r) => `${r.label}: ${legStatus(r)}`);
    const periods = rows.filter((r) => r.kind === 'period').map((r) => `${periodLabel(r)}, ${formatDateRange(r.start!, r.end!)}`);
    const others = rows.filter((r) => r.kind === 'other-date').map((r) => `${r.label}: ${formatDate(r.start!)}`);
    return sentence(`Timeline of the legs. ${legs.join('. ')}. Shaded periods: ${periods.join('; ')}. Other dates: ${others.join('; ')}`);
  },
  legend: (rows) => [
    { className: 'mark mark--leg', label: 'Dates on record' },
    ...(rows.some((r) => r.kind === 'leg' && r.endBasis === 'scheduled')
      ? [{ className: 'mark mark--leg mark--scheduled', label: 'Arrival only scheduled' }]
      : []),
    ...(rows.some((r) => r.evidence === 'disputed' && r.kind === 'leg')
      ? [{ className: 'mark mark--leg mark--disputed', label: 'Disputed', swatch: 'dot' as const }]
      : []),
    { className: 'mark mark--other-date', label: 'Date another source gives', swatch: 'dot' },
    { className: 'mark-period', label: 'Period', swatch: 'band' },
  ],
  render: (rows, { width, layout, document }) => {
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
      x: { type: 'utc', domain, ticks: 'month', tickFormat: monthFormat(wide), label: null, grid: true },
      y: { type: 'identity', axis: null },
      marks: [...periodMarks(rows, labels, [top - 4, height - 24]), ...laneMarks(legLanes, domain[0]), otherDateMarks(rows, legLanes)],
    });
  },
};

const MARGIN = 6;

/** Month names on the axis, cut to three letters in the narrow drawing. */
function monthFormat(wide: boolean): (d: Date) => string {
  return (d) =>
    formatDate(d.toISOString().slice(0, 7))
      .split(' ')[0]
      .slice(0, wide ? undefined : 3);
}

/** The shaded periods across all lanes, and their labels above the lanes. */
function periodMarks(rows: TimelineRow[], labels: PeriodLabel[], [y1, y2]: [number, number]): Plot.Markish[] {
  const periods = labels.map((l) => l.row);
  const shade = Plot.rect(periods, {
    x1: (r: TimelineRow) => toDate(r.start!),
    x2: (r: TimelineRow) => endOfDay(r.end!),
    y1,
    y2,
    render: annotate(periods, (r) => ({
      title: periodLabel(r),
      lines: [formatDateRange(r.start!, r.end!), r.note],
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
function legTip(l: Lane) {
  return {
    title: l.row.label,
    lines: [capitalise(legStatus(l.row)), ...(l.row.carrier ? [`Carrier: ${l.row.carrier}`] : []), `Evidence: ${l.row.evidence}`],
    className: `mark mark--leg${l.row.endBasis === 'scheduled' ? ' mark--scheduled' : ''}${l.row.evidence === 'disputed' ? ' mark--disputed' : ''}`,
    row: l.index,
  };
}

/** Each lane's words, then a bar between two recorded dates, a point for a lone departure, or "(no dates)". */
function laneMarks(legLanes: Lane[], first: Date): Plot.Markish[] {
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
      render: annotate(spans, legTip),
    }),
    Plot.dot(points, { x: (l: Lane) => toDate(l.row.start!), y: middle, r: 6, render: annotate(points, legTip) }),
    Plot.text(undated, {
      x: first,
      y: middle,
      text: () => '(no dates)',
      textAnchor: 'start',
      fontStyle: 'italic',
      render: annotate(undated, (l) => ({ ...legTip(l), className: 'mark-missing' })),
    }),
  ];
}

/** Rings for the dates other sources give, in the gap above their leg's bar so they never hide it. */
function otherDateMarks(rows: TimelineRow[], legLanes: Lane[]): Plot.Markish {
  const others = rows.filter((r) => r.kind === 'other-date');
  const lane = (leg: number | null) => legLanes.find((l) => l.row.leg === leg)!;
  return Plot.dot(others, {
    x: (r: TimelineRow) => new Date((Number(toDate(r.start!)) + Number(endOfDay(r.start!))) / 2),
    y: (r: TimelineRow) => lane(r.leg).barY - 6,
    r: 4.5,
    render: annotate(others, (r) => ({
      title: r.label,
      lines: [formatDate(r.start!), ...(r.note ? [r.note] : [])],
      className: 'mark mark--other-date',
      row: rows.indexOf(r),
    })),
  });
}
