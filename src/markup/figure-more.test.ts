import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { renderFigure } from '../figures';
import { gatherControls } from './figure-more';

const hrefs = (links: Iterable<Element>) => [...links].map((a) => a.getAttribute('href'));

describe('a story figure gathers its secondary controls into one disclosure', () => {
  for (const [id, lang] of [
    ['ninety-countries', 'en'],
    ['maybach-journey', 'en'],
    ['vehicles-by-make', 'ko'],
  ] as const) {
    it(`${id} (${lang}): sources, downloads and sharing inside; credit links outside it leave the Tab order`, () => {
      const { document } = parseHTML(`<body>${renderFigure(id, getDataset(lang))}</body>`);
      const figure = document.querySelector(`#figure-${id}`)!;
      const more = figure.querySelector(':scope > details.figure-more')!;
      expect(more.querySelector('summary')!.textContent).toBe(lang === 'en' ? 'Sources, data and sharing' : '출처·데이터·퍼가기');
      // Everything that was a Tab stop under the figure is in the disclosure, and nowhere else.
      expect(hrefs(more.querySelectorAll('.chart__get a'))).toHaveLength(2);
      expect(more.querySelector('.figure-share a[download]')).not.toBeNull();
      expect(more.querySelector('.figure-share__embed summary')).not.toBeNull();
      expect(figure.querySelectorAll('.chart__get')).toHaveLength(1);
      // Every credit link outside the disclosure stays a link, out of the Tab order ...
      const outside = [...figure.querySelectorAll('a[href*="/sources/#"]')].filter((a) => !more.contains(a));
      expect(outside.length).toBeGreaterThan(0);
      for (const a of outside) expect(a.getAttribute('tabindex')).toBe('-1');
      // ... and the disclosure links each of those sources once, in the Tab order.
      const inside = [...more.querySelectorAll('.figure-more__sources a')];
      for (const a of inside) expect(a.hasAttribute('tabindex')).toBe(false);
      expect(hrefs(inside).sort()).toEqual([...new Set(hrefs(outside))].sort());
    });
  }

  it('names the figure when its frame lacks the downloads or the share controls', () => {
    expect(() => gatherControls('x', '<figure id="figure-x"><p>no controls</p></figure>', 'en')).toThrow(/Figure "x"/);
  });
});
