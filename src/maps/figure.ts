/**
 * The frame every flow map shares: title and dek, the map layouts drawn at build time inside
 * <lux-tooltips>, an HTML legend, a text alternative, the route table behind a toggle (closed on
 * phones, open on wider screens), notes and the source line. A map with steps puts its map and
 * legend in a panel that stays in view (sticky on wide screens) beside the list of step cards.
 * <lux-flow-map> wraps the interactive part; without JavaScript everything here still shows.
 */
import type { Dataset } from '../lib/data';
import { creditLinks } from '../markup/credits';
import { downloadLinks, figureCaption, notesList, tableToggle } from '../markup/figure-parts';
import { html, raw } from '../lib/html';
import { langOf } from '../lib/i18n/dataset-lang';
import { mapText as t } from '../lib/i18n/ui/maps';
import { BOUNDARIES_SOURCE } from './geography';
import type { StepsMarkup } from './steps';

export interface MapFigure {
  id: string;
  title: string;
  dek: string;
  /** The SVG layouts (wide and narrow); CSS shows one. */
  svgs: string[];
  /** A sentence or two describing what the map shows, for screen readers. */
  alt: string;
  legend: string;
  table: string;
  notes: string[];
  sources: string[];
  /** The step-through (bar and cards), for maps that have one. */
  steps?: StepsMarkup;
}

/** Ids the SVG layouts point to with aria-labelledby and aria-describedby. */
export function figureIds(id: string): { title: string; alt: string } {
  return { title: `${id}-title`, alt: `${id}-alt` };
}

/** The map's sources plus the boundaries' dataset, when the bibliography lists it. */
function withBoundaries(data: Dataset, sources: string[]): string[] {
  return data.sources.some((s) => s.id === BOUNDARIES_SOURCE) ? [...new Set([...sources, BOUNDARIES_SOURCE])] : sources;
}

/** "Sources: …" in the page's language, each credit linked to the bibliography. */
function mapSourceLine(data: Dataset, ids: string[]): string {
  const lang = langOf(data);
  const list = creditLinks(data, ids);
  return `<p class="chart__source">${t(lang, new Set(ids).size > 1 ? 'sourceMany' : 'sourceOne', { list })}</p>`;
}

/** The full figure for a map, as HTML. */
export function renderMapFigure(data: Dataset, figure: MapFigure): string {
  const lang = langOf(data);
  const ids = figureIds(figure.id);
  const plot = `<lux-tooltips class="map__plot">${figure.svgs.join('')}</lux-tooltips>`;
  const legend = `<div class="map__legend">${figure.legend}</div>`;
  const picture = figure.steps
    ? `<div class="map-scrolly"><div class="map-scrolly__graphic">${figure.steps.bar}${plot}${legend}</div>${figure.steps.cards}</div>`
    : `${plot}${legend}`;
  return html`<figure class="map" id="figure-${figure.id}" data-map="${figure.id}">
${raw(figureCaption(figure.id, figure.title, figure.dek))}
<lux-flow-map class="map__body"${raw(figure.steps ? ' data-steps' : '')}>
${raw(picture)}
<p class="visually-hidden" id="${ids.alt}">${figure.alt}</p>
${raw(tableToggle(figure.table, t(lang, 'showTable'), 'map__route'))}
</lux-flow-map>
${raw(downloadLinks(figure.id, '/data/maps/', lang))}
${raw(tableToggle(notesList(figure.notes) + mapSourceLine(data, withBoundaries(data, figure.sources)), t(lang, 'showNotes'), 'map__about'))}
</figure>`;
}
