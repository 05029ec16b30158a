/**
 * Cross-checks for data/vehicle-flows.json: every id resolves, the precision matches what the record
 * gives, a repeated value equals the record it repeats, and no flow, nor the make flows together,
 * exceeds the total it is part of. Called from crossCheck with the other rules.
 */
import { didYouMean } from '../nearest';
import { dataPath, type Dataset } from './files';
import type { DataIssue } from './issues';

const FILE = dataPath('vehicleFlows');

interface Valued {
  value: number | null;
  unit: string;
}

/** The value and unit behind every id a flow may repeat: figures, makes and facilitator counts. */
function valuesById(data: Dataset): Map<string, Valued> {
  const values = new Map<string, Valued>();
  for (const f of data.figures) values.set(f.id, { value: f.value, unit: f.unit });
  for (const m of data.vehicleMakes) values.set(m.id, { value: m.vehicles, unit: 'count' });
  for (const f of data.facilitators) for (const c of f.counts) values.set(c.id, { value: c.value, unit: c.unit });
  return values;
}

type Flow = Dataset['vehicleFlows'][number];
type Make = Dataset['vehicleMakes'][number];
/** An issue about one flow, without its file and record. */
type FlowIssue = Omit<DataIssue, 'file' | 'record'>;

/** What a flow's ids may point to. */
interface FlowTargets {
  countries: Set<string>;
  makes: Map<string, Make>;
  facilitators: Set<string>;
  figures: Set<string>;
  values: Map<string, Valued>;
}

function flowTargets(data: Dataset, values: Map<string, Valued>): FlowTargets {
  return {
    countries: new Set(data.countries.map((c) => c.id)),
    makes: new Map(data.vehicleMakes.map((m) => [m.id, m])),
    facilitators: new Set(data.facilitators.map((f) => f.id)),
    figures: new Set(data.figures.map((f) => f.id)),
    values,
  };
}

/** The issue for an id that does not resolve, or none when it does (or is left out). */
function unknownId(field: string, wanted: string | undefined, valid: Set<string> | Map<string, unknown>, where: string): FlowIssue[] {
  if (wanted === undefined || valid.has(wanted)) return [];
  return [
    {
      field,
      message: `unknown id "${wanted}". ${didYouMean(wanted, [...valid.keys()])}`.trim(),
      hint: `Use an id that exists in ${where}, or add a record with this id there first.`,
    },
  ];
}

/** Every id the flow names exists. */
function flowReferenceIssues(flow: Flow, t: FlowTargets): FlowIssue[] {
  return [
    ...unknownId('from', flow.from, t.countries, 'data/countries.json'),
    ...unknownId('to', flow.to, t.countries, 'data/countries.json'),
    ...flow.via.flatMap((id, i) => unknownId(`via[${i}]`, id, t.countries, 'data/countries.json')),
    ...flow.makes.flatMap((id, i) => unknownId(`makes[${i}]`, id, t.makes, 'data/vehicle-makes.json')),
    ...flow.facilitators.flatMap((id, i) => unknownId(`facilitators[${i}]`, id, t.facilitators, 'data/facilitators.json')),
    ...unknownId('figure', flow.figure, t.values, 'data/figures.json, data/vehicle-makes.json or a facilitator count'),
    ...unknownId('share', flow.share, t.values, 'data/figures.json or a facilitator count'),
    ...unknownId('of', flow.of, t.figures, 'data/figures.json'),
  ];
}

/** One rule on a flow's own fields: when `broken` holds, the issue it raises. */
interface FlowRule {
  broken: (flow: Flow) => boolean;
  issue: (flow: Flow) => FlowIssue;
}

