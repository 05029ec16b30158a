/**
 * When did the two Maybachs move, and where does the record go dark? Reads data/journey-legs.json
 * and the lasting events in data/journey-events.json. One lane per leg: a bar from departure to
 * arrival (dashed where the arrival was only scheduled), a lone point where only a departure is on
 * record, and words where no source dates the leg. Periods such as the ship's dark days are shaded
 * across all lanes; dates other sources give are hollow rings. Nothing is placed between records.
 */
import * as Plot from '@observablehq/plot';
import { daysBetween, earliestDay } from '../lib/dates';
import { formatDate, formatDateRange, formatValue } from '../lib/format';
import { charsIn, chartStyle, FONT_SIZE, wrapText } from './layout';
import { annotate, decorate } from './marks';
import { legCarrier, legStatus, periodLabel, timelineRows, type TimelineRow } from './maybach-timeline-rows';
import { capitalise, sentence } from './text';
import type { ChartSpec } from './types';

export { timelineRows, type TimelineRow } from './maybach-timeline-rows';

const MS_DAY = 86_400_000;
const toDate = (d: string) => new Date(`${earliestDay(d)}T00:00:00Z`);

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
    const legs = rows.filter((r) => r.kind === 'leg');
    const periods = rows.filter((r) => r.kind === 'period');
    const others = rows.filter((r) => r.kind === 'other-date');
    const dates = rows
      .flatMap((r) => [r.start, r.end])
      .filter((d): d is string => !!d)
      .map(toDate);
    const min = Math.min(...dates.map(Number)) - 4 * MS_DAY;
    const max = Math.max(...dates.map(Number)) + 4 * MS_DAY;
    const line = FONT_SIZE + 4;
    const xPixel = (d: Date) => 6 + ((Number(d) - min) / (max - min)) * (width - 12);
    const BAR = 14;
    // Period labels stack above the lanes, each starting at its period where it fits, else
    // ending at the period's end, else pulled in from the right edge.
    const labelWidth = (t: string) => t.length * FONT_SIZE * 0.55;
    let labelTop = 0;
    const periodLabels = periods.flatMap((r) => {
      const lines = wide ? [periodLabel(r)] : wrapText(periodLabel(r), charsIn(width * 0.7));
      const w = Math.max(...lines.map(labelWidth));
      const x0 = xPixel(toDate(r.start!));
      const x1 = xPixel(new Date(Number(toDate(r.end!)) + MS_DAY));
      const x = x0 + w <= width ? x0 : x1 - w >= 0 ? x1 - w : width - w;
      const placed = lines.map((t, k) => ({ t, x: Math.max(0, x), y: labelTop + (k + 1) * line - 3, r }));
      labelTop += lines.length * line;
      return placed;
    });
    const top = Math.max(2, periods.length) * line + 12 + (labelTop > 2 * line ? labelTop - 2 * line : 0);
    let y = top;
    const lanes = legs.map((r) => {
      const text = wide
        ? wrapText(`${r.label} · ${legCarrier(r)} · ${legStatus(r)}`, charsIn(width))
        : [r.label, legCarrier(r), legStatus(r)].flatMap((t) => wrapText(t, charsIn(width)));
      const labelY = y;
      // Rings for other dates sit in the gap above the bar, so they never hide it.
      const barY = y + text.length * line + (others.some((o) => o.leg === r.leg) ? 12 : 3);
      y = barY + BAR + 14;
      return { r, text, labelY, barY, i: rows.indexOf(r) };
    });
    const height = y + 28;
    const lane = (leg: number | null) => lanes.find((l) => l.r.leg === leg)!;
    const spans = lanes.filter((l) => l.r.start && l.r.end);
    const points = lanes.filter((l) => l.r.start && !l.r.end);
    const undated = lanes.filter((l) => !l.r.start && !l.r.end);
    const tip = (l: (typeof lanes)[number]) => ({
      title: l.r.label,
      lines: [capitalise(legStatus(l.r)), ...(l.r.carrier ? [`Carrier: ${l.r.carrier}`] : []), `Evidence: ${l.r.evidence}`],
      className: `mark mark--leg${l.r.endBasis === 'scheduled' ? ' mark--scheduled' : ''}${l.r.evidence === 'disputed' ? ' mark--disputed' : ''}`,
      row: l.i,
    });
    return Plot.plot({
      document,
      width,
      height,
      marginLeft: 6,
      marginRight: 6,
      marginTop: 0,
      marginBottom: 24,
      style: chartStyle,
      x: {
        type: 'utc',
        domain: [new Date(min), new Date(max)],
        ticks: 'month',
        tickFormat: (d: Date) =>
          formatDate(d.toISOString().slice(0, 7))
            .split(' ')[0]
            .slice(0, wide ? undefined : 3),
        label: null,
        grid: true,
      },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(periods, {
          x1: (r: TimelineRow) => toDate(r.start!),
          x2: (r: TimelineRow) => new Date(Number(toDate(r.end!)) + MS_DAY),
          y1: top - 4,
          y2: height - 24,
          render: annotate(periods, (r) => ({
            title: periodLabel(r),
            lines: [formatDateRange(r.start!, r.end!), r.note],
            className: 'mark-period',
            row: rows.indexOf(r),
          })),
        }),
        Plot.text(periodLabels, {
          x: (p: (typeof periodLabels)[number]) => new Date(min + ((p.x - 6) / (width - 12)) * (max - min)),
          y: 'y',
          text: 't',
          textAnchor: 'start',
          render: decorate('chart__period-label'),
        }),
        Plot.text(
          lanes.flatMap((l) => l.text.map((t, k) => ({ t, y: l.labelY + k * line }))),
          { x: min, y: 'y', text: 't', textAnchor: 'start', lineAnchor: 'top', dx: -2, ariaHidden: 'true' },
        ),
        Plot.rect(spans, {
          x1: (l: (typeof lanes)[number]) => toDate(l.r.start!),
          x2: (l: (typeof lanes)[number]) => new Date(Number(toDate(l.r.end!)) + MS_DAY),
          y1: 'barY',
          y2: (l: (typeof lanes)[number]) => l.barY + BAR,
          render: annotate(spans, tip),
        }),
        Plot.dot(points, {
          x: (l: (typeof lanes)[number]) => toDate(l.r.start!),
          y: (l: (typeof lanes)[number]) => l.barY + BAR / 2,
          r: 6,
          render: annotate(points, tip),
        }),
        Plot.text(undated, {
          x: min,
          y: (l: (typeof lanes)[number]) => l.barY + BAR / 2,
          text: () => '(no dates)',
          textAnchor: 'start',
          fontStyle: 'italic',
          render: annotate(undated, (l) => ({ ...tip(l), className: 'mark-missing' })),
        }),
        Plot.dot(others, {
          x: (r: TimelineRow) => new Date(Number(toDate(r.start!)) + MS_DAY / 2),
          y: (r: TimelineRow) => lane(r.leg).barY - 6,
          r: 4.5,
          render: annotate(others, (r) => ({
            title: r.label,
            lines: [formatDate(r.start!), ...(r.note ? [r.note] : [])],
            className: 'mark mark--other-date',
            row: rows.indexOf(r),
          })),
        }),
      ],
    });
  },
};
