/**
 * The vehicle flows in words: for each record of data/vehicle-flows.json the text its tooltip and
 * its table row print, and above all how precise it is: a count a source reports, a count we
 * derived, a share, or a route named without any count.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { t, type WordKey } from './flow-words';
import type { Country } from '../lib/schemas/country';
import type { VehicleFlow } from '../lib/schemas/vehicle-flow';

export interface FlowView {
  flow: VehicleFlow;
  from: Country;
  to: Country;
  /** "Germany → Russia". */
  route: string;
  /** What the flow is, in a few words: "Japanese makes", "Co-signed by TK Vostok-A", "Makes not reported". */
  label: string;
  /** "537 vehicles" or "No count given". */
  quantity: string;
  /** The years the flow covers, "2015–2017", or "" when the sources do not say. */
  years: string;
  /** "Reported count", "Derived count", "Share only" or "Route named, no count". */
  precision: string;
  /** The share, when a source gives one: value "84%", of "the 82 shipments", noun "shipments". */
  share: { value: string; of: string; noun: string } | null;
  makes: string[];
  /** The names of the flow's facilitators (for co-signer flows: the co-signers). */
  facilitators: string[];
  via: string[];
  confidence: string;
  publishers: string[];
  /** Tooltip lines after the title. */
  lines: string[];
}

const GROUP_KEYS: Record<VehicleFlow['group'], WordKey> = {
  russian: 'russianMake',
  japanese: 'japaneseMakes',
  german: 'germanMake',
  unattributed: 'unattributed',
  unspecified: 'unspecified',
};

/** A make group's name: "Japanese makes", "일본 제조사". */
export const groupLabel = (lang: Lang, group: VehicleFlow['group']): string => t(lang, GROUP_KEYS[group]);

const CONFIDENCE: Record<VehicleFlow['confidence'], WordKey> = { high: 'confHigh', medium: 'confMedium', low: 'confLow' };

function precisionText(flow: VehicleFlow, lang: Lang): string {
  if (flow.precision === 'named') return t(lang, 'precNamed');
  if (flow.precision === 'share') return t(lang, 'precShare');
  return t(lang, flow.status === 'derived' ? 'precDerived' : 'precReported');
}

/** The words for one flow. */
export function flowView(data: Dataset, flow: VehicleFlow): FlowView {
  const lang = langOf(data);
  const sep = t(lang, 'listSep');
  const country = (id: string) => {
    const found = data.countries.find((c) => c.id === id);
    if (!found) throw new Error(`Vehicle flow "${flow.id}": unknown country "${id}"`);
    return found;
  };
  const from = country(flow.from);
  const to = country(flow.to);
  const facilitators = flow.facilitators.map((id) => data.facilitators.find((f) => f.id === id)?.name ?? id);
  const makes = flow.makes.map((id) => data.vehicleMakes.find((m) => m.id === id)?.name ?? id);
  const via = flow.via.map((id) => country(id).name);
  const publishers = [...new Set(flow.sources.map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id))];
  const years = flow.period ? formatPeriod(flow.period, lang) : '';
  const quantity = flow.vehicles === null ? t(lang, 'noCount') : formatValue(flow.vehicles, 'count', { noun: 'vehicles', lang });
  const label =
    flow.layer === 'co-signer'
      ? t(lang, 'coSigned', { list: facilitators.join(t(lang, 'joinAnd')) })
      : groupLabel(lang, flow.layer === 'make' ? flow.group : 'unspecified');
  const share = shareText(data, flow);
  const precision = precisionText(flow, lang);
  const confidence = t(lang, CONFIDENCE[flow.confidence]);
  const route = `${from.name} → ${to.name}`;
  return {
    flow,
    from,
    to,
    route,
    label,
    quantity,
    years,
    precision,
    share,
    makes,
    facilitators,
    via,
    confidence,
    publishers,
    lines: [
      t(lang, 'tipQuantity', {
        quantity,
        years: years ? t(lang, 'tipYears', { years }) : '',
        precision: flow.status === 'derived' ? t(lang, 'tipRemainder', { precision: precision.toLowerCase() }) : precision.toLowerCase(),
      }),
      ...(share ? [t(lang, 'tipShare', { value: share.value, of: share.of })] : []),
      ...(makes.length ? [t(lang, 'tipMakes', { list: makes.join(sep) })] : []),
      ...(via.length ? [t(lang, 'tipVia', { list: via.join(sep) })] : []),
      confidence,
      t(lang, 'tipSources', { list: publishers.join('; ') }),
    ],
  };
}

/** "84%" of "the 82 shipments", from the share's record and the whole it is part of. */
function shareText(data: Dataset, flow: VehicleFlow): FlowView['share'] {
  if (!flow.share) return null;
  const counts = data.facilitators.flatMap((f) => f.counts);
  const share = counts.find((c) => c.id === flow.share) ?? data.figures.find((f) => f.id === flow.share);
  if (!share || share.value === null) return null;
  const of = 'of' in share ? share.of : undefined;
  const whole = of ? data.figures.find((f) => f.id === of) : undefined;
  const lang = langOf(data);
  const value = formatValue(share.value, 'percent', { lang });
  if (!whole || whole.value === null) return { value, of: t(lang, 'theWhole'), noun: t(lang, 'theWhole') };
  const amount = formatValue(whole.value, whole.unit, { noun: whole.noun, lang });
  return { value, of: t(lang, 'shareOf', { whole: wholeWords(lang, whole.noun, amount) }), noun: nounWord(lang, whole.noun, whole.label) };
}

/** Every flow, origins first, then the makes by size, then the co-signers. */
export function flowViews(data: Dataset): FlowView[] {
  const layers: VehicleFlow['layer'][] = ['origin', 'make', 'co-signer'];
  return [...data.vehicleFlows]
    .sort((a, b) => layers.indexOf(a.layer) - layers.indexOf(b.layer) || (b.vehicles ?? -1) - (a.vehicles ?? -1))
    .map((flow) => flowView(data, flow));
}

/** The nouns a share's whole may be counted in, as Korean words for "of the shipments". */
const KOREAN_NOUNS: Record<string, string> = { shipments: '선적', vehicles: '차량', cars: '차량' };

/** "shipments" in the page's language; the figure's own label where no word is known. */
function nounWord(lang: Lang, noun: string | undefined, label: string): string {
  if (lang === 'en') return noun ?? label;
  return (noun && KOREAN_NOUNS[noun]) ?? label;
}

/** The whole a share is of: "the 82 shipments"; "선적 82건". */
function wholeWords(lang: Lang, noun: string | undefined, amount: string): string {
  if (lang === 'en' || !noun || !KOREAN_NOUNS[noun]) return amount;
  return `${KOREAN_NOUNS[noun]} ${amount}`;
}
