// Browser tests of the keyboard path through the story: in every chapter, from the top to its
// "next chapter" link, a chart or a map is one Tab stop with a "Skip figure" link before it and a
// note is one Tab stop in the text (the count of presses is reported); inside one chart and one map
// the arrow keys, Home and End move between marks and Escape leaves; "Skip figure" jumps past.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, pagesWithFigure } from './support/dist';

const chapters = builtPages().filter((p) => p.startsWith('/chapters/') && p !== '/chapters/');

const focused = (page: Page) => page.locator(':focus');
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has focus; returns the number of presses, or fails after `limit`. */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return presses;
  }
  throw new Error(`not reached after ${limit} presses of Tab on ${page.url()}`);
}

interface Stop {
  figure: string | null;
  mark: boolean;
  skip: string | null;
  note: string | null;
}

test.describe('from the top of a chapter to its "next chapter" link', () => {
  for (const path of chapters) {
    test(`${path}: one stop per drawing, one per note, a skip link before each figure`, async ({ page }) => {
      await page.goto(path);
      const next = page.locator('a.pager__link--next');
      const stops: Stop[] = [];
      for (let i = 0; i < 400 && !(await isFocused(next)); i++) {
        await page.keyboard.press('Tab');
        stops.push(
          await page.evaluate(() => {
            const el = document.activeElement!;
            const inText = el.closest('main') && !el.closest('figure, .notes');
            return {
              figure: el.closest('figure[id]')?.id ?? null,
              mark: el.matches('[data-tip-title]'),
              skip: el.matches('a.skip-figure') ? el.getAttribute('href') : null,
              note: inText && /^#note-\d+$/.test(el.getAttribute('href') ?? '') ? el.getAttribute('href') : null,
            };
          }),
        );
      }
      await expect(next).toBeFocused();
      const figures = [...new Set(stops.map((s) => s.figure).filter(Boolean))] as string[];
      const notes = stops.map((s) => s.note).filter(Boolean) as string[];
      const summary = `${stops.length} presses of Tab, ${stops.filter((s) => s.figure || s.skip).length} in or before ${figures.length} figures, ${notes.length} on note references`;
      test.info().annotations.push({ type: 'tab presses', description: `${path}: ${summary}` });
      console.log(`${path}: ${summary}`);
      for (const id of figures) {
        // Each figure's drawing is one Tab stop (CSS shows one of its two layouts) ...
        expect(
          stops.filter((s) => s.figure === id && s.mark),
          `${id}: Tab stops on marks`,
        ).toHaveLength(1);
        // ... and its "Skip figure" link comes first.
        const skip = stops.findIndex((s) => s.skip === `#${id.replace(/^figure-/, '')}-after`);
        expect(skip, `${id}: Skip figure link`).toBeGreaterThanOrEqual(0);
        expect(skip).toBeLessThan(stops.findIndex((s) => s.figure === id));
      }
      // A note cited several times is one Tab stop in the text, at its first mention.
      expect(notes).toEqual([...new Set(notes)]);
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
    // The table toggle stays reachable, after the source line's links.
    await tabTo(page, figure.locator('.chart__toggle input'), 60);
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
});
