/**
 * :entity[id] names a facilitator, place, country or vehicle make from data/; :entity[own words]{id="…"}
 * names it in the sentence's own words. Either way it links to the entity's own page in the text's
 * language (/ko/… for Korean), and :entity[id] prints the name in that language (the data set's).
 */
import { entityPath } from '../../lib/entities';
import { localePath } from '../../lib/i18n/langs';
import { sitePath } from '../../lib/paths';
import { html } from '../../lib/html';
import { didYouMean } from '../../lib/nearest';
import type { DirectiveHandler } from './context';
import { labelText, optionsOrFail } from './label';

export const entityDirective: DirectiveHandler = (node, { entities, lang, fail }) => {
  const options = optionsOrFail(node, ['id'], fail, 'Write :entity[id], or :entity[words to show]{id="the-id"}.');
  const label = labelText(node);
  const id = options.id || label;
  if (!id) fail(':entity needs an id between the brackets, e.g. :entity[jsc-rzd-logistics].');
  const entity = entities.get(id);
  if (!entity) {
    fail(
      `unknown entity id "${id}". ${didYouMean(id, entities.keys())} An entity is a facilitator, place, country or vehicle make in data/ (facilitators.json, places.json, countries.json or vehicle-makes.json).`,
    );
  }
  // The label skips smartypants (it becomes HTML first), so curl its apostrophes here.
  const text = (options.id ? label || entity!.name : entity!.name).replace(/'/g, '’');
  const markup = html`<a class="entity" href="${sitePath(localePath(lang, entityPath(entity!)))}" data-entity="${entity!.id}" data-entity-kind="${entity!.kind}">${text}</a>`;
  return { html: markup, text, entity: entity!.id };
};
