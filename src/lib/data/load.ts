/** Reads every file in a data folder and validates the whole (validate.ts); throws on any problem. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, type DataKey, type Dataset } from './files';
import { type DataIssue, DataValidationError } from './issues';
import { parseJson } from './parse';
import { datasetIssues, type RawDataset } from './validate';

/** Loads and validates the data set in `dir`; throws a DataValidationError listing every problem. */
export function loadDataset(dir: string, label = 'data'): Dataset {
  const unreadable: DataIssue[] = [];
  const raw: RawDataset = {};
  for (const [key, spec] of Object.entries(DATA_FILES) as [DataKey, (typeof DATA_FILES)[DataKey]][]) {
    const path = join(dir, spec.file);
    // An absent key is reported as a missing file by datasetIssues.
    if (!existsSync(path)) continue;
    const parsed = parseJson(readFileSync(path, 'utf8'), `${label}/${spec.file}`);
    if (parsed.issue) unreadable.push(parsed.issue);
    raw[key] = parsed.issue ? [] : parsed.value;
  }
  const { data, issues } = datasetIssues(raw, label, unreadable);
  if (issues.length > 0) throw new DataValidationError(issues);
  return data;
}
