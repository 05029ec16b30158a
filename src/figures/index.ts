/** The figure contract, its registry and renderFigure. */
export { ENTITY_LOCATOR, type LocatorInput } from './locator';
export { type AnyChartSpec, charts } from './charts';
export { figureIds, figures } from './registry';
export { renderFigure } from './render';
export type { FigureKind, FigureSpec, FigureTexts, StoryFigure } from './types';
