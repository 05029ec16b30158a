/**
 * <lux-embed-code>: under each figure, the embed snippet with a button that copies it. Without
 * JavaScript the snippet is plain selectable text in a read-only textarea and the button stays
 * hidden; with it, the button appears and a status line says whether the copy worked.
 */
/** The status words in the page's language (<html lang>); the page has no other words to give. */
const WORDS = {
  en: { copied: 'Copied.', selected: 'Selected: press Ctrl+C or ⌘C to copy.' },
  ko: { copied: '복사했다.', selected: '선택했다. Ctrl+C 또는 ⌘C를 눌러 복사하라.' },
};
const words = () => (document.documentElement.lang === 'ko' ? WORDS.ko : WORDS.en);

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
        status.textContent = words().copied;
      } catch {
        code.focus();
        code.select();
        status.textContent = words().selected;
      }
    });
  }
}

if (!customElements.get('lux-embed-code')) customElements.define('lux-embed-code', LuxEmbedCode);
