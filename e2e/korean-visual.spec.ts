// The Korean edition as a phone and a desktop reader see it: nothing wider than the screen, no
// header label spilling out of its box, the language switch on screen and reached by Tab, Korean
// emphasis upright (Korean type has no italic), and headings that break between words, not inside one.
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['/ko/', '/ko/chapters/the-maybach-journey/', '/ko/facilitators/dn5505/'];
const WIDTHS = [375, 1280];

/** Header elements whose text is wider or taller than their own box (a label cut off or spilling). */
function headerOverflows(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.site-header *')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .filter((el) => getComputedStyle(el).display !== 'inline')
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}" ${el.scrollWidth}>${el.clientWidth}`,
      ),
  );
}

for (const width of WIDTHS) {
  test.describe(`Korean pages at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of PAGES) {
      test(`${path}: fits the screen, header intact, switch reachable, upright emphasis, keep-all headings`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        expect(await page.locator('html').getAttribute('lang')).toBe('ko');

        const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        expect(scrollWidth, `page is ${scrollWidth} px wide in a ${width} px viewport`).toBeLessThanOrEqual(width);

        expect(await headerOverflows(page)).toEqual([]);

        const header = await page.locator('.site-header').boundingBox();
        const nav = page.locator('.site-nav a');
        for (const link of await nav.all()) {
          const box = (await link.boundingBox())!;
          expect(box.x, `${await link.textContent()} starts on screen`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${await link.textContent()} ends on screen`).toBeLessThanOrEqual(width);
          expect(box.y + box.height).toBeLessThanOrEqual(header!.y + header!.height);
        }

        const langSwitch = page.locator('.site-header [data-lang-switch]');
        await expect(langSwitch).toBeVisible();
        await expect(langSwitch).toBeInViewport();
        const box = (await langSwitch.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        let reached = false;
        for (let presses = 0; presses < 20 && !reached; presses++) {
          await page.keyboard.press('Tab');
          reached = await langSwitch.evaluate((el) => el === document.activeElement);
        }
        expect(reached, 'language switch reached within 20 presses of Tab').toBe(true);
        await expect(langSwitch).toBeInViewport();

        const styles = await page.evaluate(() => {
          const italic = [...document.querySelectorAll('main em, main i, main cite, main .dek, main .note, main figcaption')]
            .filter((el) => !el.closest('[lang]:not([lang="ko"])'))
            .filter((el) => getComputedStyle(el).fontStyle !== 'normal')
            .map((el) => el.textContent?.trim().slice(0, 30));
          const headings = [...document.querySelectorAll('main :is(h1, h2, h3)')];
          const breaking = headings
            .filter((el) => getComputedStyle(el).wordBreak !== 'keep-all')
            .map((el) => el.textContent?.trim().slice(0, 30));
          return { italic, headings: headings.length, breaking, ems: document.querySelectorAll('main em').length };
        });
        expect(styles.italic, 'Korean text set in italic').toEqual([]);
        expect(styles.headings).toBeGreaterThan(0);
        expect(styles.breaking, 'headings that may break inside a word').toEqual([]);
      });
    }
  });
}

test('Korean emphasis in a chapter is upright and set apart in the sans face', async ({ page }) => {
  await page.goto('/ko/chapters/the-maybach-journey/');
  const em = page.locator('main p > em').first();
  await expect(em).toContainText('기록으로 확인됨');
  const [style, family, paragraphFamily] = await em.evaluate((el) => [
    getComputedStyle(el).fontStyle,
    getComputedStyle(el).fontFamily,
    getComputedStyle(el.parentElement!).fontFamily,
  ]);
  expect(style).toBe('normal');
  expect(family).toContain('Noto Sans KR');
  expect(family).not.toBe(paragraphFamily);
});

test('the English edition keeps its italics and its own line breaking', async ({ page }) => {
  await page.goto('/chapters/the-maybach-journey/');
  const em = page.locator('main p > em').first();
  expect(await em.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');
  expect(await page.locator('main h1').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('normal');
});
