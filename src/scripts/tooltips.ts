/**
 * <lux-tooltips>: shows the text the build wrote into data-tip-title / data-tip on any mark inside
 * it. A mouse opens it by hovering; a tap opens it, and a second tap on the mark, a tap anywhere
 * else or Escape closes it; keyboard focus opens it and Escape closes it. It never re-renders the
 * chart; without JavaScript the marks keep their aria-labels and the figure keeps its data table.
 */
class LuxTooltips extends HTMLElement {
  #tip: HTMLDivElement | null = null;
  #current: Element | null = null;
  #pointer = 'mouse';
  #away = (event: Event) => {
    if (!this.contains(event.target as Node)) this.#hide();
  };
  #escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.#hide();
  };

  connectedCallback(): void {
    if (this.#tip) return;
    this.#tip = document.createElement('div');
    this.#tip.className = 'tooltip';
    this.#tip.setAttribute('role', 'tooltip');
    this.#tip.hidden = true;
    this.append(this.#tip);

    this.addEventListener('pointerover', (event) => {
      if (event.pointerType === 'mouse') this.#show(this.#markOf(event.target), event);
    });
    this.addEventListener('pointerout', (event) => {
      if (event.pointerType === 'mouse' && !this.#markOf(event.relatedTarget)) this.#hide();
    });
    this.addEventListener('pointerdown', (event) => (this.#pointer = event.pointerType));
    // A mouse already opened the tip by hovering; taps (touch, pen) toggle it.
    this.addEventListener('click', (event) => {
      if (this.#pointer === 'mouse') return;
      const mark = this.#markOf(event.target);
      if (mark && (mark !== this.#current || this.#tip?.hidden)) this.#show(mark, event);
      else this.#hide();
    });
    // Only keyboard focus opens it: a tap also focuses the mark, and the click handles that.
    this.addEventListener('focusin', (event) => {
      const mark = this.#markOf(event.target);
      if (mark?.matches(':focus-visible')) this.#show(mark);
    });
    this.addEventListener('focusout', (event) => {
      if (!this.#markOf(event.relatedTarget)) this.#hide();
    });
  }

  disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.#away);
    document.removeEventListener('keydown', this.#escape);
  }

  #markOf(target: EventTarget | null): Element | null {
    if (!(target instanceof Element)) return null;
    const mark = target.closest('[data-tip-title]');
    return mark && this.contains(mark) ? mark : null;
  }

  #show(mark: Element | null, event?: MouseEvent): void {
    const tip = this.#tip;
    if (!mark || !tip) return;
    this.#current?.classList.remove('is-active');
    this.#current = mark;
    mark.classList.add('is-active');
    const title = document.createElement('strong');
    title.textContent = mark.getAttribute('data-tip-title');
    const lines = (mark.getAttribute('data-tip') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const span = document.createElement('span');
        span.textContent = line;
        return span;
      });
    tip.replaceChildren(title, ...lines);
    tip.hidden = false;
    document.addEventListener('pointerdown', this.#away);
    document.addEventListener('keydown', this.#escape);
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const x = event?.clientX || box.left + box.width / 2;
    const y = event?.clientY || box.top;
    const left = Math.min(x - host.left + 12, host.width - tip.offsetWidth);
    const top = y - host.top - tip.offsetHeight - 12;
    tip.style.left = `${Math.max(left, 0)}px`;
    tip.style.top = `${top < 0 ? y - host.top + 16 : top}px`;
  }

  #hide(): void {
    if (this.#tip) this.#tip.hidden = true;
    this.#current?.classList.remove('is-active');
    this.#current = null;
    document.removeEventListener('pointerdown', this.#away);
    document.removeEventListener('keydown', this.#escape);
  }
}

if (!customElements.get('lux-tooltips')) customElements.define('lux-tooltips', LuxTooltips);
