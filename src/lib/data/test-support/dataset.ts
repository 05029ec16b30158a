/** The fixture as a validated Dataset, for tests of charts, maps and Markdown. */
import { rmSync } from 'node:fs';
import type { Dataset } from '../files';
import { loadDataset } from '../load';
import { validFixture, writeFixture } from './fixture';

export function fixtureDataset(mutate?: (records: ReturnType<typeof validFixture>) => void): Dataset {
  const records = validFixture();
  mutate?.(records);
  const dir = writeFixture(records);
  try {
    return loadDataset(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
