/** How the data room credits a reference dataset: title linked to its origin, publisher, licence and where we used it. */
import type { Dataset } from '../lib/data';
import { html } from '../lib/html';
import { typeset } from '../lib/typography';
import { sourceHref } from './credits';

type Source = Dataset['sources'][number];

/** One reference dataset as a line of HTML; `usedIn` names our files that copy values from it. */
export function referenceHtml(source: Source, usedIn: string[]): string {
  return [
    html`<a href="${source.url}" rel="external noreferrer">${typeset(source.title)}</a>, ${typeset(source.publisher)}. Licence: ${source.licence ?? 'not recorded'}.`,
    source.note ? html`${typeset(source.note)}` : '',
    usedIn.length ? html`Used in ${usedIn.join(', ')}.` : '',
    html`<a class="data-room__muted" href="${sourceHref(source.id)}">In the sources<span class="visually-hidden">: ${typeset(source.title)}</span></a>`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** "Copies values from X and Y." with each linked to its credit further down the room. */
export function copiesFromHtml(data: Dataset, ids: string[]): string {
  const links = ids.map((id) => html`<a href="#ref-${id}">${typeset(data.sources.find((s) => s.id === id)?.title ?? id)}</a>`);
  return `Copies values from ${links.join(' and ')}.`;
}