/** The rules on a flow's ends, precision and status, in the order editors see them. */
const FLOW_RULES: FlowRule[] = [
  { broken: (f) => f.from === f.to, issue: (f) => ({ field: 'to', message: `a flow cannot start and end in "${f.from}".` }) },
  {
    broken: (f) => f.precision === 'count' && f.vehicles === null,
    issue: () => ({
      field: 'vehicles',
      message: 'precision is "count" but "vehicles" is null.',
      hint: 'Give the count the source reports, or set precision to "share" or "named".',
    }),
  },
  {
    broken: (f) => f.precision !== 'count' && f.vehicles !== null,
    issue: (f) => ({
      field: 'precision',
      message: `is "${f.precision}" but a count of ${f.vehicles} is given.`,
      hint: 'A flow with a reported or derived number of vehicles has precision "count".',
    }),
  },
  {
    broken: (f) => f.precision === 'share' && !f.share,
    issue: () => ({ field: 'share', message: 'precision is "share" but no share is given.', hint: 'Name the percent figure or count.' }),
  },
  {
    broken: (f) => f.precision === 'named' && !!f.share,
    issue: () => ({ field: 'precision', message: 'is "named" but a share is given.', hint: 'Use precision "share".' }),
  },
  {
    broken: (f) => (f.vehicles === null) !== (f.status === 'unknown'),
    issue: () => ({
      field: 'status',
      message: 'must be "unknown" exactly when "vehicles" is null.',
      hint: 'A route named without a count has vehicles null and status "unknown".',
    }),
  },
  {
    broken: (f) => f.status === 'derived' && !f.method,
    issue: () => ({ field: 'method', message: 'a derived count needs "method".', hint: 'Say how the count was computed.' }),
  },
];

/** A flow carries makes of its own group only. */
function flowGroupIssues(flow: Flow, makes: Map<string, Make>): FlowIssue[] {
  return flow.makes.flatMap((id) => {
    const make = makes.get(id);
    if (!make || make.group === flow.group) return [];
    return [
      {
        field: 'group',
        message: `is "${flow.group}" but the make "${id}" is in the group "${make.group}".`,
        hint: 'A flow carries makes of its own group only; split it into one flow per group.',
      },
    ];
  });
}

/** The values a flow repeats or is part of agree with it. */
function flowValueIssues(flow: Flow, values: Map<string, Valued>): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const repeated = flow.figure ? values.get(flow.figure) : undefined;
  if (repeated && repeated.unit === 'count' && repeated.value !== flow.vehicles) {
    issues.push({
      field: 'vehicles',
      message: `is ${flow.vehicles ?? 'null'} but "${flow.figure}" is ${repeated.value ?? 'null'}.`,
      hint: 'The flow repeats that record; change both together.',
    });
  }
  const share = flow.share ? values.get(flow.share) : undefined;
  if (share && share.unit !== 'percent') {
    issues.push({ field: 'share', message: `"${flow.share}" is in ${share.unit}, not a percentage.` });
  }
  const whole = flow.of ? values.get(flow.of) : undefined;
  if (whole && whole.value !== null && flow.vehicles !== null && flow.vehicles > whole.value) {
    issues.push({
      field: 'vehicles',
      message: `${flow.vehicles} is larger than the whole it is part of ("${flow.of}" is ${whole.value}).`,
    });
  }
  return issues;
}

/** Every problem of one flow, in the order editors see them. */
function flowIssues(flow: Flow, targets: FlowTargets): DataIssue[] {
  return [
    ...flowReferenceIssues(flow, targets),
    ...FLOW_RULES.filter((rule) => rule.broken(flow)).map((rule) => rule.issue(flow)),
    ...flowGroupIssues(flow, targets.makes),
    ...flowValueIssues(flow, targets.values),
  ].map((issue) => ({ file: FILE, record: `"${flow.id}"`, ...issue }));
}

/** Every problem in the vehicle flows, as issues naming the record and field. */
export function checkVehicleFlows(data: Dataset): DataIssue[] {
  const values = valuesById(data);
  const targets = flowTargets(data, values);
  return [...data.vehicleFlows.flatMap((flow) => flowIssues(flow, targets)), ...makeTotals(data, values)];
}

/** The make flows split the same vehicles by make, so together they may not exceed their total. */
function makeTotals(data: Dataset, values: Map<string, Valued>): DataIssue[] {
  const issues: DataIssue[] = [];
  const byWhole = new Map<string, { sum: number; ids: string[] }>();
  for (const flow of data.vehicleFlows) {
    if (flow.layer !== 'make' || !flow.of || flow.vehicles === null) continue;
    const entry = byWhole.get(flow.of) ?? { sum: 0, ids: [] };
    entry.sum += flow.vehicles;
    entry.ids.push(`${flow.id} ${flow.vehicles}`);
    byWhole.set(flow.of, entry);
  }
  for (const [of, { sum, ids }] of byWhole) {
    const whole = values.get(of);
    if (whole && whole.value !== null && sum > whole.value) {
      issues.push({
        file: FILE,
        field: 'vehicles',
        message: `the make flows add up to ${sum} (${ids.join(' + ')}), more than "${of}" (${whole.value}).`,
        hint: 'Make flows split the same vehicles by make; a vehicle may be counted in only one of them.',
      });
    }
  }
  return issues;
}
