/** renderFigure: the one way pages and directives put a figure on the page. */
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import { gatherControls } from '../markup/figure-more';
import { withSkipLink } from '../markup/figure-parts';
import { oneTabStopPerDrawing } from './focus';
import { ENTITY_LOCATOR, entityLocator, type LocatorInput } from './locator';
import { figures } from './registry';
import { withShare } from './share';

/**
 * Framed story figures already drawn, per data set and language: a figure placed on several pages
 * (a chapter, its embed page, the data room) is drawn once per language. The key carries the
 * language as well as the data set, so a Korean page can never be handed the English drawing.
 */
const drawn = new WeakMap<Dataset, Map<string, string>>();

function framed(id: string, data: Dataset): string {
  const figure = figures.get(id);
  if (!figure) throw new Error(`No figure has the id "${id}". Known figures: ${[...figures.keys()].join(', ')}.`);
  const lang = langOf(data);
  let byKey = drawn.get(data);
  if (!byKey) drawn.set(data, (byKey = new Map()));
  const key = `${lang}:${id}`;
  let html = byKey.get(key);
  if (html === undefined) {
    // A story figure is one Tab stop per drawing, closed by one disclosure that holds its sources,
    // downloads and embed controls, with a link before it that skips it.
    html = withSkipLink(id, oneTabStopPerDrawing(gatherControls(id, withShare(figure, data), lang)), lang);
    byKey.set(key, html);
  }
  return html;
}

/** The framed figure as HTML: a story figure from the dataset, or an entity page's locator map. */
export function renderFigure(id: typeof ENTITY_LOCATOR, input: LocatorInput): string;
export function renderFigure(id: string, data: Dataset): string;
export function renderFigure(id: string, input: Dataset | LocatorInput): string {
  if (id === ENTITY_LOCATOR) return oneTabStopPerDrawing(entityLocator.frame(input as LocatorInput));
  return framed(id, input as Dataset);
}
