/** A story figure as the site places it: its frame, closed by its downloads (SVG, PNG 1× and 2×) and embed control. */
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import { figureShare } from '../markup/embed';
import { standaloneWidth } from './standalone-svg';
import type { StoryFigure } from './types';

export function withShare(figure: StoryFigure, data: Dataset): string {
  const frame = figure.frame(data);
  const end = frame.lastIndexOf('</figure>');
  if (end === -1 || frame.slice(end).trim() !== '</figure>') {
    throw new Error(`Figure "${figure.id}": its frame must end with </figure> so the embed control can close it.`);
  }
  return `${frame.slice(0, end)}${figureShare(figure.id, figure.texts(data).title, langOf(data), standaloneWidth(figure))}\n</figure>`;
}
