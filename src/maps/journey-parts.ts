/**
 * The parts of the journey map around the SVG: its legend (mode, evidence, places, countries), its
 * route table (one row per leg, every detail) and the cards of its step-through control.
 */
import type { Dataset } from '../lib/data';
import { html, raw } from '../lib/html';
import type { LegView } from './journey-model';
import { landSample, legendGroup, lineSample } from './legend';
import { routeTable } from './route-table';
import type { StepCard } from './steps';
import { creditLinks } from '../markup/credits';

/** The legend: what colour and badge shape say about mode, what the dashes say about evidence. */
export function journeyLegend(idPrefix: string): string {
  const badge = (shape: string) =>
    shape === 'circle'
      ? '<circle cx="20" cy="8" r="6"/>'
      : shape === 'square'
        ? '<rect x="14" y="2" width="12" height="12"/>'
        : '<path d="M20,1L27,8L20,15L13,8Z"/>';
  const modeSample = (mode: string, shape: string) =>
    `${lineSample(`flow--${mode} flow--documented`, 2.5)}<g class="flow flow--${mode}"><g class="flow__badge">${badge(shape)}</g></g>`;
  return [
    legendGroup('How the cars moved', [
      { sample: modeSample('sea', 'circle'), label: 'By sea (round badge)' },
      { sample: modeSample('air', 'square'), label: 'By air (square badge)' },
      { sample: modeSample('unknown', 'diamond'), label: 'Not known (diamond badge)' },
    ]),
    legendGroup('What the sources show', [
      { sample: lineSample('flow--neutral flow--documented', 2.5), label: 'Documented: records or several sources' },
      { sample: lineSample('flow--neutral flow--disputed', 2.5), label: 'Disputed: sources contradict each other' },
      { sample: lineSample('flow--neutral flow--inferred', 2.5), label: 'Inferred: no direct record' },
    ]),
    legendGroup('On the map', [
      { sample: '<circle class="place__dot" cx="20" cy="8" r="4"/>', label: 'Port' },
      { sample: '<rect class="place__dot" x="16" y="4" width="8" height="8"/>', label: 'Airport' },
      { sample: landSample('land land--destination', `${idPrefix}-legend-hatch`), label: 'North Korea (hatched)' },
      { sample: landSample('land land--story'), label: 'Other countries on the route' },
    ]),
  ].join('');
}

/** One row per leg, with everything the map shows and what it cannot. */
export function journeyTable(data: Dataset, views: LegView[]): string {
  return routeTable(
    'The legs of the journey, with their dates, carriers, evidence and sources',
    [
      { label: 'Leg', cell: (v) => html`${v.leg.order}. ${v.route}` },
      {
        label: 'When',
        cell: (v) => html`${v.dates}${raw(v.otherDates.map((d) => html`<span class="map__aside">${d}</span>`).join(''))}`,
      },
      {
        label: 'How',
        cell: (v) => html`${v.mode} · ${v.carrier}${raw(v.carrierDetail ? html`<span class="map__aside">${v.carrierDetail}</span>` : '')}`,
      },
      {
        label: 'Evidence',
        cell: (v) =>
          html`<strong>${v.evidence}.</strong> ${v.leg.evidenceNote}${raw(v.leg.note ? html`<span class="map__aside">${v.leg.note}</span>` : '')}`,
      },
      { label: 'Sources', cell: (v) => creditLinks(data, v.sources) },
    ],
    views,
    (v) => v.leg.id,
  );
}

/** The opening card and one card per leg for the step-through control. */
export function stepCards(data: Dataset, views: LegView[]): StepCard[] {
  const opening: StepCard = {
    flow: '',
    label: `All ${views.length} legs`,
    body: '',
  };
  return [
    opening,
    ...views.map((v) => ({
      flow: v.leg.id,
      label: `Leg ${v.leg.order} of ${views.length}: ${v.route}`,
      body: html`<p class="map-steps__meta"><span><b>When</b> ${v.dates}${v.otherDates.length ? ` (other accounts: ${v.otherDatesShort.join('; ')})` : ''}</span> <span><b>How</b> ${v.mode} · ${v.carrier}</span> <span><b>Cargo</b> ${v.cargo}</span></p><p><b>${v.evidence}.</b> ${v.leg.evidenceNote}</p><p class="map-steps__sources">Sources: ${raw(creditLinks(data, v.sources))}</p>`,
    })),
  ];
}
