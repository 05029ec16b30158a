/** Pressing Tab through a built page in Chromium: reaching one element, and naming every stop on the way. */
import { expect, type Locator, type Page } from '@playwright/test';

export const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has focus; returns the number of presses, or fails after `limit`. */
export async function tabTo(page: Page, target: Locator, limit = 400): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return presses;
  }
  throw new Error(`not reached after ${limit} presses of Tab on ${page.url()}`);
}

/** One Tab stop: the figure it is in, and what kind of control it is (see `kindOf`). */
export interface Stop {
  figure: string | null;
  kind: string;
  href: string | null;
}

/** Names the focused element; runs in the page. */
function describeFocus(): Stop {
  const el = document.activeElement!;
  const figure = el.closest('figure[id]')?.id ?? null;
  const href = el.getAttribute('href');
  const inText = el.closest('main') && !el.closest('figure, .notes');
  const kinds: [boolean, string][] = [
    [el.matches('a.pager__link--next'), 'next chapter'],
    [el.matches('a.skip-link'), 'skip to the story'],
    [el.matches('a.skip-figure'), 'figure: skip link'],
    [el.matches('[data-tip-title]'), 'figure: drawing'],
    [el.matches('.figure-more > summary'), 'figure: sources, data and sharing'],
    [Boolean(el.closest('.figure-more')), 'figure: inside the disclosure'],
    [el.matches('.chart__toggle input'), 'figure: table toggle'],
    [el.matches('[data-step]'), 'figure: step button'],
    [el.matches('tr[data-flow]'), 'figure: route-table row'],
    [Boolean(figure), 'figure: other'],
    [el.matches('.notes__summary'), 'notes toggle'],
    [Boolean(el.closest('.notes')), 'notes: inside'],
    [el.matches('.how-we-know > summary'), 'text: "How we know this" box'],
    [Boolean(inText && /^#note-\d+$/.test(href ?? '')), 'text: note reference'],
    [Boolean(el.closest('.contents')), 'contents'],
    [Boolean(el.closest('.pager')), 'pager'],
    [Boolean(el.closest('header')), 'header'],
    [Boolean(inText && el.matches('a[href]')), 'text: link'],
  ];
  const kind = kinds.find(([hit]) => hit)?.[1] ?? `other: ${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`;
  return { figure, kind, href };
}

/** Presses Tab from where focus is until `target` has focus, naming each stop on the way (the last is the target). */
export async function stopsTo(page: Page, target: Locator, limit = 400): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit && !(await isFocused(target)); i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(describeFocus));
  }
  await expect(target).toBeFocused();
  return stops;
}

/** "12 header, 3 contents, …": the stops counted by kind, in order of first appearance. */
export function byKind(stops: Stop[]): string {
  const counts = new Map<string, number>();
  for (const s of stops) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}
