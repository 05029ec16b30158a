/**
 * Who handled the two Maybachs, leg by leg? Reads data/journey-legs.json (the legs, their carrier
 * and parties) and data/facilitators.json (the roles the sources give each firm, ship or airline,
 * with the legs each role was played on and the dispute, if any, that puts it in question). A
 * swimlane: legs across, one lane per firm down, one mark per role on record; a role in dispute is
 * a dotted circle, and a leg whose carrier no source names gets an outlined mark in its own lane.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../lib/data';
import type { Facilitator } from '../lib/schemas/facilitator';
import { charsIn, chartStyle, FONT_SIZE, wrapText } from './layout';
import { annotate, decorate } from './marks';
import { joinList, lowerFirst, sentence } from './text';
import type { ChartSpec } from './types';

export interface HandlerRow {
  /** "<facilitator>-<leg>-<n>": one row per mark. */
  id: string;
  /** The leg's number and route: "1. Rotterdam → Dalian". */
  leg: string;
  legId: string;
  legOrder: number;
  /** The facilitator's id, or null for a leg whose carrier no source names. */
  facilitatorId: string | null;
  facilitator: string;
  kind: Facilitator['kind'] | null;
  country: string | null;
  role: string;
  /** documented: a source gives the role; disputed: sources disagree on it; not-known: no source names the carrier. */
  status: 'documented' | 'disputed' | 'not-known';
  /** What is disputed, and the competing accounts, when the role is in dispute. */
  dispute: string | null;
  disputeDetail: string | null;
  sources: string[];
}

/** The lane of legs whose ship or aircraft no source names. */
export const UNKNOWN_CARRIER = 'Carrier not named';

function fail(message: string): never {
  throw new Error(`Chart "maybach-handlers": ${message}`);
}

/** One row per role on a leg, leg by leg, then one per leg whose carrier no source names. */
export function handlerRows(data: Dataset): HandlerRow[] {
  // Airports go by their city ("Vladivostok airport"), so a leg's route fits a column.
  const place = (id: string) => {
    const p = data.places.find((x) => x.id === id);
    if (!p) return id;
    return p.kind === 'airport' ? `${p.name.split(' ')[0]} airport` : p.name;
  };
  const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
  const legLabel = new Map(legs.map((l) => [l.id, `${l.order}. ${place(l.from)} → ${place(l.to)}`]));
  const country = (id: string | null) => (id ? (data.countries.find((c) => c.id === id)?.name ?? id) : null);
  const rows: HandlerRow[] = [];
  // Every role tied to a leg must name a leg on which the firm is the carrier or a party.
  for (const f of data.facilitators) {
    f.roles.forEach((r, i) => {
      for (const legId of r.legs) {
        const leg = legs.find((l) => l.id === legId);
        if (!leg)
          fail(`data/facilitators.json → ${f.id} → roles[${i}].legs names "${legId}", which is not a leg in data/journey-legs.json.`);
        if (leg.carrier !== f.id && !leg.parties.includes(f.id))
          fail(
            `data/facilitators.json → ${f.id} → roles[${i}].legs names "${legId}", but that leg in data/journey-legs.json has ${f.id} neither as carrier nor among its parties: add it there or remove the leg.`,
          );
      }
      if (r.dispute && !f.disputed.some((d) => d.about === r.dispute))
        fail(
          `data/facilitators.json → ${f.id} → roles[${i}].dispute is "${r.dispute}", but ${f.id} has no entry in "disputed" about that (it has: ${f.disputed.map((d) => `"${d.about}"`).join(', ') || 'none'}).`,
        );
    });
  }
  for (const leg of legs) {
    const onLeg = [...new Set([leg.carrier, ...leg.parties].filter((id): id is string => !!id))];
    for (const id of onLeg) {
      const f = data.facilitators.find((x) => x.id === id);
      if (!f) fail(`data/journey-legs.json → ${leg.id} names "${id}", which is not in data/facilitators.json.`);
      const base = {
        leg: legLabel.get(leg.id)!,
        legId: leg.id,
        legOrder: leg.order,
        facilitatorId: f.id,
        facilitator: f.name,
        kind: f.kind,
        country: country(f.country),
      };
      const roles = f.roles.filter((r) => r.legs.includes(leg.id));
      if (!roles.length) {
        // The leg record names the firm, but no role says what it did there: say only what the leg says.
        rows.push({
          ...base,
          id: `${f.id}-${leg.id}-1`,
          role: leg.carrier === f.id ? 'Named as the carrier on this leg' : 'Named as a party on this leg',
          status: 'documented',
          dispute: null,
          disputeDetail: null,
          sources: leg.sources,
        });
        continue;
      }
      roles.forEach((r, k) => {
        const d = r.dispute ? f.disputed.find((x) => x.about === r.dispute)! : null;
        rows.push({
          ...base,
          id: `${f.id}-${leg.id}-${k + 1}`,
          role: r.role,
          status: d ? 'disputed' : 'documented',
          dispute: d?.about ?? null,
          disputeDetail: d?.detail ?? null,
          sources: [...new Set([...r.sources, ...(d?.sources ?? [])])],
        });
      });
    }
  }
  for (const leg of legs.filter((l) => !l.carrier))
    rows.push({
      id: `unknown-carrier-${leg.id}`,
      leg: legLabel.get(leg.id)!,
      legId: leg.id,
      legOrder: leg.order,
      facilitatorId: null,
      facilitator: UNKNOWN_CARRIER,
      kind: null,
      country: null,
      role: leg.carrierNote ?? 'No source names the ship or aircraft.',
      status: 'not-known',
      dispute: null,
      disputeDetail: null,
      sources: leg.sources,
    });
  return rows;
}

