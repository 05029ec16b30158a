/** For tests of the validator: validate records that should fail and return the editor's message. */
import { DataValidationError } from '../issues';
import { validateDataset, type RawDataset } from '../validate';

/** The DataValidationError message for these records; throws if they pass. */
export function rejection(records: RawDataset): string {
  try {
    validateDataset(records);
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.message;
  }
  throw new Error('expected the data set to be rejected');
}
