/** Validates a data set held in memory: each file's records against its schema, then the cross-checks. */
import { crossCheck } from './crossref';
import { DATA_FILES, type DataKey, type Dataset } from './files';
import { type DataIssue, DataValidationError } from './issues';
import { validateRecords } from './parse';

/** One parsed JSON value per data file, as read from disk or built by a test; a missing key is a missing file. */
export type RawDataset = Partial<Record<DataKey, unknown>>;

/**
 * Every problem in `records`, with the records that passed. `label` is the folder editors see in
 * messages; `earlier` are problems already found (such as broken JSON), which hold back the cross-checks.
 */
export function datasetIssues(records: RawDataset, label = 'data', earlier: DataIssue[] = []): { data: Dataset; issues: DataIssue[] } {
  const issues = [...earlier];
  const data = {} as Record<DataKey, unknown[]>;
  for (const [key, spec] of Object.entries(DATA_FILES) as [DataKey, (typeof DATA_FILES)[DataKey]][]) {
    const name = `${label}/${spec.file}`;
    data[key] = [];
    if (!(key in records)) {
      issues.push({ file: name, message: 'is missing.', hint: `Every data set needs this file; it holds: ${spec.title.toLowerCase()}.` });
      continue;
    }
    const result = validateRecords(records[key], spec.schema, name);
    data[key] = result.records;
    issues.push(...result.issues);
  }
  // Cross-references are only meaningful once every record is well formed.
  if (issues.length === 0) issues.push(...crossCheck(data as Dataset));
  return { data: data as Dataset, issues };
}

/** The typed data set for `records`; throws a DataValidationError listing every problem. */
export function validateDataset(records: RawDataset, label = 'data'): Dataset {
  const { data, issues } = datasetIssues(records, label);
  if (issues.length > 0) throw new DataValidationError(issues);
  return data;
}
