/**
 * Every figure, one line each. The id is what an editor writes in ::chart{id="…"} or ::map{id="…"};
 * a page asks for a figure by the same id. Adding a figure: its spec file, one line here, one snapshot.
 */
import { chartSpecs } from './charts';
import { mapModules } from '../maps/index';
import { chartFigure } from './chart';
import { mapFigure } from './map';
import type { StoryFigure } from './types';

const storyFigures: StoryFigure[] = [...chartSpecs.map(chartFigure), ...mapModules.map(mapFigure)];

/** The story's figures by id, charts and maps alike. */
export const figures: ReadonlyMap<string, StoryFigure> = new Map(storyFigures.map((f) => [f.id, f]));

/** The ids of the figures of one kind, in registry order. */
export function figureIds(kind: StoryFigure['kind']): string[] {
  return storyFigures.filter((f) => f.kind === kind).map((f) => f.id);
}