const kindWords: Record<Facilitator['kind'], [string, string]> = {
  company: ['firm', 'firms'],
  vessel: ['ship', 'ships'],
  airline: ['airline', 'airlines'],
};

function counted(n: number, [one, many]: [string, string]): string {
  return n === 1 ? `one ${one}` : `${n} ${many}`;
}

/** The firms, ships and airlines with a mark, in order of the first leg they appear on. */
function lanes(rows: HandlerRow[]): string[] {
  return [...new Set(rows.map((r) => r.facilitator))].sort((a, b) => {
    if (a === UNKNOWN_CARRIER || b === UNKNOWN_CARRIER) return a === UNKNOWN_CARRIER ? 1 : -1;
    return 0;
  });
}

function legsOf(rows: HandlerRow[]) {
  const seen = new Map<string, { id: string; label: string; order: number }>();
  for (const r of [...rows].sort((a, b) => a.legOrder - b.legOrder))
    if (!seen.has(r.legId)) seen.set(r.legId, { id: r.legId, label: r.leg, order: r.legOrder });
  return [...seen.values()];
}

/** What a lane's name is followed by: the firm's country, the ship's flag, the airline's country. */
function laneNote(r: HandlerRow): string {
  if (r.kind === 'vessel') return r.country ? `ship, ${r.country} flag` : 'ship';
  if (r.kind === 'airline') return r.country ? `airline, ${r.country}` : 'airline';
  return r.country ?? 'firm, country not known';
}

