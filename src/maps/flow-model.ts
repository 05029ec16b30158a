/**
 * The vehicle flows in words: for each record of data/vehicle-flows.json the text its tooltip and
 * its table row print, and above all how precise it is: a count a source reports, a count we
 * derived, a share, or a route named without any count.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
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
  via: string[];
  confidence: string;
  publishers: string[];
  /** Tooltip lines after the title. */
  lines: string[];
}

export const GROUP_LABELS: Record<VehicleFlow['group'], string> = {
  russian: 'Russian make',
  japanese: 'Japanese makes',
  german: 'German make',
  unattributed: 'Not assigned to a make',
  unspecified: 'Makes not reported',
};

const CONFIDENCE: Record<VehicleFlow['confidence'], string> = {
  high: 'High confidence',
  medium: 'Medium confidence: consistent press accounts',
  low: 'Low confidence: a single or second-hand source',
};

function precisionText(flow: VehicleFlow): string {
  if (flow.precision === 'named') return 'Route named, no count';
  if (flow.precision === 'share') return 'Share only';
  return flow.status === 'derived' ? 'Derived count' : 'Reported count';
}

/** The words for one flow. */
export function flowView(data: Dataset, flow: VehicleFlow): FlowView {
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
  const years = flow.period ? formatPeriod(flow.period) : '';
  const quantity = flow.vehicles === null ? 'No count given' : formatValue(flow.vehicles, 'count', { noun: 'vehicles' });
  const label =
    flow.layer === 'co-signer'
      ? `Co-signed by ${facilitators.join(' and ')}`
      : flow.layer === 'make'
        ? GROUP_LABELS[flow.group]
        : GROUP_LABELS.unspecified;
  const share = shareText(data, flow);
  const precision = precisionText(flow);
  const confidence = CONFIDENCE[flow.confidence];
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
    via,
    confidence,
    publishers,
    lines: [
      `${quantity}${years ? `, ${years}` : ''} (${precision.toLowerCase()}${flow.status === 'derived' ? ': our remainder' : ''})`,
      ...(share ? [`Also given as a share: ${share.value} of ${share.of}`] : []),
      ...(makes.length ? [`Makes: ${makes.join(', ')}`] : []),
      ...(via.length ? [`Through ${via.join(', ')} on the way, order not given`] : []),
      confidence,
      `Sources: ${publishers.join('; ')}`,
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
  const value = formatValue(share.value, 'percent');
  if (!whole || whole.value === null) return { value, of: 'the whole', noun: 'the whole' };
  return { value, of: `the ${formatValue(whole.value, whole.unit, { noun: whole.noun })}`, noun: whole.noun ?? whole.label };
}

/** Every flow, origins first, then the makes by size, then the co-signers. */
export function flowViews(data: Dataset): FlowView[] {
  const layers: VehicleFlow['layer'][] = ['origin', 'make', 'co-signer'];
  return [...data.vehicleFlows]
    .sort((a, b) => layers.indexOf(a.layer) - layers.indexOf(b.layer) || (b.vehicles ?? -1) - (a.vehicles ?? -1))
    .map((flow) => flowView(data, flow));
}
