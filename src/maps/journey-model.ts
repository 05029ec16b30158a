/**
 * The Maybach journey in words: for each leg of data/journey-legs.json the text its tooltip, its
 * step card and its table row print (places, dates with what they rest on, the other dates some
 * sources give, carrier, evidence, sources), and for each place the events that happened there.
 */
import type { Dataset } from '../lib/data';
import { formatDate, formatValue } from '../lib/format';
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

const modeText = { sea: 'By sea', air: 'By air', unknown: 'How is not known' } as const;
const evidenceText = { documented: 'Documented', inferred: 'Inferred', disputed: 'Disputed' } as const;

/** A place's name as short as a map label can be: "Vladivostok airport" for the international airport. */
export function shortName(place: Place): string {
  return place.name.replace(/ International Airport$/, ' airport');
}

function publisher(data: Dataset, id: string): string {
  return data.sources.find((s) => s.id === id)?.publisher ?? id;
}

function departText(leg: JourneyLeg): string {
  const d = leg.depart;
  if (!d) return 'no departure date on record';
  const date = formatDate(d.date);
  return d.basis === 'reported' ? `left ${date}` : d.basis === 'scheduled' ? `due to leave ${date}` : `left about ${date} (an estimate)`;
}

function arriveText(leg: JourneyLeg): string {
  const a = leg.arrive;
  if (!a) return 'no arrival on record';
  const date = formatDate(a.date);
  return a.basis === 'reported'
    ? `arrived ${date}`
    : a.basis === 'scheduled'
      ? `due ${date}, no arrival logged`
      : `arrived about ${date} (an estimate)`;
}

/** The words for one leg. */
export function legView(data: Dataset, leg: JourneyLeg): LegView {
  const place = (id: string) => {
    const found = data.places.find((p) => p.id === id);
    if (!found) throw new Error(`Journey leg "${leg.id}": unknown place "${id}"`);
    return found;
  };
  const from = place(leg.from);
  const to = place(leg.to);
  const facilitator = (id: string) => data.facilitators.find((f) => f.id === id)?.name ?? id;
  const cars = data.figures.find((f) => f.id === 'maybach-cars');
  const count = cars ? formatValue(cars.value, cars.unit, { noun: cars.noun }) : 'the two cars';
  const parties = leg.parties.map(facilitator);
  const noDates = !leg.depart && !leg.arrive;
  const alternatives = leg.alternatives.map((a) => ({
    text: `${a.field === 'depart' ? 'left' : a.field === 'arrive' ? 'arrived' : 'dated'} ${formatDate(a.date)}`,
    by: [...new Set(a.sources.map((id) => publisher(data, id)))].join(' and '),
  }));
  return {
    leg,
    from,
    to,
    route: `${shortName(from)} → ${shortName(to)}`,
    mode: modeText[leg.mode],
    carrier: leg.carrier
      ? facilitator(leg.carrier)
      : leg.mode === 'air'
        ? 'Aircraft not identified'
        : leg.mode === 'sea'
          ? 'Ship not named'
          : 'Carrier unknown',
    // A note of a word or two ("Unknown.") says no more than the short carrier text.
    carrierDetail: [
      leg.carrierNote && leg.carrierNote.split(' ').length > 2 ? leg.carrierNote : '',
      parties.length ? `Also named on this leg: ${parties.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    dates: noDates ? 'No dates: no source describes this leg' : capitalise(`${departText(leg)} · ${arriveText(leg)}`),
    otherDates: alternatives.map((a) => `${capitalise(a.text)} according to ${a.by}`),
    otherDatesShort: alternatives.map((a) => a.text),
    cargo: leg.evidence === 'documented' ? count : `${count}, if they were aboard`,
    evidence: evidenceText[leg.evidence],
    publishers: [...new Set(leg.sources.map((s) => publisher(data, s)))],
    sources: leg.sources,
  };
}

/** Every leg in journey order. */
export function legViews(data: Dataset): LegView[] {
  return [...data.journeyLegs].sort((a, b) => a.order - b.order).map((leg) => legView(data, leg));
}

/** Tooltip lines for a place: what it is, where, what happened there and where its coordinates come from. */
export function placeLines(data: Dataset, place: Place): string[] {
  const country = data.countries.find((c) => c.id === place.country)?.name;
  const kind = place.kind.charAt(0).toUpperCase() + place.kind.slice(1);
  const events = data.journeyEvents
    .filter((e) => e.place === place.id)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => `${formatDate(e.date)}: ${e.title}${e.evidence === 'documented' ? '' : ` (${e.evidence})`}`);
  const dataset = data.sources.find((s) => s.id === place.coordinates.source);
  return [
    `${kind}${country ? ` · ${country}` : ''}`,
    ...events,
    `Location: ${dataset?.publisher ?? place.coordinates.source}, ${place.coordinates.reference}`,
  ];
}
