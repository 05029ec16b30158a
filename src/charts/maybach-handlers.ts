/**
 * Who handled the two Maybachs, leg by leg? Reads data/journey-legs.json (the legs, their carrier
 * and parties) and data/facilitators.json (the roles the sources give each firm, ship or airline,
 * with the legs each role was played on and the dispute, if any, that puts it in question). A
 * swimlane: legs across, one lane per firm down, one mark per role on record; a role in dispute is
 * a dotted circle, and a leg whose carrier no source names gets an outlined mark in its own lane.
 * The rows are built and checked in maybach-handlers-rows.ts, placed in maybach-handlers-layout.ts
 * and drawn here.
 */
import * as Plot from '@observablehq/plot';
import type { Facilitator } from '../lib/schemas/facilitator';
import { handlersLayout, legsOf, MARK, type Placed } from './maybach-handlers-layout';
import { handlerRows, type HandlerRow } from './maybach-handlers-rows';
import { annotate, decorate } from './marks';
import { joinList, lowerFirst, sentence } from './text';
import type { ChartDrawOptions, ChartSpec } from './types';
import { unitPlot } from './unit-plot';

export { handlerRows, UNKNOWN_CARRIER, type HandlerRow } from './maybach-handlers-rows';

const kindWords: Record<Facilitator['kind'], [string, string]> = {
  company: ['firm', 'firms'],
  vessel: ['ship', 'ships'],
  airline: ['airline', 'airlines'],
};

function counted(n: number, [one, many]: [string, string]): string {
  return n === 1 ? `one ${one}` : `${n} ${many}`;
}

function tipLines(r: HandlerRow): string[] {
  return [`Leg ${r.leg}`, r.role, ...(r.status === 'disputed' ? [`In dispute, ${lowerFirst(r.dispute!)}: ${r.disputeDetail}`] : [])];
}

/** Draws the lanes at the given width and layout: rules, headings and lane names, then a square per role (a dot where disputed). */
function drawHandlers(rows: HandlerRow[], { width, layout, document }: ChartDrawOptions): Element {
  const g = handlersLayout(rows, width, layout === 'wide');
  const squares = g.marks.filter((m) => m.r.status !== 'disputed');
  const circles = g.marks.filter((m) => m.r.status === 'disputed');
  const tip = (m: Placed) => ({
    title: m.r.facilitator,
    lines: tipLines(m.r),
    className: m.r.status === 'not-known' ? 'mark-track mark-missing' : 'mark mark--leg',
    row: m.i,
  });
  return unitPlot(document, width, g.height, [
    Plot.ruleY(g.laneRules.slice(0, -1), { x1: 0, x2: width, y: 'y', render: decorate('grid-line') }),
    Plot.ruleX(g.colRules, { x: 'x', y1: 'y1', y2: 'y2', render: decorate('grid-line') }),
    ...(['start', 'middle'] as const).flatMap((anchor) =>
      [true, false].map((bold) =>
        Plot.text(
          g.header.filter((h) => h.anchor === anchor && h.bold === bold),
          { x: 'x', y: 'y', text: 't', textAnchor: anchor, fontWeight: bold ? 600 : 400, ariaHidden: 'true' },
        ),
      ),
    ),
    Plot.text(g.laneLabels, { x: 'x', y: 'y', text: 't', textAnchor: 'start', ariaHidden: 'true' }),
    Plot.rect(squares, {
      x1: 'x',
      x2: (m: Placed) => m.x + MARK,
      y1: 'y',
      y2: (m: Placed) => m.y + MARK,
      render: annotate(squares, tip),
    }),
    Plot.dot(circles, {
      x: (m: Placed) => m.x + MARK / 2,
      y: (m: Placed) => m.y + MARK / 2,
      r: MARK / 2 - 0.5,
      render: annotate(circles, (m) => ({ ...tip(m), className: 'mark mark--leg mark--disputed' })),
    }),
  ]);
}