function tipLines(r: HandlerRow): string[] {
  return [`Leg ${r.leg}`, r.role, ...(r.status === 'disputed' ? [`In dispute, ${lowerFirst(r.dispute!)}: ${r.disputeDetail}`] : [])];
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
  render: (rows, { width, layout, document }) => {
    const wide = layout === 'wide';
    const legs = legsOf(rows);
    const names = lanes(rows);
    const line = FONT_SIZE + 4;
    const MARK = 14;
    const GAP = 4;
    // Wide: lane names on the left, legs as columns with their route above. Narrow: lane names above
    // each lane across the full width, legs as numbered columns keyed above the grid.
    const labelWidth = wide ? 168 : 0;
    const colWidth = (width - labelWidth) / Math.max(1, legs.length);
    const colX = (i: number) => labelWidth + i * colWidth;
    const header: { t: string; x: number; y: number; anchor: 'start' | 'middle'; bold: boolean }[] = [];
    let y = 0;
    if (wide) {
      // "Leg 1" in bold, then the route with the arrow kept after the first place: "Rotterdam →" over "Dalian".
      const per = legs.map((l) => {
        const [from, to] = l.label.replace(/^\d+\. /, '').split(' → ');
        return [
          `Leg ${l.order}`,
          ...[to ? `${from} →` : from, ...(to ? [to] : [])].flatMap((part) => wrapText(part, charsIn(colWidth - 6))),
        ];
      });
      const depth = Math.max(...per.map((p) => p.length));
      per.forEach((p, i) => p.forEach((t, k) => header.push({ t, x: colX(i) + 3, y: (k + 1) * line, anchor: 'start', bold: k === 0 })));
      y = depth * line + 10;
    } else {
      for (const l of legs)
        for (const t of wrapText(l.label, charsIn(width))) {
          y += line;
          header.push({ t, x: 0, y, anchor: 'start', bold: false });
        }
      y += 8;
      legs.forEach((l, i) => header.push({ t: String(l.order), x: colX(i) + colWidth / 2, y: y + line, anchor: 'middle', bold: true }));
      y += line + 14;
    }
    const gridTop = y - 4;
    type Placed = { r: HandlerRow; x: number; y: number; i: number };
    const marks: Placed[] = [];
    const laneLabels: { t: string; x: number; y: number }[] = [];
    const laneRules: { y: number }[] = [];
    // Narrow: column rules run only beside the marks, so they never cross a lane's name.
    const colRules: { x: number; y1: number; y2: number }[] = [];
    for (const name of names) {
      const here = rows.filter((r) => r.facilitator === name);
      const first = here[0];
      const label = first.facilitatorId ? `${name} (${laneNote(first)})` : name;
      const text = wrapText(label, charsIn(wide ? labelWidth - 10 : width));
      const perCell = Math.max(...legs.map((l) => here.filter((r) => r.legId === l.id).length));
      const perRow = Math.max(1, Math.floor((colWidth - 6) / (MARK + GAP)));
      const markRows = Math.ceil(perCell / perRow);
      const markHeight = markRows * (MARK + GAP) - GAP;
      let top: number;
      if (wide) {
        const height = Math.max(text.length * line, markHeight);
        top = y + (height - markHeight) / 2;
        text.forEach((t, k) => laneLabels.push({ t, x: 0, y: y + (height - text.length * line) / 2 + (k + 1) * line - 4 }));
        y += height + 10;
      } else {
        text.forEach((t, k) => laneLabels.push({ t, x: 0, y: y + (k + 1) * line - 3 }));
        top = y + text.length * line + 2;
        y = top + markHeight + 10;
      }
      laneRules.push({ y: y - 5 });
      if (!wide) for (let c = 1; c < legs.length; c++) colRules.push({ x: colX(c), y1: top - 3, y2: top + markHeight + 3 });
      legs.forEach((l, c) => {
        const cell = here.filter((r) => r.legId === l.id);
        const used = Math.min(cell.length, perRow);
        const start = colX(c) + (colWidth - (used * (MARK + GAP) - GAP)) / 2;
        cell.forEach((r, k) =>
          marks.push({ r, x: start + (k % perRow) * (MARK + GAP), y: top + Math.floor(k / perRow) * (MARK + GAP), i: rows.indexOf(r) }),
        );
      });
    }
    const height = Math.ceil(y);
    const squares = marks.filter((m) => m.r.status !== 'disputed');
    const circles = marks.filter((m) => m.r.status === 'disputed');
    const tip = (m: Placed) => ({
      title: m.r.facilitator,
      lines: tipLines(m.r),
      className: m.r.status === 'not-known' ? 'mark-track mark-missing' : 'mark mark--leg',
      row: m.i,
    });
    return Plot.plot({
      document,
      width,
      height,
      margin: 0,
      style: chartStyle,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.ruleY(laneRules.slice(0, -1), { x1: 0, x2: width, y: 'y', render: decorate('grid-line') }),
        Plot.ruleX(wide ? legs.slice(1).map((_, i) => ({ x: colX(i + 1), y1: gridTop, y2: height - 5 })) : colRules, {
          x: 'x',
          y1: 'y1',
          y2: 'y2',
          render: decorate('grid-line'),
        }),
        ...(['start', 'middle'] as const).flatMap((anchor) =>
          [true, false].map((bold) =>
            Plot.text(
              header.filter((h) => h.anchor === anchor && h.bold === bold),
              { x: 'x', y: 'y', text: 't', textAnchor: anchor, fontWeight: bold ? 600 : 400, ariaHidden: 'true' },
            ),
          ),
        ),
        Plot.text(laneLabels, { x: 'x', y: 'y', text: 't', textAnchor: 'start', ariaHidden: 'true' }),
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
      ],
    });
  },
};
