/**
 * <lux-tooltips>: shows the text the build wrote into data-tip-title / data-tip on any mark inside
 * it. A mouse opens it by hovering; a tap opens it, and a second tap on the mark, a tap anywhere
 * else or Escape closes it; keyboard focus opens it and Escape closes it. It never re-renders the
 * chart; without JavaScript the marks keep their aria-labels and the figure keeps its data table.
 *
 * Each drawing is one Tab stop: the build gives one mark tabindex="0" and the others "-1"
 * (src/figures/focus.ts). Inside, the arrow keys move to the previous or next mark, Home and End to
 * the first and last; the mark left behind gives up its Tab stop, so Tab returns to the last mark
 * visited. Escape hides the tooltip and puts focus on the figure itself.
 */
class LuxTooltips extends HTMLElement {
  #tip: HTMLDivElement | null = null;
  #current: Element | null = null;
  #pointer = 'mouse';
  #pressing = false;
  #openAtPress: Element | null = null;
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
    this.addEventListener('pointerdown', (event) => {
      this.#pointer = event.pointerType;
      // A tap toggles against the state before it: on touch, focus may open the tip before the click.
      this.#openAtPress = this.#tip?.hidden ? null : this.#current;
      // A mouse press focuses the mark within this task; the flag tells that focus from the keyboard's.
      this.#pressing = true;
      setTimeout(() => (this.#pressing = false));
    });
    // A mouse already opened the tip by hovering; taps (touch, pen) toggle it.
    this.addEventListener('click', (event) => {
      if (this.#pointer === 'mouse') return;
      const mark = this.#markOf(event.target);
      if (mark && mark !== this.#openAtPress) this.#show(mark, event);
      else this.#hide();
    });
    // Focus from the keyboard (or a script) opens it; focus from a press does not, as the click handles that.
    this.addEventListener('focusin', (event) => {
      const mark = this.#markOf(event.target);
      if (mark) this.#rove(mark);
      if (!this.#pressing) this.#show(mark);
    });
    this.addEventListener('keydown', (event) => this.#key(event));
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

  /** The focusable marks of the drawing (the outermost <svg>) that holds `mark`, in document order. */
  #marksBeside(mark: Element): HTMLElement[] {
    let drawing = mark instanceof SVGElement ? mark.ownerSVGElement : null;
    while (drawing?.ownerSVGElement) drawing = drawing.ownerSVGElement;
    return [...(drawing ?? this).querySelectorAll<HTMLElement>('[data-tip-title][tabindex]')];
  }

  /** Makes `mark` the drawing's one Tab stop. */
  #rove(mark: Element): void {
    for (const other of this.#marksBeside(mark)) other.tabIndex = other === mark ? 0 : -1;
  }

  #key(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const mark = this.#markOf(event.target);
    if (!mark) return;
    if (event.key === 'Escape') {
      this.#hide();
      const figure = this.closest<HTMLElement>('figure') ?? this;
      if (!figure.hasAttribute('tabindex')) figure.tabIndex = -1;
      figure.focus({ preventScroll: true });
      return;
    }
    const marks = this.#marksBeside(mark);
    const at = marks.indexOf(mark as HTMLElement);
    const to: Record<string, number> = {
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      Home: 0,
      End: marks.length - 1,
    };
    if (!(event.key in to)) return;
    // The keys are the drawing's own: the page does not scroll and a step-through map does not step.
    event.preventDefault();
    event.stopPropagation();
    const next = marks[Math.min(Math.max(to[event.key], 0), marks.length - 1)];
    if (next && next !== mark) next.focus();
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
