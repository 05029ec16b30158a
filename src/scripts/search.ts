/**
 * <lux-search>: runs the Pagefind index in the browser. It loads the index only when a reader
 * searches, searches as they type (and on submit), keeps the query in the address so a search can
 * be shared, announces the number of results, and lets the arrow keys move between the box and
 * the results. Without JavaScript the element's form and the page's links still work.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Results shown at once; a button shows the next batch. */
const BATCH = 20;

/** The excerpt's text with Pagefind's <mark> highlights kept and any other markup dropped. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

class LuxSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private timer?: number;
  private latest = 0;
  private pending: { data(): Promise<PagefindResultData> }[] = [];

  connectedCallback(): void {
    this.input = this.querySelector('input[type="search"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.list = this.querySelector('ol')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.more.addEventListener('click', () => void this.showMore());
    this.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.timer);
      void this.run(this.input.value);
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(this.input.value), 250);
    });
    this.addEventListener('keydown', (event) => this.arrows(event));
    const query = new URLSearchParams(window.location.search).get('q');
    if (query) {
      this.input.value = query;
      void this.run(query);
    }
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const url = new URL(`${this.dataset.bundle}pagefind.js`, window.location.href).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ baseUrl: this.dataset.base, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return this.pagefind;
  }

  private async run(raw: string): Promise<void> {
    const query = raw.trim();
    const ticket = ++this.latest;
    const address = new URL(window.location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    window.history.replaceState(null, '', address);
    if (!query) {
      this.pending = [];
      this.show([], '');
      return;
    }
    this.status.textContent = this.message('searching');
    try {
      const pagefind = await this.load();
      const search = await pagefind.search(query);
      const results = await Promise.all(search.results.slice(0, BATCH).map((r) => r.data()));
      // A slower, older search must not overwrite the answer to a newer one.
      if (ticket !== this.latest) return;
      const total = search.results.length;
      this.pending = search.results.slice(BATCH);
      const count = this.message(total === 0 ? 'none' : total === 1 ? 'one' : 'many', { query, count: String(total) });
      this.show(results, count);
    } catch {
      this.pagefind = undefined;
      this.status.textContent = this.message('failed');
    }
  }

  /** A status line in the page's language, from the element's data-msg-* attributes (the page writes them from ui/site.ts). */
  private message(name: 'searching' | 'none' | 'one' | 'many' | 'failed' | 'chapter', vars: Record<string, string> = {}): string {
    const key = `msg${name[0].toUpperCase()}${name.slice(1)}`;
    return (this.dataset[key] ?? '').replace(/\{(\w+)\}/g, (all, v: string) => vars[v] ?? all);
  }

  private show(results: PagefindResultData[], message: string): void {
    this.status.textContent = message;
    this.list.replaceChildren(...results.map((result) => this.item(result)));
    this.list.hidden = results.length === 0;
    this.more.hidden = this.pending.length === 0;
  }

  /** Appends the next batch and moves focus to its first result, so the keyboard carries on from there. */
  private async showMore(): Promise<void> {
    const batch = await Promise.all(this.pending.splice(0, BATCH).map((r) => r.data()));
    const items = batch.map((result) => this.item(result));
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  private item(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const kind = result.meta.kind ?? (result.url.includes('/chapters/') ? this.message('chapter') : '');
    if (kind) {
      const label = document.createElement('p');
      label.className = 'search__kind';
      label.textContent = kind;
      item.append(label);
    }
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    excerpt.className = 'search__excerpt';
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, excerpt);
    return item;
  }

  /** Down from the box goes to the first result; up and down move between results; up from the first returns to the box. */
  private arrows(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === this.input && event.key === 'ArrowDown') links[0].focus();
    else if (at >= 0 && event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)].focus();
    else if (at > 0 && event.key === 'ArrowUp') links[at - 1].focus();
    else if (at === 0 && event.key === 'ArrowUp') this.input.focus();
    else return;
    event.preventDefault();
  }
}

customElements.define('lux-search', LuxSearch);
