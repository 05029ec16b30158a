// Browser tests of the keyboard path through the story. In every chapter of both editions, from the
// top to its "next chapter" link, Tab takes at most 60 presses (each run prints the stops by kind):
// a chart or a map is one stop with a "Skip figure" link before it and one "Sources, data and
// sharing" disclosure after it; note references and credit links stay links out of the Tab order.
// What left the Tab order is still reached: the disclosure opens with Enter and Tab walks its
// sources, downloads and embed control; the notes toggle opens and each note leads back to the text.
// Inside one chart and one map the arrow keys, Home and End move between marks and Escape leaves.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, pagesWithFigure } from './support/dist';
import { byKind, stopsTo, tabTo, type Stop } from './support/keyboard';

const chapters = builtPages().filter((p) => /^\/(ko\/)?chapters\/[^/]+\/$/.test(p));
const MAX_STOPS = 60;
// The only stops a figure has: its skip link (just before it), its drawing, its table toggle (a
// map's shows on phones only), a map's step buttons and route-table rows, and the disclosure.
const FIGURE_KINDS = [
  'figure: drawing',
  'figure: table toggle',
  'figure: step button',
  'figure: route-table row',
  'figure: sources, data and sharing',
];

const focused = (page: Page) => page.locator(':focus');

function expectFigureStops(stops: Stop[], id: string): void {
  const own = stops.filter((s) => s.figure === id);
  expect(
    own.filter((s) => s.kind === 'figure: drawing'),
    `${id}: Tab stops on marks`,
  ).toHaveLength(1);
  expect(
    own.filter((s) => s.kind === 'figure: sources, data and sharing'),
    `${id}: disclosures`,
  ).toHaveLength(1);
  expect(
    own.map((s) => s.kind).filter((k) => !FIGURE_KINDS.includes(k)),
    `${id}: other stops`,
  ).toEqual([]);
  // Its "Skip figure" link comes first.
  const skip = stops.findIndex((s) => s.kind === 'figure: skip link' && s.href === `#${id.replace(/^figure-/, '')}-after`);
  expect(skip, `${id}: Skip figure link`).toBeGreaterThanOrEqual(0);
  expect(skip).toBeLessThan(stops.findIndex((s) => s.figure === id));
}

test('every chapter of both editions is measured', () => {
  expect(chapters.filter((p) => p.startsWith('/ko/')).length).toBeGreaterThan(0);
  expect(chapters.filter((p) => !p.startsWith('/ko/')).length).toBe(chapters.filter((p) => p.startsWith('/ko/')).length);
});

