/**
 * The rows of maybach-handlers, from data/journey-legs.json and data/facilitators.json: one per
 * role a source gives a firm, ship or airline on a leg, leg by leg, then one per leg whose carrier
 * no source names. Every role is first checked against the legs and disputes it names, so a bad
 * edit fails naming the file, the record and the fix.
 */
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { w } from './words/maybach-handlers';
import type { Facilitator } from '../lib/schemas/facilitator';

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
  /** The language the row's words are in (the data set's). */
  lang: Lang;
}

/** The lane of legs whose ship or aircraft no source names. */
export const UNKNOWN_CARRIER = 'Carrier not named';

type Leg = Dataset['journeyLegs'][number];

/** The fields a row takes from its leg and the firm on it. */
type RowBase = Pick<HandlerRow, 'leg' | 'legId' | 'legOrder' | 'facilitatorId' | 'facilitator' | 'kind' | 'country'>;

function fail(message: string): never {
  throw new Error(`Chart "maybach-handlers": ${message}`);
}

/** Each leg's number and route; airports go by their city ("Vladivostok airport"), so a route fits a column. */
function legLabels(data: Dataset, legs: Leg[]): Map<string, string> {
  const place = (id: string) => {
    const p = data.places.find((x) => x.id === id);
    if (!p) return id;
    return p.kind === 'airport' ? w(langOf(data), 'airport', { city: p.name.split(' ')[0] }) : p.name;
  };
  return new Map(legs.map((l) => [l.id, `${l.order}. ${place(l.from)} → ${place(l.to)}`]));
}

/** Every role tied to a leg must name a leg on which the firm is the carrier or a party, and a dispute the firm has on record. */
function checkRoles(data: Dataset, legs: Leg[]): void {
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
}

/** One row per role the firm plays on the leg; where no role says what it did there, one saying only what the leg says. */
function facilitatorRows(f: Facilitator, leg: Leg, base: RowBase & { lang: Lang }): HandlerRow[] {
  const roles = f.roles.filter((r) => r.legs.includes(leg.id));
  if (!roles.length)
    return [
      {
        ...base,
        id: `${f.id}-${leg.id}-1`,
        role: w(base.lang, leg.carrier === f.id ? 'carrierRole' : 'partyRole'),
        status: 'documented',
        dispute: null,
        disputeDetail: null,
        sources: leg.sources,
      },
    ];
  return roles.map((r, k) => {
    const d = r.dispute ? f.disputed.find((x) => x.about === r.dispute)! : null;
    return {
      ...base,
      id: `${f.id}-${leg.id}-${k + 1}`,
      role: r.role,
      status: d ? 'disputed' : 'documented',
      dispute: d?.about ?? null,
      disputeDetail: d?.detail ?? null,
      sources: [...new Set([...r.sources, ...(d?.sources ?? [])])],
    };
  });
}

/** The rows of one leg: its carrier and parties in the order the leg names them. */
function legRows(data: Dataset, leg: Leg, label: string): HandlerRow[] {
  const country = (id: string | null) => (id ? (data.countries.find((c) => c.id === id)?.name ?? id) : null);
  const onLeg = [...new Set([leg.carrier, ...leg.parties].filter((id): id is string => !!id))];
  return onLeg.flatMap((id) => {
    const f = data.facilitators.find((x) => x.id === id);
    if (!f) fail(`data/journey-legs.json → ${leg.id} names "${id}", which is not in data/facilitators.json.`);
    const base = {
      leg: label,
      legId: leg.id,
      legOrder: leg.order,
      facilitatorId: f.id,
      facilitator: f.name,
      kind: f.kind,
      country: country(f.country),
      lang: langOf(data),
    };
    return facilitatorRows(f, leg, base);
  });
}

/** The row for a leg whose ship or aircraft no source names. */
function unknownCarrierRow(leg: Leg, label: string, lang: Lang): HandlerRow {
  return {
    id: `unknown-carrier-${leg.id}`,
    leg: label,
    legId: leg.id,
    legOrder: leg.order,
    facilitatorId: null,
    facilitator: lang === 'en' ? UNKNOWN_CARRIER : w(lang, 'unknownCarrier'),
    kind: null,
    country: null,
    role: leg.carrierNote ?? w(lang, 'noCarrier'),
    status: 'not-known',
    dispute: null,
    disputeDetail: null,
    sources: leg.sources,
    lang,
  };
}

/** One row per role on a leg, leg by leg, then one per leg whose carrier no source names. */
export function handlerRows(data: Dataset): HandlerRow[] {
  const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
  const labels = legLabels(data, legs);
  checkRoles(data, legs);
  return [
    ...legs.flatMap((leg) => legRows(data, leg, labels.get(leg.id)!)),
    ...legs.filter((l) => !l.carrier).map((leg) => unknownCarrierRow(leg, labels.get(leg.id)!, langOf(data))),
  ];
}
