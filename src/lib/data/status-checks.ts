/** A value's status must match what the record says about it: unknown, derived, disputed or reported. */
import { dataPath, type Dataset } from './files';
import type { DataIssue } from './issues';

type Figure = Dataset['figures'][number];
type VehicleMake = Dataset['vehicleMakes'][number];

/** One rule: when `broken` holds for a record, the issue it raises (without file and record). */
interface Rule<R> {
  broken: (record: R) => boolean;
  issue: (record: R) => Omit<DataIssue, 'file' | 'record'>;
}

const disagreements = (figure: Figure) => figure.alternatives.filter((a) => a.relation !== 'rounded');

const FIGURE_RULES: Rule<Figure>[] = [
  {
    broken: (f) => f.value === null && f.status !== 'unknown',
    issue: (f) => ({
      field: 'status',
      message: `is "${f.status}" but the value is null.`,
      hint: 'A figure no source gives has status "unknown"; otherwise give its value.',
    }),
  },
  {
    broken: (f) => f.value !== null && f.status === 'unknown',
    issue: () => ({
      field: 'status',
      message: 'is "unknown" but a value is given.',
      hint: 'Use "reported", "derived" or "disputed", or set the value to null.',
    }),
  },
  {
    broken: (f) => f.status === 'derived' && (!f.method || f.derivedFrom.length === 0),
    issue: () => ({
      field: 'method',
      message: 'a derived figure needs "method" and "derivedFrom".',
      hint: 'Say how it was computed and from which figures, so a reader can check it.',
    }),
  },
  {
    broken: (f) => f.status === 'disputed' && disagreements(f).length === 0,
    issue: () => ({
      field: 'alternatives',
      message: 'a disputed figure needs at least one "conflicting" or "different-reading" alternative.',
      hint: 'List the other value or reading with its sources, so the site can show both sides.',
    }),
  },
  {
    broken: (f) => f.status !== 'disputed' && disagreements(f).length > 0,
    issue: (f) => ({
      field: 'status',
      message: `is "${f.status}" but alternatives disagree with it.`,
      hint: 'Set the status to "disputed" so the site says that sources disagree.',
    }),
  },
  {
    broken: (f) => f.unit === 'percent' && f.value !== null && (f.value < 0 || f.value > 100),
    issue: (f) => ({ field: 'value', message: `a percentage must be between 0 and 100, received ${f.value}.` }),
  },
];

const MAKE_RULES: Rule<VehicleMake>[] = [
  {
    broken: (m) => (m.vehicles === null) !== (m.status === 'unknown'),
    issue: () => ({
      field: 'status',
      message: 'must be "unknown" exactly when "vehicles" is null.',
      hint: 'A make named without a count has vehicles null and status "unknown".',
    }),
  },
  {
    broken: (m) => m.status === 'derived' && !m.method,
    issue: () => ({ field: 'method', message: 'a derived count needs "method".', hint: 'Say how the count was computed.' }),
  },
];

/** Every broken rule of every record, record by record and in the order of the rules. */
function applyRules<R extends { id: string }>(file: string, records: R[], rules: Rule<R>[]): DataIssue[] {
  return records.flatMap((record) =>
    rules.filter((rule) => rule.broken(record)).map((rule) => ({ file, record: `"${record.id}"`, ...rule.issue(record) })),
  );
}

/** Status problems in data/figures.json, then in data/vehicle-makes.json. */
export function statusIssues(data: Dataset): DataIssue[] {
  return [
    ...applyRules(dataPath('figures'), data.figures, FIGURE_RULES),
    ...applyRules(dataPath('vehicleMakes'), data.vehicleMakes, MAKE_RULES),
  ];
}
