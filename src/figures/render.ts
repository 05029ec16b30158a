/** renderFigure: the one way pages and directives put a figure on the page. */
import type { Dataset } from '../lib/data';
import { withSkipLink } from '../markup/figure-parts';
import { oneTabStopPerDrawing } from './focus';
import { ENTITY_LOCATOR, entityLocator, type LocatorInput } from './locator';
import { figures } from './registry';
import { withShare } from './share';

/** The framed figure as HTML: a story figure from the dataset, or an entity page's locator map. */
export function renderFigure(id: typeof ENTITY_LOCATOR, input: LocatorInput): string;
export function renderFigure(id: string, data: Dataset): string;
export function renderFigure(id: string, input: Dataset | LocatorInput): string {
  if (id === ENTITY_LOCATOR) return oneTabStopPerDrawing(entityLocator.frame(input as LocatorInput));
  const figure = figures.get(id);
  if (!figure) throw new Error(`No figure has the id "${id}". Known figures: ${[...figures.keys()].join(', ')}.`);
  // A story figure is one Tab stop per drawing, closed by its download and embed controls, with a
  // link before it that skips it.
  return withSkipLink(id, oneTabStopPerDrawing(withShare(figure, input as Dataset)));
}
