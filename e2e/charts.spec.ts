// Browser tests of the charts as readers meet them: tooltips by mouse, touch and keyboard; the table
// alternative; the CSV download against the plotted rows; text size on phones; axe in light and dark.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { charts } from '../src/figures/charts';
import { extractRows } from '../src/charts/extract';
import { parseCsv } from '../src/lib/csv';
import { getDataset } from '../src/lib/data';
import { pagesWithFigure } from './support/dist';

const ids = Object.keys(charts);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const pageOf = (id: string) => {
  const [page] = pagesWithFigure(id);
  if (!page) throw new Error(`No built page holds the chart "${id}": place ::chart{id="${id}"} in a chapter.`);
  return page;
};
const figure = (page: Page, id: string) => page.locator(`#figure-${id}`);
const visibleMarks = (fig: Locator) => fig.locator('svg.chart-svg:visible [data-tip-title]');

test.describe('tooltips', () => {
  test('a mouse shows the tooltip on hover and hides it on leaving', async ({ page }) => {
    await page.goto(pageOf('vehicles-by-make'));
    const fig = figure(page, 'vehicles-by-make');
    const bar = visibleMarks(fig).first();
    const tooltip = fig.locator('.tooltip');
    await bar.hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('strong')).toHaveText((await bar.getAttribute('data-tip-title'))!);
    // A click focuses the mark; that must neither close the tip nor open a second one.
    await bar.click();
    await expect(tooltip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
  });

  test('the keyboard reaches every mark, focus shows its tooltip and Escape hides it', async ({ page }) => {
    await page.goto(pageOf('estimate-vs-reported'));
    const fig = figure(page, 'estimate-vs-reported');
    const marks = visibleMarks(fig);
    const count = await marks.count();
    const titles: string[] = [];
    // Tab from the top of the page to the chart's first mark (its one Tab stop), then the arrow keys through all of them.
    for (let i = 0; i < 100 && !(await marks.first().evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const focused = page.locator(':focus');
      titles.push((await focused.getAttribute('data-tip-title')) ?? '');
      await expect(fig.locator('.tooltip')).toBeVisible();
      await expect(fig.locator('.tooltip strong')).toHaveText(titles[i]);
    }
    expect(titles).toEqual(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-tip-title') ?? '')));
    await page.keyboard.press('Escape');
    await expect(fig.locator('.tooltip')).toBeHidden();
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

    test('a tap shows the tooltip; a second tap, a tap elsewhere or Escape hides it', async ({ page }) => {
      await page.goto(pageOf('maybach-timeline'));
      const fig = figure(page, 'maybach-timeline');
      const mark = visibleMarks(fig).first();
      const other = visibleMarks(fig).nth(1);
      const tooltip = fig.locator('.tooltip');
      await mark.scrollIntoViewIfNeeded();

      await mark.tap();
      await expect(tooltip).toBeVisible();
      await expect(tooltip.locator('strong')).toHaveText((await mark.getAttribute('data-tip-title'))!);
      await mark.tap();
      await expect(tooltip).toBeHidden();

      await mark.tap();
      await other.tap();
      await expect(tooltip.locator('strong')).toHaveText((await other.getAttribute('data-tip-title'))!);
      await page.locator('.site-footer').tap();
      await expect(tooltip).toBeHidden();

      await mark.tap();
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });
  });
});

test('the table alternative opens on request and screen readers reach it while closed', async ({ page }) => {
  await page.goto(pageOf('un-ban-timeline'));
  const fig = figure(page, 'un-ban-timeline');
  const table = fig.getByRole('table');
  const body = fig.locator('.chart__table-body');
  const title = await fig.locator('.chart__title').textContent();
  await expect(fig.getByRole('table', { name: title! })).toHaveCount(1);
  expect((await body.boundingBox())!.height).toBeLessThanOrEqual(1);
  await fig.getByText('Show the data as a table').click();
  expect((await body.boundingBox())!.height).toBeGreaterThan(100);
  await expect(table.locator('tbody tr')).toHaveCount(await fig.locator('[data-layout="wide"] [data-tip-title]').count());
});

test('on a 320 px phone, open tables stack their rows and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  for (const path of new Set(ids.map(pageOf))) {
    await page.goto(path);
    for (const toggle of await page.getByText('Show the data as a table').all()) await toggle.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const cell = page.locator('.chart__table td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(await cell.getAttribute('data-label'));
  }
});

test.describe('Get the data', () => {
  const data = getDataset();
  for (const id of ids) {
    test(`${id}: the CSV download holds exactly the plotted rows`, async ({ page }) => {
      await page.goto(pageOf(id));
      const fig = figure(page, id);
      // The downloads sit in the figure's "Sources, data and sharing" disclosure.
      await fig.locator('.figure-more > summary').click();
      const download = page.waitForEvent('download');
      await fig.getByRole('link', { name: 'CSV' }).click();
      const csv = parseCsv(readFileSync((await (await download).path())!, 'utf8'));

      const expected = extractRows(charts[id], data).map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v)])),
      );
      expect(csv).toEqual(expected);

      // Every drawn mark points at its CSV row, and names it.
      const first = charts[id].columns('en')[0].key;
      const marks = await visibleMarks(fig).evaluateAll((els) =>
        els.map((e) => ({ row: Number(e.getAttribute('data-row')), label: e.getAttribute('aria-label') ?? '' })),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(csv[mark.row], `mark "${mark.label}"`).toBeDefined();
        expect(mark.label.toLowerCase()).toContain(csv[mark.row][first].toLowerCase());
      }
      await expect(fig.locator('.chart__table tbody tr')).toHaveCount(csv.length);
    });
  }
});

