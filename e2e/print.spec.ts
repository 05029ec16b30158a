// The print edition: every chapter printed to A4 by Chromium stays within its page budget, shows
// no controls, keeps figures whole and prints where each source link leads, once, in the notes.
import { expect, test } from '@playwright/test';
import { pdfPageCount } from './support/pdf';
import { builtPages } from './support/dist';

const chapters = builtPages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
// Pages on A4: the two chapters the print issue measured, and a ceiling for the others.
const budget: Record<string, number> = {
  '/chapters/the-maybach-journey/': 8,
  '/chapters/the-vehicles/': 6,
};
const CEILING = 7;

test('there are chapters to print', () => {
  expect(chapters.length).toBeGreaterThan(0);
  for (const path of Object.keys(budget)) expect(chapters).toContain(path);
});

for (const path of chapters) {
  test(`${path} prints on at most ${budget[path] ?? CEILING} A4 pages`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPageCount(pdf);
    expect(pages, 'no page objects found in the PDF').toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(budget[path] ?? CEILING);
  });
}

test('print hides controls and instructions and opens what is collapsed', async ({ page }) => {
  await page.goto('/chapters/the-maybach-journey/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.skip-link', '.site-nav', '.chart__toggle', 'button', '.pager']) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
  await expect(page.getByText(/arrow keys/i)).toBeHidden();
  // A chart prints as its drawing, without the data table that repeats it; route tables print open.
  for (const table of await page.locator('figure.chart .chart__table').all()) await expect(table).toBeHidden();
  for (const table of await page.locator('figure.map .chart__table-body table').all()) await expect(table).toBeVisible();
  expect(await page.locator('figure.map .chart__table-body table').count()).toBeGreaterThan(0);
  // What is collapsed opens, except a figure's sources, data and sharing disclosure (downloads and
  // the embed snippet have no use on paper; the source line prints with the figure), which is not printed.
  for (const more of await page.locator('.figure-more').all()) await expect(more).toBeHidden();
  expect(await page.locator('.figure-more').count()).toBeGreaterThan(0);
  await expect(page.locator('.figure-share').first()).toBeHidden();
  for (const source of await page.locator('.chart__source').all()) await expect(source).toBeVisible();
  for (const inside of await page.locator('details:not(.figure-more, .figure-more details) > :not(summary)').all())
    await expect(inside).toBeVisible();
  await expect(page.locator('.map-steps__cards')).toBeHidden();
  const headerDisplay = await page
    .locator('figure.map .chart__table-body thead')
    .first()
    .evaluate((el) => getComputedStyle(el).display);
  expect(headerDisplay).toBe('table-header-group');
  // A figure's picture and each table row stay whole; the figure as a whole may not, since its
  // table can be longer than a page.
  const parts = page.locator('.chart__plot, .map__plot, .chart__table-body tr, .map__table tr');
  expect(await parts.count()).toBeGreaterThan(0);
  for (const part of await parts.all()) expect(await part.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});

test('links print where they lead only in the notes, and internal links print nothing', async ({ page }) => {
  await page.goto('/chapters/the-maybach-journey/');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => ({
      href: a.getAttribute('href')!,
      inNotes: Boolean(a.closest('.notes')),
      after: getComputedStyle(a, '::after').content,
    })),
  );
  const external = printed.filter((l) => /^https?:/.test(l.href));
  expect(external.length).toBeGreaterThan(0);
  for (const link of printed) {
    const writesUrl = link.after !== 'none' && link.after !== 'normal' && link.after.includes(link.href);
    if (/^https?:/.test(link.href) && link.inNotes) expect(writesUrl, link.href).toBe(true);
    else expect(writesUrl, `${link.href} prints its address`).toBe(false);
  }
  // Each external address is written once on paper.
  const written = external.filter((l) => l.inNotes).map((l) => l.href);
  expect(new Set(written).size).toBe(written.length);
});
