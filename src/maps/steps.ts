/**
 * The step-through control of a map, rendered at build time and hidden until <lux-flow-map> takes
 * it over: previous and next buttons, a status line read out when it changes, and one card per
 * step. Without JavaScript it stays hidden and the route table shows every step at once. On a
 * wide screen the cards sit above the map and share one grid cell, only the current one visible, so
 * they keep the height of the longest and the map does not jump; on a phone they follow the map.
 */
import { escapeHtml } from '../lib/html';

export interface StepCard {
  /** The flow the step highlights, as in data-flow; "" for the opening card (all flows). */
  flow: string;
  /** Short status text, e.g. "Leg 2 of 6: Dalian → Osaka". */
  label: string;
  /** The card's body as HTML. */
  body: string;
}

/** The control's bar, then its cards; the first card is the opening one and shows at first. */
export function renderSteps(name: string, cards: StepCard[]): string {
  const items = cards
    .map(
      (c, i) =>
        `<li class="map-steps__card${i === 0 ? ' is-shown' : ''}" data-step-card="${escapeHtml(c.flow)}" data-step-label="${escapeHtml(c.label)}">${c.body}</li>`,
    )
    .join('');
  return `<div class="map-steps" data-steps-control hidden><div class="map-steps__bar"><button type="button" class="map-steps__button" data-step="prev"><span aria-hidden="true">← </span>Previous ${escapeHtml(name)}</button><p class="map-steps__status" role="status" data-step-status>${escapeHtml(cards[0]?.label ?? '')}</p><button type="button" class="map-steps__button" data-step="next">Next ${escapeHtml(name)}<span aria-hidden="true"> →</span></button></div></div><ol class="map-steps__cards" data-steps-cards hidden>${items}</ol>`;
}
