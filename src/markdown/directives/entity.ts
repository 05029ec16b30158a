/**
 * :entity[id] names a facilitator, place, country or vehicle make from data/; :entity[own words]{id="…"}
 * names it in the sentence's own words. The address comes from entityUrl(), which gives none until
 * entity pages exist, so today a mention is marked-up text rather than a link to nowhere.
 */
import { entityUrl } from '../../lib/entities';
import { html } from '../../lib/html';
import { didYouMean } from '../../lib/nearest';
import type { DirectiveHandler } from './context';
import { labelText, optionsOrFail } from './label';

export const entityDirective: DirectiveHandler = (node, { entities, fail }) => {
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
  const url = entityUrl(entity!);
  const markup = url
    ? html`<a class="entity" href="${url}" data-entity="${entity!.id}" data-entity-kind="${entity!.kind}">${text}</a>`
    : html`<span class="entity" data-entity="${entity!.id}" data-entity-kind="${entity!.kind}">${text}</span>`;
  return { html: markup, text };
};
