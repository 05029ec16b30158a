/**
 * :cite[source-id] (or several ids separated by commas) becomes a superscript note number linking
 * to the full citation at the end of the page. The same source cited again keeps its number.
 */
import { html } from '../../lib/html';
import { storyText as t } from '../../lib/i18n/ui/story';
import { didYouMean } from '../../lib/nearest';
import { noteAnchor } from '../notes';
import type { DirectiveHandler } from './context';
import { labelText, optionsOrFail } from './label';

export const citeDirective: DirectiveHandler = (node, { data, notes, lang, fail, afterFigure }) => {
  const ids = labelText(node)
    .split(/[\s,]+/)
    .filter(Boolean);
  if (ids.length === 0) fail(':cite needs a source id between the brackets, e.g. :cite[c4ads-lux-loaded].');
  optionsOrFail(node, [], fail, 'Write :cite[source-id], or several ids separated by commas.');
  const known = new Set(data.sources.map((s) => s.id));
  for (const id of ids) {
    if (!known.has(id)) {
      fail(
        `unknown source id "${id}". ${didYouMean(id, known)} Sources are the records in data/sources.json; add the source there first if it is new.`,
      );
    }
  }
  const links = [...new Set(ids)].map((id) => {
    const { number, refId } = notes.reference('source', id);
    return html`<a href="#${noteAnchor(number)}" id="${refId}" tabindex="-1"><span class="visually-hidden">${t(lang, 'noteWord')}</span>${number}</a>`;
  });
  const classes = afterFigure ? 'note-marker cite-ref cite-ref--after-figure' : 'note-marker cite-ref';
  return { html: `<sup class="${classes}">${links.join('<span class="cite-ref__sep">, </span>')}</sup>`, text: '' };
};
