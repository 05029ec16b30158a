/**
 * <lux-embed-code>: under each figure, the embed snippet with a button that copies it. Without
 * JavaScript the snippet is plain selectable text in a read-only textarea and the button stays
 * hidden; with it, the button appears and a status line says whether the copy worked.
 */
/*
 * The script has no words of its own: the status lines come from the element's data-copied and
 * data-selected, which src/markup/embed.ts writes in the page's language (as the flow map's
 * data-step-label).
 */

class LuxEmbedCode extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    const code = this.querySelector<HTMLTextAreaElement>('textarea');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!button || !code || !status || !button.hidden) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = this.dataset.copied ?? '';
      } catch {
        code.focus();
        code.select();
        status.textContent = this.dataset.selected ?? '';
      }
    });
  }
}

if (!customElements.get('lux-embed-code')) customElements.define('lux-embed-code', LuxEmbedCode);
