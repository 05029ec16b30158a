/**
 * <lux-flow-map>: links a flow map's marks with its route table and, when the map has one, runs
 * its step-through control. Marks and rows share an id in data-flow; pointing at or focusing
 * either highlights both. Steps move with the buttons or the left and right arrow keys and show one
 * card at a time. It only toggles classes and attributes: everything it shows was written at build
 * time, and without JavaScript the control stays hidden while the table lists every flow.
 */
class LuxFlowMap extends HTMLElement {
  #step = 0;
  #preview: string | null = null;
  #cards: HTMLElement[] = [];

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

    const control = this.querySelector<HTMLElement>('[data-steps-control]');
    if (control) {
      this.#cards = [...this.querySelectorAll<HTMLElement>('[data-step-card]')];
      control.hidden = false;
      const cards = this.querySelector<HTMLElement>('[data-steps-cards]');
      if (cards) cards.hidden = false;
      control.querySelector('[data-step="prev"]')?.addEventListener('click', () => this.#go(this.#step - 1));
      control.querySelector('[data-step="next"]')?.addEventListener('click', () => this.#go(this.#step + 1));
      this.addEventListener('keydown', (event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault();
          this.#go(this.#step + (event.key === 'ArrowRight' ? 1 : -1));
        }
      });
    }
    this.#render();
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

  #go(step: number): void {
    if (step < 0 || step >= this.#cards.length || step === this.#step) return;
    this.#step = step;
    this.#preview = null;
    this.#render();
  }

  #render(): void {
    const card = this.#cards[this.#step];
    const stepped = card?.getAttribute('data-step-card') || null;
    const current = this.#preview ?? stepped;
    this.classList.toggle('has-current', current !== null);
    for (const el of this.querySelectorAll('[data-flow]')) el.classList.toggle('is-current', el.getAttribute('data-flow') === current);
    if (!card) return;
    this.#cards.forEach((c, i) => c.classList.toggle('is-shown', i === this.#step));
    const status = this.querySelector('[data-step-status]');
    if (status) status.textContent = card.getAttribute('data-step-label') ?? '';
    this.querySelector('[data-step="prev"]')?.setAttribute('aria-disabled', String(this.#step === 0));
    this.querySelector('[data-step="next"]')?.setAttribute('aria-disabled', String(this.#step === this.#cards.length - 1));
  }
}

if (!customElements.get('lux-flow-map')) customElements.define('lux-flow-map', LuxFlowMap);
