// Browser tests: the chapter reads without JavaScript, the tooltip works, and axe finds nothing.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesWithFigure } from './support/dist';

// A route handler still fetching when a test ends (a late font or image request) would fail the run
// from outside any test: drop the routes, and what they hold, before the page closes.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

const chartPage = pagesWithFigure('vehicles-by-make')[0];
const mapPage = pagesWithFigure('maybach-journey')[0];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the chapters still show the chart, its data table and the map', async ({ page }) => {
    await page.goto(chartPage);
    const chart = page.locator('#figure-vehicles-by-make');
    await expect(chart.locator('svg.chart-svg:visible')).toHaveCount(1);
    expect(await chart.locator('svg.chart-svg:visible [data-tip-title]').count()).toBeGreaterThan(0);
    await chart.getByText('Show the data as a table').click();
    await expect(chart.locator('table')).toBeVisible();
    await page.goto(mapPage);
    await expect(page.locator('#figure-maybach-journey svg.map-svg--wide')).toBeVisible();
  });
});

test('hovering and focusing a bar shows its tooltip', async ({ page }) => {
  await page.goto(chartPage);
  const bar = page.locator('#figure-vehicles-by-make svg.chart-svg:visible [data-tip-title]').first();
  const title = await bar.getAttribute('data-tip-title');
  const tooltip = page.locator('#figure-vehicles-by-make .tooltip');
  await bar.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(title!);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await bar.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('axe finds no WCAG 2.1 A/AA violations on the chapter', async ({ page }) => {
  await page.goto(chartPage);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('axe finds no violations in the markup as served, scripts removed', async ({ page }) => {
  // axe cannot run with JavaScript disabled, so strip the page's own scripts instead.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('text/html')) return route.fulfill({ response });
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    return route.fulfill({ response, body });
  });
  await page.goto(chartPage);
  expect(await page.locator('script').count()).toBe(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
