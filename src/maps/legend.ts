/**
 * Map legends in HTML beside the SVG, so they wrap and stay legible on a phone: each entry pairs a
 * small drawn sample, styled by the same classes as the marks it explains, with its words.
 */
import { escapeHtml } from '../lib/html';
import { hatchPattern } from './basemap';

export interface LegendEntry {
  /** SVG markup for the sample, drawn in a 40 × 16 box (or as tall as `height`). */
  sample: string;
  label: string;
  /** Height of the sample's box, for samples taller than 16. */
  height?: number;
}

/** A line sample: a short stroke with the classes of a flow, optionally dashed by those classes. */
export function lineSample(classes: string, width = 3, arrow = true): string {
  const head = arrow ? `<path class="flow__head" d="M38,8L30,3.5L30,12.5Z"/>` : '';
  return `<g class="flow ${classes}"><path class="flow__line" d="M2,8H${arrow ? 31 : 38}" stroke-width="${width}"/>${head}</g>`;
}

/**
 * A filled area sample with the classes of a country on the basemap. A hatched sample defines its
 * own pattern: a pattern inside a map layout that CSS hides would not paint.
 */
export function landSample(classes: string, hatchId?: string): string {
  const hatch = hatchId
    ? `<defs>${hatchPattern(hatchId)}</defs><rect class="land__hatch" fill="url(#${hatchId})" x="6" y="1" width="28" height="14"/>`
    : '';
  return `<rect class="${classes}" x="6" y="1" width="28" height="14"/>${hatch}`;
}

/** A legend group: a heading and its entries. */
export function legendGroup(title: string, entries: LegendEntry[]): string {
  const items = entries
    .map(
      (e) =>
        `<li><svg class="legend__sample" viewBox="0 0 40 ${e.height ?? 16}" width="40" height="${e.height ?? 16}" aria-hidden="true" focusable="false">${e.sample}</svg>${escapeHtml(e.label)}</li>`,
    )
    .join('');
  return `<div class="legend__group"><p class="legend__title">${escapeHtml(title)}</p><ul class="legend__list">${items}</ul></div>`;
}
