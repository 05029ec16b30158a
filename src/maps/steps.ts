/**
 * The step-through of a map, rendered at build time: a bar with previous and next buttons and a
 * status line read out when it changes, and one card per step. The cards are an ordered list that
 * reads on its own: without JavaScript (CSS `scripting: none`) the bar is not shown and every card
 * but the opening one sits beside the map (wide screens) or after it (phones). With script,
 * <lux-flow-map> follows the card the reader scrolls or swipes to, and the buttons and keys move
 * between them.
 */
import { escapeHtml } from '../lib/html';

export interface StepCard {
  /** The flow the step highlights, as in data-flow; "" for the opening card (all flows). */
  flow: string;
  /** Short status text, e.g. "Leg 2 of 6: Dalian → Osaka"; it also heads the card. */
  label: string;
  /** The card's body as HTML; may be empty. */
  body: string;
}

export interface StepsMarkup {
  /** The buttons and the status line; shown only when script runs. */
  bar: string;
  /** The cards as an ordered list; the first is the opening card and is current at first. */
  cards: string;
}

/** The words of a step-through, in the page's language: how to use it and the two buttons. */
export interface StepWords {
  how: string;
  prev: string;
  next: string;
}

/** The bar and the cards of a step-through, with its words (see StepWords). */
export function renderSteps(cards: StepCard[], words: StepWords): StepsMarkup {
  const how = `<p class="map-steps__how">${escapeHtml(words.how)}</p>`;
  const items = cards
    .map(
      (c, i) =>
        `<li class="map-steps__card${i === 0 ? ' is-current' : ''}" data-step-card="${escapeHtml(c.flow)}" data-step-label="${escapeHtml(c.label)}"><p class="map-steps__label">${escapeHtml(c.label)}</p>${c.body}${i === 0 ? how : ''}</li>`,
    )
    .join('');
  return {
    bar: `<div class="map-steps" data-steps-control><button type="button" class="map-steps__button" data-step="prev" aria-disabled="true"><span aria-hidden="true">← </span>${escapeHtml(words.prev)}</button><p class="map-steps__status visually-hidden" role="status" data-step-status>${escapeHtml(cards[0]?.label ?? '')}</p><button type="button" class="map-steps__button" data-step="next">${escapeHtml(words.next)}<span aria-hidden="true"> →</span></button></div>`,
    cards: `<ol class="map-steps__cards" data-steps-cards>${items}</ol>`,
  };
}
