/**
 * Cross-checks for data/sea-routes.json: each drawn track belongs to a sea leg of the journey and
 * runs between that leg's ports; each leg has at most one track.
 */
import { didYouMean } from '../nearest';
import type { Dataset } from './files';
import type { DataIssue } from './issues';

const FILE = 'data/sea-routes.json';

export function seaRouteIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const legs = new Map(data.journeyLegs.map((l) => [l.id, l]));
  const seen = new Map<string, string>();
  for (const route of data.seaRoutes) {
    const at = { file: FILE, record: `"${route.id}"` };
    const leg = legs.get(route.leg);
    if (!leg) {
      issues.push({
        ...at,
        field: 'leg',
        message: `unknown id "${route.leg}". ${didYouMean(route.leg, legs.keys())}`.trim(),
        hint: 'Use the id of a leg in data/journey-legs.json, then run `npm run sea-routes`.',
      });
      continue;
    }
    if (leg.mode !== 'sea') {
      issues.push({
        ...at,
        field: 'leg',
        message: `"${leg.id}" is a leg by ${leg.mode}, not by sea.`,
        hint: 'Only sea legs are routed over the maritime network; run `npm run sea-routes` to regenerate the file.',
      });
    }
    for (const end of ['from', 'to'] as const) {
      if (route[end] !== leg[end]) {
        issues.push({
          ...at,
          field: end,
          message: `is "${route[end]}" but leg "${leg.id}" has "${leg[end]}".`,
          hint: 'The leg changed since the track was computed: run `npm run sea-routes`.',
        });
      }
    }
    const first = seen.get(route.leg);
    if (first) {
      issues.push({ ...at, field: 'leg', message: `"${route.leg}" already has a track, "${first}".`, hint: 'Keep one track per leg.' });
    } else seen.set(route.leg, route.id);
  }
  return issues;
}
