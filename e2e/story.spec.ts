// Browser tests of the story: read it from the home page to the last chapter with the keyboard
// alone, and print a chapter with its notes. (axe over every page is in accessibility.spec.ts.)
import { expect, type Page, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { builtHtml, builtPages } from './support/dist';

const pages = builtPages();
const chapters = pages.filter((p) => p.startsWith('/chapters/'));
// The story's order is the home page's chapter list.
const storyOrder = [...parseHTML(builtHtml('/')).document.querySelectorAll('.chapter-list a')].map((a) => a.getAttribute('href'));

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 600): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached after ${limit} presses of Tab on ${page.url()}`);
}

test('a reader goes from the home page to the last chapter with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await tabTo(page, 'a.button');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith('/chapters/'));
  const visited: string[] = [];
  for (;;) {
    await page.waitForLoadState('domcontentloaded');
    const path = new URL(page.url()).pathname;
    visited.push(path);
    await expect(page.locator('h1')).toBeVisible();
    if ((await page.locator('a[rel="next"]').count()) === 0) break;
    await tabTo(page, 'a[rel="next"]');
    await expect(page.locator('a[rel="next"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== path);
  }
  expect(visited).toEqual(storyOrder);
  expect([...visited].sort()).toEqual([...chapters].sort());
});

test('the skip link takes keyboard focus to the story', async ({ page }) => {
  await page.goto(chapters[0]);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('following a figure leads to its note, and the note leads back', async ({ page }) => {
  await page.goto('/chapters/the-findings/');
  const ref = page.locator('a.figure-ref[data-figure="value-reported-to-un"]').first();
  const id = await ref.getAttribute('id');
  await ref.click();
  const note = page.locator('.note:target');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Disputed.');
  await note.locator(`.note__back a[href="#${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test.describe('notes take at most a fifth of a chapter at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  // Height of the notes section (heading, summary and, when open, the list) against the height of
  // the whole page, measured as a reader first sees it (notes collapsed) and with the notes open.
  async function share(page: Page): Promise<{ notes: number; page: number }> {
    return page.evaluate(() => ({
      notes: document.querySelector('.notes')!.getBoundingClientRect().height,
      page: document.documentElement.scrollHeight,
    }));
  }
  for (const path of chapters) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('.notes__details')).not.toHaveAttribute('open');
      const closed = await share(page);
      await page.locator('.notes__summary').click();
      await expect(page.locator('.notes__details')).toHaveAttribute('open');
      const open = await share(page);
      const pct = (s: { notes: number; page: number }) => Math.round((1000 * s.notes) / s.page) / 10;
      test.info().annotations.push({
        type: 'notes share',
        description: `${path}: ${pct(closed)}% collapsed (${Math.round(closed.notes)} of ${closed.page} px), ${pct(open)}% expanded (${Math.round(open.notes)} of ${open.page} px)`,
      });
      console.log(`notes share ${path}: collapsed ${pct(closed)}%, expanded ${pct(open)}%`);
      expect(closed.notes, `${path}: the notes section has a height`).toBeGreaterThan(0);
      expect(open.notes, `${path}: opening the notes shows the list`).toBeGreaterThan(closed.notes);
      expect(closed.notes / closed.page, `${path}: notes as a reader first sees them`).toBeLessThanOrEqual(0.2);
    });
  }
});

test.describe('printed', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
  });

  test('a chapter keeps its notes and its figures’ note numbers, shows where links go, and drops the navigation', async ({ page }) => {
    await page.goto('/chapters/the-maybach-journey/');
    await expect(page.locator('.notes')).toBeVisible();
    const notes = page.locator('.notes .note');
    expect(await notes.count()).toBeGreaterThan(10);
    await expect(notes.first()).toBeVisible();
    await expect(notes.last()).toBeVisible();
    for (const chrome of ['.site-nav', '.pager', '.contents', '.skip-link', '.site-footer nav']) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    const number = page.locator('a.figure-ref .figure-ref__note').first();
    expect(await number.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(2);
    const after = await page
      .locator('.notes a.citation__link')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('http');
  });
});
