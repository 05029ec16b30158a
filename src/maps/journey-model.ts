/**
 * The Maybach journey in words: for each leg of data/journey-legs.json the text its tooltip, its
 * step card and its table row print (places, dates with what they rest on, the other dates some
 * sources give, carrier, evidence, sources), and for each place the events that happened there.
 */
import type { Dataset } from '../lib/data';
import { formatDate, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { mapText as t } from '../lib/i18n/ui/maps';
import type { JourneyLeg } from '../lib/schemas/journey';
import type { Place } from '../lib/schemas/place';
import { capitalise } from '../markup/text';

export interface LegView {
  leg: JourneyLeg;
  from: Place;
  to: Place;
  /** "Rotterdam → Dalian", with airports shortened. */
  route: string;
  mode: string;
  carrier: string;
  /** What is known of the carrier when there is no record of it, or the parties on the leg. */
  carrierDetail: string;
  dates: string;
  /** Dates other sources give, with who gives them: "Left 20 June 2018 according to Chosun Ilbo". */
  otherDates: string[];
  /** The same dates without their sources, for the compact step card: "left 20 June 2018". */
  otherDatesShort: string[];
  cargo: string;
  evidence: string;
  /** Publishers of the leg's sources, for tooltips. */
  publishers: string[];
  sources: string[];
}

/** The words for a leg's mode: "By sea", "해상 운송". */
export const modeText = (lang: Lang, mode: JourneyLeg['mode']): string =>
  t(lang, mode === 'sea' ? 'modeSea' : mode === 'air' ? 'modeAir' : 'modeUnknown');

/** The words for a leg's evidence: "Documented", "기록으로 확인됨". */
export const evidenceText = (lang: Lang, evidence: JourneyLeg['evidence']): string =>
  t(lang, evidence === 'documented' ? 'evDocumented' : evidence === 'inferred' ? 'evInferred' : 'evDisputed');

/** A list in running text: "A, B and C" ("A, B, C" in Korean). */
export function joinList(lang: Lang, items: string[]): string {
  if (items.length < 2) return items.join('');
  return t(lang, 'list', { a: items.slice(0, -1).join(t(lang, 'listSep')), b: items[items.length - 1] });
}

/**
 * A place's name as short as a map label can be: "Vladivostok airport" for the international
 * airport, "평양 순안공항" for "평양 순안국제공항".
 */
export function shortName(place: Place): string {
  return place.name.replace(/ International Airport$/, ' airport').replace(/ ?국제공항$/, (m) => (m.startsWith(' ') ? ' 공항' : '공항'));
}

function publisher(data: Dataset, id: string): string {
  return data.sources.find((s) => s.id === id)?.publisher ?? id;
}

function departText(leg: JourneyLeg, lang: Lang): string {
  const d = leg.depart;
  if (!d) return t(lang, 'noDepart');
  const date = formatDate(d.date, lang);
  return t(lang, d.basis === 'reported' ? 'left' : d.basis === 'scheduled' ? 'dueLeave' : 'leftAbout', { date });
}

function arriveText(leg: JourneyLeg, lang: Lang): string {
  const a = leg.arrive;
  if (!a) return t(lang, 'noArrive');
  const date = formatDate(a.date, lang);
  return t(lang, a.basis === 'reported' ? 'arrived' : a.basis === 'scheduled' ? 'dueArrive' : 'arrivedAbout', { date });
}

function carrierText(data: Dataset, leg: JourneyLeg, lang: Lang): string {
  if (leg.carrier) return data.facilitators.find((f) => f.id === leg.carrier)?.name ?? leg.carrier;
  return t(lang, leg.mode === 'air' ? 'noAircraft' : leg.mode === 'sea' ? 'noShip' : 'noCarrier');
}

/** The words for one leg. */
export function legView(data: Dataset, leg: JourneyLeg): LegView {
  const lang = langOf(data);
  const place = (id: string) => {
    const found = data.places.find((p) => p.id === id);
    if (!found) throw new Error(`Journey leg "${leg.id}": unknown place "${id}"`);
    return found;
  };
  const from = place(leg.from);
  const to = place(leg.to);
  const facilitator = (id: string) => data.facilitators.find((f) => f.id === id)?.name ?? id;
  const cars = data.figures.find((f) => f.id === 'maybach-cars');
  // Without the figure the line names the cars and gives no number, rather than typing one.
  const count = cars ? t(lang, 'cargoCount', { count: formatValue(cars.value, cars.unit, { noun: cars.noun, lang }) }) : t(lang, 'cars');
  const parties = leg.parties.map(facilitator);
  const noDates = !leg.depart && !leg.arrive;
  const alternatives = leg.alternatives.map((a) => ({
    text: t(lang, a.field === 'depart' ? 'left' : a.field === 'arrive' ? 'arrived' : 'dated', { date: formatDate(a.date, lang) }),
    by: [...new Set(a.sources.map((id) => publisher(data, id)))].join(t(lang, 'joinAnd')),
  }));
  return {
    leg,
    from,
    to,
    route: `${shortName(from)} → ${shortName(to)}`,
    mode: modeText(lang, leg.mode),
    carrier: carrierText(data, leg, lang),
    // A note of a word or two ("Unknown.") says no more than the short carrier text.
    carrierDetail: [
      leg.carrierNote && leg.carrierNote.split(' ').length > 2 ? leg.carrierNote : '',
      parties.length ? t(lang, 'alsoNamed', { list: parties.join(t(lang, 'listSep')) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
    dates: noDates ? t(lang, 'noDates') : capitalise(`${departText(leg, lang)} · ${arriveText(leg, lang)}`),
    otherDates: alternatives.map((a) => t(lang, 'according', { text: capitalise(a.text), by: a.by })),
    otherDatesShort: alternatives.map((a) => a.text),
    cargo: leg.evidence === 'documented' ? count : t(lang, 'ifAboard', { count }),
    evidence: evidenceText(lang, leg.evidence),
    publishers: [...new Set(leg.sources.map((s) => publisher(data, s)))],
    sources: leg.sources,
  };
}

/** Every leg in journey order. */
export function legViews(data: Dataset): LegView[] {
  return [...data.journeyLegs].sort((a, b) => a.order - b.order).map((leg) => legView(data, leg));
}

const KIND_KEYS = { port: 'kindPort', airport: 'kindAirport', city: 'kindCity' } as const;

/** Tooltip lines for a place: what it is, where, what happened there and where its coordinates come from. */
export function placeLines(data: Dataset, place: Place): string[] {
  const lang = langOf(data);
  const country = data.countries.find((c) => c.id === place.country)?.name;
  const kind = t(lang, KIND_KEYS[place.kind]);
  const events = data.journeyEvents
    .filter((e) => e.place === place.id)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(
      (e) =>
        `${formatDate(e.date, lang)}: ${e.title}${e.evidence === 'documented' ? '' : ` (${t(lang, e.evidence === 'inferred' ? 'evInferredLower' : 'evDisputedLower')})`}`,
    );
  const dataset = data.sources.find((s) => s.id === place.coordinates.source);
  return [
    `${kind}${country ? ` · ${country}` : ''}`,
    ...events,
    t(lang, 'location', { publisher: dataset?.publisher ?? place.coordinates.source, reference: place.coordinates.reference }),
  ];
}
