/**
 * :figure[id] prints a number from data/ through the house formatter and links it to the note
 * that carries its sources. Options: without="noun", without="qualifier" or both, for sentences
 * that word those parts themselves. A disputed figure is always flagged where it is printed.
 */
import { html, raw } from '../../lib/html';
import { didYouMean } from '../../lib/nearest';
import { isDisputed, printFigure } from '../../lib/figures';
import { storyText as t } from '../../lib/i18n/ui/story';
import { noteAnchor } from '../notes';
import type { DirectiveHandler } from './context';
import { labelText, optionsOrFail } from './label';

const USAGE = 'Write :figure[id], or :figure[id]{without="noun"}, {without="qualifier"} or {without="noun qualifier"}.';
const PARTS = ['noun', 'qualifier'];

export const figureDirective: DirectiveHandler = (node, { figures, notes, lang, fail }) => {
  const id = labelText(node);
  if (!id) fail(`:figure needs an id between the brackets, e.g. :figure[vehicles-total].`);
  const figure = figures.get(id);
  if (!figure) {
    fail(
      `unknown figure id "${id}". ${didYouMean(id, figures.keys())} A figure is a record in data/figures.json, a make in data/vehicle-makes.json or a count in data/facilitators.json; add it there first if it is new.`,
    );
  }
  const options = optionsOrFail(node, ['without'], fail, USAGE);
  const without = (options.without ?? '').split(/[\s,]+/).filter(Boolean);
  for (const part of without) {
    if (!PARTS.includes(part)) fail(`without="${options.without}" is not understood: "${part}" ${didYouMean(part, PARTS)} ${USAGE}`);
  }
  const text = printFigure(figure!, lang, { noun: !without.includes('noun'), qualifier: !without.includes('qualifier') });
  const { number, refId } = notes.reference('figure', figure!.id);
  const disputed = isDisputed(figure!);
  const value =
    figure!.value === null
      ? html`<span class="figure-ref__value">${text}</span>`
      : html`<data class="figure-ref__value" value="${figure!.value}">${text}</data>`;
  const flag = disputed ? html`<span class="figure-ref__flag">${t(lang, 'disputedFlag')}</span>` : '';
  const markup = html`<a class="figure-ref${disputed ? ' figure-ref--disputed' : ''}" href="#${noteAnchor(number)}" id="${refId}" tabindex="-1" data-figure="${figure!.id}">${raw(value)}${raw(flag)}<span class="note-marker figure-ref__note"><span class="visually-hidden">${t(lang, 'noteOpen')}</span>${number}<span class="visually-hidden">${t(lang, 'noteClose')}</span></span></a>`;
  return { html: markup, text };
};