export const maybachHandlers: ChartSpec<HandlerRow> = {
  id: 'maybach-handlers',
  title: (rows, data) => {
    const named = [...new Set(rows.filter((r) => r.facilitatorId).map((r) => r.facilitatorId!))];
    const byKind = (['company', 'vessel', 'airline'] as const)
      .map((k) => [k, named.filter((id) => data.facilitators.find((f) => f.id === id)?.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => counted(n, kindWords[k]));
    const empty = data.journeyLegs.filter((l) => !rows.some((r) => r.legId === l.id && r.facilitatorId));
    const route = (id: string) => {
      const [from, to] = (rows.find((r) => r.legId === id)?.leg ?? id).replace(/^\d+\. /, '').split(' → ');
      return to ? `from ${from} to ${to}` : from;
    };
    const gap = empty.length
      ? `; on the ${empty.length === 1 ? 'leg' : 'legs'} ${joinList(empty.map((l) => route(l.id)))} they name no one`
      : '';
    return `The sources name ${joinList(byKind)} on the Maybachs’ route${gap}`;
  },
  dek: (rows) => {
    const disputed = rows.filter((r) => r.status === 'disputed').length;
    const roles = rows.filter((r) => r.facilitatorId).length;
    return `Every role the sources give on each leg of the journey, one mark each: ${disputed} of the ${roles} are in dispute`;
  },
  rows: handlerRows,
  columns: [
    { key: 'leg', label: 'Leg' },
    {
      key: 'facilitator',
      label: 'Who',
      format: (r) => (r.facilitatorId ? `${r.facilitator} (${[r.kind, r.country].filter(Boolean).join(', ')})` : r.facilitator),
    },
    { key: 'role', label: 'Role the sources give' },
    {
      key: 'status',
      label: 'In dispute',
      format: (r) => (r.status === 'disputed' ? `${r.dispute}: ${r.disputeDetail}` : r.status === 'not-known' ? 'not known' : 'no'),
    },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'legId', label: 'Leg id', in: 'download' },
    { key: 'legOrder', label: 'Leg number', in: 'download' },
    { key: 'facilitatorId', label: 'Facilitator id', in: 'download' },
    { key: 'kind', label: 'Kind', in: 'download' },
    { key: 'country', label: 'Based in', in: 'download' },
    { key: 'dispute', label: 'Disputed about', in: 'download' },
    { key: 'disputeDetail', label: 'Dispute', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const notes: string[] = [];
    const seen = new Set<string>();
    for (const r of rows.filter((x) => x.status === 'disputed')) {
      const key = `${r.facilitatorId}:${r.dispute}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(sentence(`${r.facilitator}, ${lowerFirst(r.dispute!)}: ${r.disputeDetail}`));
    }
    for (const leg of [...data.journeyLegs].sort((a, b) => a.order - b.order)) {
      const label = rows.find((r) => r.legId === leg.id)?.leg;
      if (label && leg.evidence !== 'documented') notes.push(sentence(`Leg ${label} is ${leg.evidence}: ${leg.evidenceNote}`));
    }
    notes.push('A mark says only that a source gives the role; it does not say the firm knew where the cars were going.');
    return notes;
  },
  alt: (rows) => {
    const legs = legsOf(rows).map((l) => {
      const here = rows.filter((r) => r.legId === l.id);
      const who = here
        .filter((r) => r.facilitatorId)
        .map((r) => `${r.facilitator}, ${lowerFirst(r.role)}${r.status === 'disputed' ? ' (disputed)' : ''}`);
      const unknown = here.some((r) => r.status === 'not-known') ? ['carrier not named'] : [];
      return `Leg ${l.label}: ${[...who, ...unknown].join('; ') || 'no one on record'}`;
    });
    return sentence(`A grid of legs and the firms, ship and airline on them. ${legs.join('. ')}`);
  },
  legend: (rows) => [
    { className: 'mark mark--leg', label: 'Role on record' },
    ...(rows.some((r) => r.status === 'disputed')
      ? [{ className: 'mark mark--leg mark--disputed', label: 'Role in dispute', swatch: 'dot' as const }]
      : []),
    ...(rows.some((r) => r.status === 'not-known') ? [{ className: 'mark-track', label: 'Carrier no source names' }] : []),
  ],
  render: drawHandlers,
};
