/** The project's data set, loaded and validated once per build from data/ at the project root. */
import { join } from 'node:path';
import type { Dataset } from './files';
import { loadDataset } from './load';
import { localizeDataset } from '../i18n/localize';
import type { Lang } from '../i18n/langs';

let cached: Dataset | undefined;

/**
 * The validated data set; the first call reads data/, later calls reuse it. With a language, the
 * copy whose reader-facing fields are in that language (src/lib/i18n/localize.ts).
 */
export function getDataset(lang: Lang = 'en'): Dataset {
  cached ??= loadDataset(join(process.cwd(), 'data'));
  return localizeDataset(cached, lang);
}

export type { Dataset } from './files';
export { DATA_FILES } from './files';
export { validateDataset } from './validate';
