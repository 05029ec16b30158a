/** The project's data set, loaded and validated once per build from data/ at the project root. */
import { join } from 'node:path';
import type { Dataset } from './files';
import { loadDataset } from './load';

let cached: Dataset | undefined;

/** The validated data set; the first call reads data/, later calls reuse it. */
export function getDataset(): Dataset {
  cached ??= loadDataset(join(process.cwd(), 'data'));
  return cached;
}

export type { Dataset } from './files';
export { DATA_FILES } from './files';
export { validateDataset } from './validate';
