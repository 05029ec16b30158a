/**
 * Checks that go beyond one record, each in a file named for what it checks: ids unique and
 * resolving (id-checks), statuses (status-checks), totals (total-checks), the journey's order
 * (journey-checks), vehicle flows, the registers, sea routes and the records after the report.
 * The order here is the order of the numbered problems an editor sees.
 */
import { afterEventIssues, chinaSeriesIssues } from './after-checks';
import { catalogueIssues, listingIssues } from './crossref-registers';
import type { Dataset } from './files';
import { checkVehicleFlows } from './flow-checks';
import { duplicateIdIssues, referenceIssues } from './id-checks';
import type { DataIssue } from './issues';
import { journeyOrderIssues } from './journey-checks';
import { seaRouteIssues } from './sea-route-checks';
import { statusIssues } from './status-checks';
import { totalIssues } from './total-checks';

export { figureBearingIds } from './id-checks';

/** Every cross-record problem in a data set whose records each passed their schema. */
export function crossCheck(data: Dataset): DataIssue[] {
  return [
    ...duplicateIdIssues(data),
    ...referenceIssues(data),
    ...statusIssues(data),
    ...totalIssues(data),
    ...journeyOrderIssues(data),
    ...checkVehicleFlows(data),
    ...listingIssues(data),
    ...catalogueIssues(data),
    ...seaRouteIssues(data),
    ...chinaSeriesIssues(data),
    ...afterEventIssues(data),
  ];
}
