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
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { statusWord } from '../lib/i18n/ui/figures';
import type { Facilitator } from '../lib/schemas/facilitator';
import { handlersLayout, legsOf, MARK, type Placed } from './maybach-handlers-layout';
import { handlerRows, type HandlerRow } from './maybach-handlers-rows';
import { annotate, decorate } from './marks';
import { joinList, lowerFirst, sentence } from './text';
import type { ChartDrawOptions, ChartSpec } from './types';
import { unitPlot } from './unit-plot';
import { w } from './words/maybach-handlers';

export { handlerRows, UNKNOWN_CARRIER, type HandlerRow } from './maybach-handlers-rows';

function counted(n: number, kind: Facilitator['kind'], lang: Lang): string {
  return n === 1 ? w(lang, `one.${kind}`) : w(lang, `many.${kind}`, { n });
}

function tipLines(r: HandlerRow): string[] {
  const { lang } = r;
  const dispute = r.status === 'disputed' ? [w(lang, 'inDispute', { about: lowerFirst(r.dispute!), detail: r.disputeDetail ?? '' })] : [];
  return [w(lang, 'leg', { leg: r.leg }), r.role, ...dispute];
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
    const lang = langOf(data);
    const named = [...new Set(rows.filter((r) => r.facilitatorId).map((r) => r.facilitatorId!))];
    const byKind = (['company', 'vessel', 'airline'] as const)
      .map((k) => [k, named.filter((id) => data.facilitators.find((f) => f.id === id)?.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => counted(n, k, lang));
    const empty = data.journeyLegs.filter((l) => !rows.some((r) => r.legId === l.id && r.facilitatorId));
    const route = (id: string) => {
      const [from, to] = (rows.find((r) => r.legId === id)?.leg ?? id).replace(/^\d+\. /, '').split(' → ');
      return to ? w(lang, 'route', { from, to }) : from;
    };
    const legs = joinList(
      empty.map((l) => route(l.id)),
      lang,
    );
    const gap = empty.length ? w(lang, empty.length === 1 ? 'gapOne' : 'gapMany', { legs }) : '';
    return w(lang, 'title', { handlers: joinList(byKind, lang), gap });
  },
  dek: (rows, data) => {
    const disputed = rows.filter((r) => r.status === 'disputed').length;
    const roles = rows.filter((r) => r.facilitatorId).length;
    return w(langOf(data), 'dek', { disputed, roles });
  },
  rows: handlerRows,
  columns: (lang) => [
    { key: 'leg', label: w(lang, 'col.leg') },
    {
      key: 'facilitator',
      label: w(lang, 'col.who'),
      format: (r) =>
        r.facilitatorId
          ? w(lang, 'who', { name: r.facilitator, about: [r.kind && w(lang, `kind.${r.kind}`), r.country].filter(Boolean).join(', ') })
          : r.facilitator,
    },
    { key: 'role', label: w(lang, 'col.role') },
    {
      key: 'status',
      label: w(lang, 'col.dispute'),
      format: (r) =>
        r.status === 'disputed'
          ? w(lang, 'dispute', { about: r.dispute ?? '', detail: r.disputeDetail ?? '' })
          : r.status === 'not-known'
            ? w(lang, 'notKnown')
            : w(lang, 'no'),
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
    const lang = langOf(data);
    const notes: string[] = [];
    const seen = new Set<string>();
    for (const r of rows.filter((x) => x.status === 'disputed')) {
      const key = `${r.facilitatorId}:${r.dispute}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(sentence(w(lang, 'noteDispute', { name: r.facilitator, about: lowerFirst(r.dispute!), detail: r.disputeDetail ?? '' })));
    }
    for (const leg of [...data.journeyLegs].sort((a, b) => a.order - b.order)) {
      const label = rows.find((r) => r.legId === leg.id)?.leg;
      if (label && leg.evidence !== 'documented')
        notes.push(sentence(w(lang, 'noteLeg', { label, evidence: statusWord(lang, 'evidence', leg.evidence), note: leg.evidenceNote })));
    }
    notes.push(w(lang, 'noteMark'));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const legs = legsOf(rows).map((l) => {
      const here = rows.filter((r) => r.legId === l.id);
      const who = here
        .filter((r) => r.facilitatorId)
        .map((r) =>
          w(lang, 'altWho', {
            name: r.facilitator,
            role: lowerFirst(r.role),
            disputed: r.status === 'disputed' ? w(lang, 'altDisputed') : '',
          }),
        );
      const unknown = here.some((r) => r.status === 'not-known') ? [w(lang, 'altUnknown')] : [];
      return w(lang, 'altLeg', { label: l.label, who: [...who, ...unknown].join('; ') || w(lang, 'altNoOne') });
    });
    return sentence(w(lang, 'alt', { legs: legs.join('. ') }));
  },
  legend: (rows, lang) => [
    { className: 'mark mark--leg', label: w(lang, 'legend.role') },
    ...(rows.some((r) => r.status === 'disputed')
      ? [{ className: 'mark mark--leg mark--disputed', label: w(lang, 'legend.disputed'), swatch: 'dot' as const }]
      : []),
    ...(rows.some((r) => r.status === 'not-known') ? [{ className: 'mark-track', label: w(lang, 'legend.unknown') }] : []),
  ],
  render: drawHandlers,
};