for (const width of [320, 375, 1200]) {
  test(`no chart text renders smaller than 12 px at ${width} px wide`, async ({ page }) => {
    // One test visits every page that places a chart, one after another: give it time per page.
    test.setTimeout(20_000 * new Set(ids.map(pageOf)).size);
    await page.setViewportSize({ width, height: 900 });
    let measured = 0;
    for (const path of new Set(ids.map(pageOf))) {
      await page.goto(path);
      const sizes = await page.locator('svg.chart-svg:visible text').evaluateAll((texts) =>
        texts
          .filter((t) => (t.textContent ?? '').trim())
          .map((t) => {
            const ctm = (t as SVGGraphicsElement).getScreenCTM()!;
            const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
            return { text: t.textContent, px: Math.round(px * 10) / 10 };
          }),
      );
      expect(sizes.length, path).toBeGreaterThan(0);
      measured += sizes.length;
      expect(sizes.filter((s) => s.px < 12)).toEqual([]);
      expect(sizes.filter((s) => s.px > 20)).toEqual([]);
      // Only one drawing of each chart is shown, and it fits the screen.
      for (const id of ids.filter((i) => pageOf(i) === path)) {
        await expect(figure(page, id).locator('svg.chart-svg:visible')).toHaveCount(1);
        const box = (await figure(page, id).locator('svg.chart-svg:visible').boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    }
    // The charts together carry well over fifty labels; a drawing that lost its text would show here.
    expect(measured).toBeGreaterThan(50);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations around the charts in ${colorScheme} mode, tables open`, async ({ page }) => {
    // axe takes 10-20 s a page on a loaded machine: allow each page the default timeout.
    test.setTimeout(30_000 * new Set(ids.map(pageOf)).size);
    await page.emulateMedia({ colorScheme });
    for (const path of new Set(ids.map(pageOf))) {
      await page.goto(path);
      for (const toggle of await page.getByText('Show the data as a table').all()) await toggle.click();
      // With a tooltip open, so its colours are checked too.
      await page.locator('svg.chart-svg:visible [data-tip-title]').first().hover();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  });

  test(`axe finds no violations at phone width in ${colorScheme} mode, tables stacked open`, async ({ page }) => {
    test.setTimeout(30_000 * new Set(ids.map(pageOf)).size);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.emulateMedia({ colorScheme });
    for (const path of new Set(ids.map(pageOf))) {
      await page.goto(path);
      for (const toggle of await page.getByText('Show the data as a table').all()) await toggle.click();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is drawn, labelled and offers its table and downloads', async ({ page }) => {
    for (const id of ids) {
      await page.goto(pageOf(id));
      const fig = figure(page, id);
      await expect(fig.locator('svg.chart-svg:visible')).toHaveCount(1);
      expect(await visibleMarks(fig).count()).toBeGreaterThan(0);
      await fig.getByText('Show the data as a table').click();
      expect((await fig.locator('.chart__table-body').boundingBox())!.height).toBeGreaterThan(40);
      await fig.locator('.figure-more > summary').click();
      await expect(fig.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', `/data/charts/${id}.csv`);
    }
  });
});
