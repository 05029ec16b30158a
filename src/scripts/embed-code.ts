/**
 * <lux-embed-code>: under each figure, the embed snippet with a button that copies it. Without
 * JavaScript the snippet is plain selectable text in a read-only textarea and the button stays
 * hidden; with it, the button appears and a status line says whether the copy worked.
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
        status.textContent = 'Copied.';
      } catch {
        code.focus();
        code.select();
        status.textContent = 'Selected: press Ctrl+C or ⌘C to copy.';
      }
    });
  }
}

if (!customElements.get('lux-embed-code')) customElements.define('lux-embed-code', LuxEmbedCode);
