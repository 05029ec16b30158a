/** Reads every file in data/, validates each record and cross-checks the whole; throws on any problem. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossCheck } from './crossref';
import { DATA_FILES, type DataKey, type Dataset } from './files';
import { type DataIssue, DataValidationError } from './issues';
import { parseJson, validateRecords } from './parse';

/** Loads and validates the data set in `dir`; throws a DataValidationError listing every problem. */
export function loadDataset(dir: string, label = 'data'): Dataset {
  const issues: DataIssue[] = [];
  const data = {} as Record<DataKey, unknown[]>;
  for (const [key, spec] of Object.entries(DATA_FILES) as [DataKey, (typeof DATA_FILES)[DataKey]][]) {
    const name = `${label}/${spec.file}`;
    const path = join(dir, spec.file);
    data[key] = [];
    if (!existsSync(path)) {
      issues.push({ file: name, message: 'is missing.', hint: `Every data set needs this file; it holds: ${spec.title.toLowerCase()}.` });
      continue;
    }
    const parsed = parseJson(readFileSync(path, 'utf8'), name);
    if (parsed.issue) {
      issues.push(parsed.issue);
      continue;
    }
    const result = validateRecords(parsed.value, spec.schema, name);
    data[key] = result.records;
    issues.push(...result.issues);
  }
  // Cross-references are only meaningful once every record is well formed.
  if (issues.length === 0) issues.push(...crossCheck(data as Dataset));
  if (issues.length > 0) throw new DataValidationError(issues);
  return data as Dataset;
}
