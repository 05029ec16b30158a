/**
 * <lux-flow-map>: links a flow map's marks with its route table and, when the map has steps, tells
 * the route one step at a time. Marks and rows share an id in data-flow; pointing at or focusing
 * either highlights both. The current step follows the card the reader scrolls to (wide screens,
 * cards beside a sticky map) or swipes to (phones, a strip of cards under the map), watched with an
 * IntersectionObserver rather than a scroll handler; the buttons, the arrow keys, Home, End and
 * Escape move it too and bring the card and the map into view together. It only toggles classes
 * and attributes: everything it shows was written at build time.
 */
/** Where the cards move beside the map; the same breakpoint as in maps.css. */
const WIDE = '(min-width: 72rem)';

class LuxFlowMap extends HTMLElement {
  #step = 0;
  #preview: string | null = null;
  #cards: HTMLElement[] = [];
  #observer: IntersectionObserver | null = null;
  /** Until then, cards crossing the line belong to a scroll this element started, not the reader's. */
  #quietUntil = 0;
  #wide = matchMedia(WIDE);
  /** Crossing the wide breakpoint changes which cards count as current and how the legs draw. */
  #breakpoint = () => {
    this.#observe();
    this.#render();
  };

  connectedCallback(): void {
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-flow]')) row.tabIndex = 0;
    this.addEventListener('pointerover', (event) => this.#point(this.#flowOf(event.target)));
    this.addEventListener('pointerout', (event) => {
      if (!this.#flowOf(event.relatedTarget)) this.#point(null);
    });
    this.addEventListener('focusin', (event) => this.#point(this.#flowOf(event.target)));
    this.addEventListener('focusout', (event) => {
      if (!this.#flowOf(event.relatedTarget)) this.#point(null);
    });

    this.#cards = [...this.querySelectorAll<HTMLElement>('[data-step-card]')];
    if (this.#cards.length) {
      this.querySelector('[data-step="prev"]')?.addEventListener('click', () => this.#go(this.#step - 1, true));
      this.querySelector('[data-step="next"]')?.addEventListener('click', () => this.#go(this.#step + 1, true));
      this.addEventListener('keydown', (event) => this.#key(event));
      this.#wide.addEventListener('change', this.#breakpoint);
      this.#observe();
    }
    this.#render();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#wide.removeEventListener('change', this.#breakpoint);
  }

  #key(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.#cards.length - 1;
    const to: Record<string, number> = { ArrowRight: this.#step + 1, ArrowLeft: this.#step - 1, Home: 0, End: last };
    if (event.key === 'Escape') {
      // An open tooltip takes Escape first (<lux-tooltips> closes it); the next one resets the map.
      if (this.querySelector('.tooltip:not([hidden])')) return;
      this.#go(0, false);
    } else if (event.key in to) {
      event.preventDefault();
      this.#go(Math.max(0, Math.min(last, to[event.key])), true);
    }
  }

  /** Watches the cards: on wide screens the one crossing a line near the top of the viewport, on phones the one filling the strip. */
  #observe(): void {
    this.#observer?.disconnect();
    const strip = this.#wide.matches ? null : this.querySelector<HTMLElement>('[data-steps-cards]');
    // In the strip a neighbour peeking in also intersects: only a card mostly in view counts.
    const least = strip ? 0.6 : 0;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (performance.now() < this.#quietUntil) return;
        const seen = entries
          .filter((e) => e.isIntersecting && e.intersectionRatio >= least)
          .sort((a, b) => b.intersectionRatio - a.intersectionRatio)[0];
        if (seen) this.#go(this.#cards.indexOf(seen.target as HTMLElement), false);
      },
      strip ? { root: strip, threshold: least } : { rootMargin: '-20% 0px -79% 0px' },
    );
    for (const card of this.#cards) this.#observer.observe(card);
  }

  #flowOf(target: EventTarget | null): string | null {
    if (!(target instanceof Element)) return null;
    const marked = target.closest('[data-flow]');
    return marked && this.contains(marked) ? marked.getAttribute('data-flow') : null;
  }

  #point(flow: string | null): void {
    if (flow === this.#preview) return;
    this.#preview = flow;
    this.#render();
  }

  #go(step: number, reveal: boolean): void {
    if (step < 0 || step >= this.#cards.length) return;
    if (reveal) this.#reveal(this.#cards[step]);
    if (step === this.#step) return;
    this.#step = step;
    this.#preview = null;
    this.#render();
  }

  /** Scrolls so the card and the map are in view together. */
  #reveal(card: HTMLElement): void {
    const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    this.#quietUntil = performance.now() + (behavior === 'smooth' ? 1000 : 100);
    // Cards carry a scroll margin that lands them just above the observer's line, beside the pinned map.
    if (this.#wide.matches) return card.scrollIntoView({ block: 'start', behavior });
    card.parentElement?.scrollTo({ left: card.offsetLeft, behavior });
    const box = (this.querySelector('.map-scrolly') ?? this).getBoundingClientRect();
    const bottom = card.getBoundingClientRect().bottom;
    const top =
      box.height > innerHeight
        ? bottom - innerHeight + 8
        : box.top < 0
          ? box.top - 8
          : box.bottom > innerHeight
            ? box.bottom - innerHeight + 8
            : 0;
    if (top) scrollBy({ top, behavior });
  }

  #render(): void {
    const card = this.#cards[this.#step];
    const stepped = card?.getAttribute('data-step-card') || null;
    const current = this.#preview ?? stepped;
    this.classList.toggle('has-current', current !== null);
    for (const el of this.querySelectorAll('[data-flow]')) el.classList.toggle('is-current', el.getAttribute('data-flow') === current);
    if (!card) return;
    // In the phone strip the current card is one Tab stop, so the keyboard can scroll a long card
    // (arrow up and down) and step from it (left and right); the others are reached by stepping, and
    // focus follows the step when it was on a card. Beside the map (wide) no card takes focus.
    const strip = !this.#wide.matches;
    const focused = this.#cards.some((c) => c === document.activeElement);
    this.#cards.forEach((c, i) => {
      c.classList.toggle('is-current', i === this.#step);
      if (i === this.#step) c.setAttribute('aria-current', 'step');
      else c.removeAttribute('aria-current');
      if (strip && i === this.#step) c.tabIndex = 0;
      else c.removeAttribute('tabindex');
    });
    if (strip && focused) card.focus({ preventScroll: true });
    const status = this.querySelector('[data-step-status]');
    if (status) status.textContent = card.getAttribute('data-step-label') ?? '';
    this.querySelector('[data-step="prev"]')?.setAttribute('aria-disabled', String(this.#step === 0));
    this.querySelector('[data-step="next"]')?.setAttribute('aria-disabled', String(this.#step === this.#cards.length - 1));
  }
}

if (!customElements.get('lux-flow-map')) customElements.define('lux-flow-map', LuxFlowMap);