test.describe('from the top of a chapter to its "next chapter" link', () => {
  for (const path of chapters) {
    test(`${path}: at most ${MAX_STOPS} presses of Tab, a figure costs its skip link, drawing and one disclosure`, async ({ page }) => {
      await page.goto(path);
      const next = page.locator('a.pager__link--next');
      await expect(next).toHaveCount(1);
      const stops = await stopsTo(page, next);
      const summary = `${stops.length} presses of Tab: ${byKind(stops)}`;
      test.info().annotations.push({ type: 'tab presses', description: `${path}: ${summary}` });
      console.log(`${path}: ${summary}`);
      expect(stops.length, summary).toBeLessThanOrEqual(MAX_STOPS);
      const figures = [...new Set(stops.map((s) => s.figure).filter(Boolean))] as string[];
      expect(figures.length).toBeGreaterThan(0);
      for (const id of figures) expectFigureStops(stops, id);
      // Note references and credit links are links, but never Tab stops; the notes toggle is one.
      expect(stops.filter((s) => s.kind === 'text: note reference')).toEqual([]);
      expect(stops.filter((s) => /\/sources\/#/.test(s.href ?? ''))).toEqual([]);
      expect(stops.filter((s) => s.kind === 'notes toggle')).toHaveLength(1);
      expect(stops.filter((s) => s.kind.startsWith('other'))).toEqual([]);
      const refs = page.locator('main a[href^="#note-"]:not(.notes a)');
      expect(await refs.count()).toBeGreaterThan(0);
      for (const tabindex of await refs.evaluateAll((as) => as.map((a) => a.getAttribute('tabindex')))) expect(tabindex).toBe('-1');
    });
  }
});

/** Tabs from the top into the visible drawing of a figure and checks that it is one Tab stop. */
async function enterDrawing(page: Page, figure: Locator): Promise<Locator> {
  const marks = figure.locator('svg:visible [data-tip-title]');
  expect(await marks.count()).toBeGreaterThan(2);
  await tabTo(page, marks.first());
  // One Tab stop: the next press leaves the drawing, and Shift+Tab comes back to the same mark.
  await page.keyboard.press('Tab');
  expect(await focused(page).evaluate((el) => el.closest('svg') === null)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(marks.first()).toBeFocused();
  return marks;
}

async function expectMark(figure: Locator, marks: Locator, i: number): Promise<void> {
  const mark = marks.nth(i);
  await expect(mark).toBeFocused();
  await expect(figure.locator('.tooltip strong')).toHaveText((await mark.getAttribute('data-tip-title'))!);
}

async function walk(page: Page, figure: Locator, marks: Locator): Promise<void> {
  const last = (await marks.count()) - 1;
  await page.keyboard.press('ArrowRight');
  await expectMark(figure, marks, 1);
  await page.keyboard.press('ArrowDown');
  await expectMark(figure, marks, 2);
  await page.keyboard.press('ArrowUp');
  await expectMark(figure, marks, 1);
  await page.keyboard.press('ArrowLeft');
  await expectMark(figure, marks, 0);
  // The ends hold: Left on the first mark stays there, Right on the last stays there.
  await page.keyboard.press('ArrowLeft');
  await expectMark(figure, marks, 0);
  await page.keyboard.press('End');
  await expectMark(figure, marks, last);
  await page.keyboard.press('ArrowRight');
  await expectMark(figure, marks, last);
  // Tab leaves from any mark, and Shift+Tab returns to the one last visited.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expectMark(figure, marks, last);
  await page.keyboard.press('Home');
  await expectMark(figure, marks, 0);
  await page.keyboard.press('Escape');
  await expect(figure.locator('.tooltip')).toBeHidden();
  await expect(figure).toBeFocused();
}

// imports-by-country draws its rows in nested <svg>s: the arrows still cross the whole drawing.
for (const id of ['vehicles-by-make', 'imports-by-country']) {
  test(`the chart ${id} is one Tab stop, walked with the arrow keys, Home and End, and left with Escape`, async ({ page }) => {
    const [path] = pagesWithFigure(id);
    await page.goto(path!);
    const figure = page.locator(`#figure-${id}`);
    const marks = await enterDrawing(page, figure);
    await walk(page, figure, marks);
    // From the figure (where Escape left focus), Tab passes the drawing, then reaches the table
    // toggle and the disclosure: the source line's links are not Tab stops.
    expect(await tabTo(page, figure.locator('.chart__toggle input'), 60)).toBe(2);
    expect(await tabTo(page, figure.locator('.figure-more > summary'), 5)).toBe(1);
  });
}

test('a map is one Tab stop too, and its arrow keys move between marks without stepping the journey', async ({ page }) => {
  const [path] = pagesWithFigure('maybach-journey');
  await page.goto(path!);
  const figure = page.locator('#figure-maybach-journey');
  const status = figure.locator('[data-step-status]');
  const before = await status.textContent();
  const marks = await enterDrawing(page, figure);
  await walk(page, figure, marks);
  await expect(status).toHaveText(before!);
});

test('"Skip figure" appears when focused and moves focus past the figure', async ({ page }) => {
  const [path] = pagesWithFigure('vehicles-by-make');
  await page.goto(path!);
  const figure = page.locator('#figure-vehicles-by-make');
  const skip = page.locator('a.skip-figure[href="#vehicles-by-make-after"]');
  await tabTo(page, skip);
  const box = (await skip.boundingBox())!;
  expect(box.width).toBeGreaterThan(40);
  expect(box.height).toBeGreaterThan(10);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const after = await figure.evaluate((fig) => {
    const el = document.activeElement!;
    return !fig.contains(el) && Boolean(fig.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each drawing is still one Tab stop, and its table toggle is reachable', async ({ page }) => {
    const [path] = pagesWithFigure('vehicles-by-make');
    await page.goto(path!);
    const figure = page.locator('#figure-vehicles-by-make');
    const stops = await figure.locator('svg.chart-svg').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('[tabindex="0"]').length));
    expect(stops).toEqual([1, 1]);
    await enterDrawing(page, figure);
    await tabTo(page, figure.locator('.chart__toggle input'), 10);
  });

  test('the disclosure opens with Enter and Tab reaches its downloads; the notes open and lead back', async ({ page }) => {
    const [path] = pagesWithFigure('vehicles-by-make');
    await page.goto(path!);
    const more = page.locator('#figure-vehicles-by-make .figure-more');
    await tabTo(page, more.locator(':scope > summary'));
    await page.keyboard.press('Enter');
    await tabTo(page, more.locator('.chart__get a').first(), 40);
    await tabTo(page, page.locator('.notes__summary'));
    await page.keyboard.press('Enter');
    const back = page.locator('.note__back a').first();
    await tabTo(page, back, 40);
    const target = (await back.getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
  });
});

/** Opens a figure's disclosure from the keyboard and returns the href (or kind) of each Tab stop inside it. */
async function walkDisclosure(page: Page, figure: Locator): Promise<string[]> {
  const more = figure.locator('.figure-more');
  await tabTo(page, more.locator(':scope > summary'));
  await expect(more.locator('.figure-more__sources')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('open', '');
  const reached: string[] = [];
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const stop = await more.evaluate((d) => {
      const el = document.activeElement!;
      return d.contains(el) ? (el.getAttribute('href') ?? el.tagName.toLowerCase()) : null;
    });
    if (stop === null) break;
    reached.push(stop);
  }
  return reached;
}

for (const [id, prefix] of [
  ['vehicles-by-make', '/'],
  ['ninety-countries', '/'],
  ['maybach-journey', '/ko/'],
] as const) {
  test(`${prefix}: the disclosure under ${id} opens with Enter, and Tab reaches every source, the downloads and the embed code`, async ({
    page,
  }) => {
    const path = pagesWithFigure(id).find((p) => p.startsWith(`${prefix}chapters/`))!;
    await page.goto(path);
    const figure = page.locator(`#figure-${id}`);
    const credits = await figure
      .locator('a[href*="/sources/#"]:not(.figure-more a)')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.getAttribute('tabindex')]));
    expect(credits.length).toBeGreaterThan(0);
    for (const [href, tabindex] of credits) expect(tabindex, `${href} in the figure`).toBe('-1');
    const reached = await walkDisclosure(page, figure);
    for (const href of new Set(credits.map(([href]) => href))) expect(reached, 'each source once').toContain(href);
    expect(reached.filter((h) => h.includes('/sources/#'))).toHaveLength(new Set(credits.map(([h]) => h)).size);
    const data = `${(await figure.getAttribute('data-map')) ? '/data/maps/' : '/data/charts/'}${id}`;
    expect(reached).toEqual(
      expect.arrayContaining([`${data}.csv`, `${data}.json`, `${prefix === '/ko/' ? '/ko' : ''}/data/charts/${id}.svg`, 'summary']),
    );
    // The embed code opens with Enter too, and its copy button follows the snippet.
    await page.keyboard.press('Shift+Tab');
    await expect(figure.locator('.figure-share__embed summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(figure.locator('.figure-share__embed textarea')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.locator('.figure-share__embed button')).toBeFocused();
  });
}

for (const prefix of ['/', '/ko/']) {
  test(`${prefix}: the notes open from one stop at the end of the text, and each note leads back to its first mention`, async ({
    page,
  }) => {
    await page.goto(`${prefix}chapters/the-maybach-journey/`);
    // Every note has one way back, to a mention in the text.
    const backs = await page.locator('.note').evaluateAll((notes) =>
      notes.map((n) => {
        const links = [...n.querySelectorAll('.note__back a')];
        const target = document.getElementById(links[0]?.getAttribute('href')?.slice(1) ?? '');
        return links.length === 1 && target !== null && !target.closest('.notes') && target.getAttribute('href') === `#${n.id}`;
      }),
    );
    expect(backs.length).toBeGreaterThan(10);
    expect(backs.every(Boolean)).toBe(true);
    await tabTo(page, page.locator('.notes__summary'));
    await page.keyboard.press('Enter');
    const back = page.locator('.note__back a').nth(2);
    await tabTo(page, back, 60);
    const target = page.locator(`[id="${(await back.getAttribute('href'))!.slice(1)}"]`);
    await page.keyboard.press('Enter');
    await expect(target).toBeInViewport();
    // Tab goes on from the mention, in the text.
    await page.keyboard.press('Tab');
    const after = await target.evaluate((ref) => {
      const el = document.activeElement!;
      return !el.closest('.notes') && Boolean(ref.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
  });
}

test('a pointer still follows a note reference out of the Tab order to its note', async ({ page }) => {
  await page.goto('/chapters/the-maybach-journey/');
  const ref = page.locator('main a.figure-ref[tabindex="-1"]').nth(3);
  const note = (await ref.getAttribute('href'))!;
  await ref.click();
  await expect(page.locator(note)).toBeInViewport();
  await expect(page.locator('.notes__details')).toHaveAttribute('open', '');
});
