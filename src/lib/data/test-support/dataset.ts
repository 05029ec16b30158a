/**
 * The minimal data set as a validated Dataset, for tests of charts, maps and Markdown. Kept under
 * its old name for the tests outside src/lib; new tests import buildDataset from ./builders.
 */
export { buildDataset as fixtureDataset } from './builders';
