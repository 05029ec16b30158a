import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { embedSnippet } from '../markup/embed';
import { figures } from './registry';
import { renderFigure } from './render';
import { withShare } from './share';
import { SANS, standaloneSvg } from './standalone-svg';
import type { StoryFigure } from './types';

const data = getDataset();

describe('every story figure is shareable', () => {
  for (const [id, figure] of figures) {
    it(`${id}: the site's figure ends with its sources, data and sharing disclosure, which holds the SVG download and the embed snippet`, () => {
      const { document } = parseHTML(`<body>${renderFigure(id, data)}</body>`);
      const share = document.querySelector(`figure#figure-${id} > details.figure-more:last-child > .figure-share`);
      expect(share).not.toBeNull();
      expect(share!.querySelector('a[download]')?.getAttribute('href')).toBe(`/data/charts/${id}.svg`);
      const code = share!.querySelector('textarea')!;
      expect(code.hasAttribute('readonly')).toBe(true);
      // The textarea holds the snippet as escaped text (linkedom leaves a textarea's entities as
      // written, so they are decoded here as a browser would); parsed again, it is one iframe and
      // one script of ours.
      const text = parseHTML(`<p>${code.innerHTML}</p>`).document.querySelector('p')!.textContent;
      expect(text).toBe(embedSnippet(id, figure.texts(data).title));
      const snippet = parseHTML(`<body>${text}</body>`).document;
      expect(snippet.querySelector('iframe')?.getAttribute('src')).toMatch(new RegExp(`^https?://[^/]+/embed/${id}/$`));
      expect(snippet.querySelector('iframe')?.getAttribute('title')).toBe(figure.texts(data).title);
      expect(snippet.querySelector('script')?.getAttribute('src')).toMatch(/^https?:\/\/[^/]+\/embed\/resize\.js$/);
      expect(share!.querySelector('button')?.hasAttribute('hidden')).toBe(true);
    });

    it(`${id}: the standalone SVG has its title, sources and plain colours`, () => {
      const svg = standaloneSvg(figure, data, 'https://example.org/embed/x/');
      expect(svg).not.toMatch(/var\(--/);
      expect(svg).not.toMatch(/currentColor/i);
      const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = document.documentElement;
      expect(root.tagName).toBe('svg');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(root.querySelector('title')?.textContent).toBe(figure.texts(data).title);
      const text = [...root.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(text).toMatch(/Sources?: /);
      expect(root.querySelector('style')?.textContent).toContain(`font-family:${SANS}`);
      expect(svg).not.toMatch(/tabindex|data-tip|aria-describedby/);
    });
  }

  it('a frame that does not end with </figure> fails, naming the figure', () => {
    const [figure] = figures.values();
    const broken: StoryFigure = { ...figure, frame: () => '<div></div>' };
    expect(() => withShare(broken, data)).toThrow(new RegExp(`Figure "${figure.id}".*</figure>`));
  });
});
