/**
 * The parts of the journey map around the SVG: its legend (mode, evidence, places, countries), its
 * route table (one row per leg, every detail) and the cards of its step-through control, in the
 * language of the data set.
 */
import type { Dataset } from '../lib/data';
import { html, raw } from '../lib/html';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { mapText as t } from '../lib/i18n/ui/maps';
import type { LegView } from './journey-model';
import { landSample, legendGroup, lineSample } from './legend';
import { routeTable } from './route-table';
import type { StepCard } from './steps';
import { creditLinks } from '../markup/credits';

/** The legend: what colour and badge shape say about mode, what the dashes say about evidence. */
export function journeyLegend(idPrefix: string, lang: Lang = 'en'): string {
  const badge = (shape: string) =>
    shape === 'circle'
      ? '<circle cx="20" cy="8" r="6"/>'
      : shape === 'square'
        ? '<rect x="14" y="2" width="12" height="12"/>'
        : '<path d="M20,1L27,8L20,15L13,8Z"/>';
  const modeSample = (mode: string, shape: string) =>
    `${lineSample(`flow--${mode} flow--documented`, 2.5)}<g class="flow flow--${mode}"><g class="flow__badge">${badge(shape)}</g></g>`;
  return [
    legendGroup(t(lang, 'lgHow'), [
      { sample: modeSample('sea', 'circle'), label: t(lang, 'lgSea') },
      { sample: modeSample('air', 'square'), label: t(lang, 'lgAir') },
      { sample: modeSample('unknown', 'diamond'), label: t(lang, 'lgUnknown') },
    ]),
    legendGroup(t(lang, 'lgSources'), [
      { sample: lineSample('flow--neutral flow--documented', 2.5), label: t(lang, 'lgDocumented') },
      { sample: lineSample('flow--neutral flow--disputed', 2.5), label: t(lang, 'lgDisputed') },
      { sample: lineSample('flow--neutral flow--inferred', 2.5), label: t(lang, 'lgInferred') },
    ]),
    legendGroup(t(lang, 'lgOnMap'), [
      { sample: '<circle class="place__dot" cx="20" cy="8" r="4"/>', label: t(lang, 'kindPort') },
      { sample: '<rect class="place__dot" x="16" y="4" width="8" height="8"/>', label: t(lang, 'kindAirport') },
      { sample: landSample('land land--destination', `${idPrefix}-legend-hatch`), label: t(lang, 'lgNorthKorea') },
      { sample: landSample('land land--story'), label: t(lang, 'lgOthersRoute') },
    ]),
  ].join('');
}

/** One row per leg, with everything the map shows and what it cannot. */
export function journeyTable(data: Dataset, views: LegView[]): string {
  const lang = langOf(data);
  return routeTable(
    t(lang, 'jtCaption'),
    [
      { label: t(lang, 'colLeg'), cell: (v) => html`${v.leg.order}. ${v.route}` },
      {
        label: t(lang, 'colWhen'),
        cell: (v) => html`${v.dates}${raw(v.otherDates.map((d) => html`<span class="map__aside">${d}</span>`).join(''))}`,
      },
      {
        label: t(lang, 'colHow'),
        cell: (v) => html`${v.mode} · ${v.carrier}${raw(v.carrierDetail ? html`<span class="map__aside">${v.carrierDetail}</span>` : '')}`,
      },
      {
        label: t(lang, 'colEvidence'),
        cell: (v) =>
          html`<strong>${t(lang, 'evidenceLead', { evidence: v.evidence })}</strong> ${v.leg.evidenceNote}${raw(v.leg.note ? html`<span class="map__aside">${v.leg.note}</span>` : '')}`,
      },
      { label: t(lang, 'colSources'), cell: (v) => creditLinks(data, v.sources) },
    ],
    views,
    (v) => v.leg.id,
  );
}

/** The opening card and one card per leg for the step-through control. */
export function stepCards(data: Dataset, views: LegView[]): StepCard[] {
  const lang = langOf(data);
  const count = views.length;
  const opening: StepCard = { flow: '', label: t(lang, 'stepAll', { count }), body: '' };
  const others = (v: LegView) => (v.otherDates.length ? t(lang, 'otherAccounts', { list: v.otherDatesShort.join('; ') }) : '');
  return [
    opening,
    ...views.map((v) => ({
      flow: v.leg.id,
      label: t(lang, 'stepLeg', { order: v.leg.order, count, route: v.route }),
      body: html`<p class="map-steps__meta"><span><b>${t(lang, 'colWhen')}</b> ${v.dates}${others(v)}</span> <span><b>${t(lang, 'colHow')}</b> ${v.mode} · ${v.carrier}</span> <span><b>${t(lang, 'stepCargo')}</b> ${v.cargo}</span></p><p><b>${t(lang, 'evidenceLead', { evidence: v.evidence })}</b> ${v.leg.evidenceNote}</p><p class="map-steps__sources">${t(lang, 'tipSources', { list: '' })}${raw(creditLinks(data, v.sources))}</p>`,
    })),
  ];
}
