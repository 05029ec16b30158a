/**
 * Cross-checks for data/vehicle-flows.json: every id resolves, the precision matches what the record
 * gives, a repeated value equals the record it repeats, and no flow, nor the make flows together,
 * exceeds the total it is part of. Called from crossCheck with the other rules.
 */
import { didYouMean } from '../nearest';
import { DATA_FILES, type Dataset } from './files';
import type { DataIssue } from './issues';

const FILE = `data/${DATA_FILES.vehicleFlows.file}`;

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

/** Every problem in the vehicle flows, as issues naming the record and field. */
export function checkVehicleFlows(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const countries = new Set(data.countries.map((c) => c.id));
  const makes = new Map(data.vehicleMakes.map((m) => [m.id, m]));
  const facilitators = new Set(data.facilitators.map((f) => f.id));
  const figures = new Set(data.figures.map((f) => f.id));
  const values = valuesById(data);

  for (const flow of data.vehicleFlows) {
    const at = { file: FILE, record: `"${flow.id}"` };
    const ref = (field: string, wanted: string | undefined, valid: Set<string> | Map<string, unknown>, where: string) => {
      if (wanted === undefined || valid.has(wanted)) return;
      issues.push({
        ...at,
        field,
        message: `unknown id "${wanted}". ${didYouMean(wanted, [...valid.keys()])}`.trim(),
        hint: `Use an id that exists in ${where}, or add a record with this id there first.`,
      });
    };
    ref('from', flow.from, countries, 'data/countries.json');
    ref('to', flow.to, countries, 'data/countries.json');
    flow.via.forEach((id, i) => ref(`via[${i}]`, id, countries, 'data/countries.json'));
    flow.makes.forEach((id, i) => ref(`makes[${i}]`, id, makes, 'data/vehicle-makes.json'));
    flow.facilitators.forEach((id, i) => ref(`facilitators[${i}]`, id, facilitators, 'data/facilitators.json'));
    ref('figure', flow.figure, values, 'data/figures.json, data/vehicle-makes.json or a facilitator count');
    ref('share', flow.share, values, 'data/figures.json or a facilitator count');
    ref('of', flow.of, figures, 'data/figures.json');

    if (flow.from === flow.to) issues.push({ ...at, field: 'to', message: `a flow cannot start and end in "${flow.from}".` });
    if (flow.precision === 'count' && flow.vehicles === null) {
      issues.push({
        ...at,
        field: 'vehicles',
        message: 'precision is "count" but "vehicles" is null.',
        hint: 'Give the count the source reports, or set precision to "share" or "named".',
      });
    }
    if (flow.precision !== 'count' && flow.vehicles !== null) {
      issues.push({
        ...at,
        field: 'precision',
        message: `is "${flow.precision}" but a count of ${flow.vehicles} is given.`,
        hint: 'A flow with a reported or derived number of vehicles has precision "count".',
      });
    }
    if (flow.precision === 'share' && !flow.share) {
      issues.push({
        ...at,
        field: 'share',
        message: 'precision is "share" but no share is given.',
        hint: 'Name the percent figure or count.',
      });
    }
    if (flow.precision === 'named' && flow.share) {
      issues.push({ ...at, field: 'precision', message: 'is "named" but a share is given.', hint: 'Use precision "share".' });
    }
    if ((flow.vehicles === null) !== (flow.status === 'unknown')) {
      issues.push({
        ...at,
        field: 'status',
        message: 'must be "unknown" exactly when "vehicles" is null.',
        hint: 'A route named without a count has vehicles null and status "unknown".',
      });
    }
    if (flow.status === 'derived' && !flow.method) {
      issues.push({ ...at, field: 'method', message: 'a derived count needs "method".', hint: 'Say how the count was computed.' });
    }
    for (const id of flow.makes) {
      const make = makes.get(id);
      if (make && make.group !== flow.group) {
        issues.push({
          ...at,
          field: 'group',
          message: `is "${flow.group}" but the make "${id}" is in the group "${make.group}".`,
          hint: 'A flow carries makes of its own group only; split it into one flow per group.',
        });
      }
    }

    const repeated = flow.figure ? values.get(flow.figure) : undefined;
    if (repeated && repeated.unit === 'count' && repeated.value !== flow.vehicles) {
      issues.push({
        ...at,
        field: 'vehicles',
        message: `is ${flow.vehicles ?? 'null'} but "${flow.figure}" is ${repeated.value ?? 'null'}.`,
        hint: 'The flow repeats that record; change both together.',
      });
    }
    const share = flow.share ? values.get(flow.share) : undefined;
    if (share && share.unit !== 'percent') {
      issues.push({ ...at, field: 'share', message: `"${flow.share}" is in ${share.unit}, not a percentage.` });
    }
    const whole = flow.of ? values.get(flow.of) : undefined;
    if (whole && whole.value !== null && flow.vehicles !== null && flow.vehicles > whole.value) {
      issues.push({
        ...at,
        field: 'vehicles',
        message: `${flow.vehicles} is larger than the whole it is part of ("${flow.of}" is ${whole.value}).`,
      });
    }
  }
  issues.push(...makeTotals(data, values));
  return issues;
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
