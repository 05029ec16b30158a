import { describe, expect, it } from 'vitest';
import type { Dataset } from './files';
import { seaRouteIssues } from './sea-route-checks';

const leg = (id: string, mode: 'sea' | 'air', from: string, to: string) => ({ id, mode, from, to });
const route = (id: string, legId: string, from: string, to: string) => ({ id, leg: legId, from, to });
const dataset = (legs: object[], routes: object[]) => ({ journeyLegs: legs, seaRoutes: routes }) as unknown as Dataset;

describe('seaRouteIssues(data)', () => {
  const legs = [leg('leg-a-b', 'sea', 'a', 'b'), leg('leg-b-c', 'air', 'b', 'c')];

  it('accepts a track that matches its sea leg', () => {
    expect(seaRouteIssues(dataset(legs, [route('sea-route-a-b', 'leg-a-b', 'a', 'b')]))).toEqual([]);
  });

  it('names an unknown leg with the nearest valid id', () => {
    const [issue] = seaRouteIssues(dataset(legs, [route('sea-route-x', 'leg-a-bb', 'a', 'b')]));
    expect(issue).toMatchObject({ file: 'data/sea-routes.json', record: '"sea-route-x"', field: 'leg' });
    expect(issue.message).toMatch(/unknown id "leg-a-bb".*leg-a-b/);
  });

  it('rejects a track for an air leg, ports that differ from the leg, and a second track for one leg', () => {
    const issues = seaRouteIssues(
      dataset(legs, [
        route('sea-route-b-c', 'leg-b-c', 'b', 'c'),
        route('sea-route-1', 'leg-a-b', 'a', 'z'),
        route('sea-route-2', 'leg-a-b', 'a', 'b'),
      ]),
    );
    expect(issues.map((i) => `${i.record} ${i.field}`)).toEqual(['"sea-route-b-c" leg', '"sea-route-1" to', '"sea-route-2" leg']);
    expect(issues[0].message).toMatch(/by air, not by sea/);
  });
});
