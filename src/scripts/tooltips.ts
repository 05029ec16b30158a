/**
 * <lux-tooltips>: shows the text the build wrote into data-tip-title / data-tip on any mark inside
 * it. Opens on hover, on tap (a second tap, a tap elsewhere or Escape closes it) and on keyboard
 * focus. It never re-renders the chart; without JavaScript the marks keep their aria-labels and the
 * figure keeps its data table.
 */
class LuxTooltips extends HTMLElement {
  #tip: HTMLDivElement | null = null;
  #current: Element | null = null;

  connectedCallback(): void {
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
    this.addEventListener('click', (event) => {
      const mark = this.#markOf(event.target);
      if (!mark) return this.#hide();
      if (mark === this.#current && !this.#tip?.hidden) this.#hide();
      else this.#show(mark, event);
    });
    this.addEventListener('focusin', (event) => this.#show(this.#markOf(event.target)));
    this.addEventListener('focusout', (event) => {
      if (!this.#markOf(event.relatedTarget)) this.#hide();
    });
    document.addEventListener('click', (event) => {
      if (!this.contains(event.target as Node)) this.#hide();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#hide();
    });
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
    title.textContent = mark.getAttribute('data-tip-title') ?? '';
    const lines = (mark.getAttribute('data-tip') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const p = document.createElement('span');
        p.textContent = line;
        return p;
      });
    tip.replaceChildren(title, ...lines);
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const x = event && event.clientX ? event.clientX : box.left + box.width / 2;
    const y = event && event.clientY ? event.clientY : box.top;
    const left = Math.min(Math.max(x - host.left + 12, 0), host.width - tip.offsetWidth);
    const top = y - host.top - tip.offsetHeight - 12;
    tip.style.left = `${Math.max(left, 0)}px`;
    tip.style.top = `${top < 0 ? y - host.top + 16 : top}px`;
  }

  #hide(): void {
    if (this.#tip) this.#tip.hidden = true;
    this.#current?.classList.remove('is-active');
    this.#current = null;
  }
}

if (!customElements.get('lux-tooltips')) customElements.define('lux-tooltips', LuxTooltips);
