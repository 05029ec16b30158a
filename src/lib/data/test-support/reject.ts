/** For tests of the validator: load a fixture that should fail and return the editor's message. */
import { rmSync } from 'node:fs';
import type { DataKey } from '../files';
import { DataValidationError } from '../issues';
import { loadDataset } from '../load';
import { type validFixture, writeFixture } from './fixture';

/** The DataValidationError message for these records (and raw file texts); throws if they load. */
export function rejection(records: ReturnType<typeof validFixture>, rawText: Partial<Record<DataKey, string>> = {}): string {
  const dir = writeFixture(records, rawText);
  try {
    loadDataset(dir);
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('expected the data set to be rejected');
}
