// Browser tests for the flow maps, found by figure id in dist/: stepping through the journey by
// buttons and keys, table and map highlighting each other, tooltips by mouse, touch and keyboard,
// reading without JavaScript, a 320 px phone, reduced motion, and axe in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pagesWithFigure } from './support/dist';

const journeyPage = pagesWithFigure('maybach-journey')[0];
const flowsPage = pagesWithFigure('vehicle-flows')[0];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FIRST_LEG = 'leg-rotterdam-dalian';
const SECOND_LEG = 'leg-dalian-osaka';

/** The point half-way along a flow's line, in page coordinates (TECH-NOTES P8: not the box centre). */
async function midpoint(flow: Locator): Promise<{ x: number; y: number }> {
  await flow.scrollIntoViewIfNeeded();
  return flow.locator('.flow__line').evaluate((path: SVGPathElement) => {
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
}

const journey = (page: Page) => page.locator('#figure-maybach-journey');
const wideMark = (figure: Locator, id: string) => figure.locator(`svg.map-svg--wide [data-flow="${id}"]`);

test.describe('stepping through the Maybach journey', () => {
  test('the buttons move one leg at a time and show its date, carrier, evidence and sources', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    const status = figure.locator('[data-step-status]');
    const prev = figure.getByRole('button', { name: 'Previous leg' });
    const next = figure.getByRole('button', { name: 'Next leg' });
    await expect(status).toHaveText('All 6 legs');
    await expect(prev).toHaveAttribute('aria-disabled', 'true');

    await next.click();
    await expect(status).toHaveText('Leg 1 of 6: Rotterdam → Dalian');
    await expect(wideMark(figure, FIRST_LEG)).toHaveClass(/is-current/);
    await expect(wideMark(figure, SECOND_LEG)).not.toHaveClass(/is-current/);
    await expect(figure.locator(`tr[data-flow="${FIRST_LEG}"]`)).toHaveClass(/is-current/);
    const card = figure.locator(`[data-step-card="${FIRST_LEG}"]`);
    await expect(card).toBeVisible();
    await expect(card).toContainText('14 June 2018');
    await expect(card).toContainText('China COSCO Shipping');
    await expect(card).toContainText('Documented.');
    await expect(card.locator('a[href*="/sources/#"]').first()).toBeVisible();
    await expect(figure.locator('[data-step-card=""]')).toBeHidden();
    // The other legs fade out over a short transition; wait for it rather than read a midpoint.
    await expect.poll(() => wideMark(figure, SECOND_LEG).evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.5);

    await next.click();
    await expect(status).toHaveText('Leg 2 of 6: Dalian → Osaka');
    await prev.click();
    await expect(status).toHaveText('Leg 1 of 6: Rotterdam → Dalian');
    for (let i = 0; i < 5; i++) await next.click();
    await expect(status).toHaveText('Leg 6 of 6: Vladivostok airport → Pyongyang Sunan airport');
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    // Playwright refuses to click an aria-disabled button; a reader's click still reaches it.
    await next.dispatchEvent('click');
    await expect(status).toHaveText(/^Leg 6 of 6/);
  });

  test('the arrow keys step forward and back once the control has focus', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    const status = figure.locator('[data-step-status]');
    await figure.getByRole('button', { name: 'Next leg' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText('Leg 2 of 6: Dalian → Osaka');
    await expect(wideMark(figure, SECOND_LEG)).toHaveClass(/is-current/);
    await page.keyboard.press('ArrowLeft');
    await expect(status).toHaveText('Leg 1 of 6: Rotterdam → Dalian');
    await page.keyboard.press('ArrowLeft');
    await expect(status).toHaveText('All 6 legs');
    await expect(figure.locator('lux-flow-map')).not.toHaveClass(/has-current/);
  });
});

test.describe('the route table and the map highlight each other', () => {
  test('hovering or focusing a row highlights its flow', async ({ page }) => {
    await page.goto(flowsPage);
    const figure = page.locator('#figure-vehicle-flows');
    const id = 'flow-russia-north-korea-japanese-makes';
    const row = figure.locator(`tr[data-flow="${id}"]`);
    await row.hover();
    await expect(wideMark(figure, id)).toHaveClass(/is-current/);
    await expect(wideMark(figure, 'flow-germany-russia')).not.toHaveClass(/is-current/);
    await page.mouse.move(0, 0);
    await expect(wideMark(figure, id)).not.toHaveClass(/is-current/);

    const other = figure.locator('tr[data-flow="flow-thailand-russia"]');
    await expect(other).toHaveAttribute('tabindex', '0');
    await other.focus();
    await expect(wideMark(figure, 'flow-thailand-russia')).toHaveClass(/is-current/);
  });

  test('hovering a flow on the map highlights its row', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    const { x, y } = await midpoint(wideMark(figure, SECOND_LEG));
    await page.mouse.move(x, y);
    await expect(figure.locator(`tr[data-flow="${SECOND_LEG}"]`)).toHaveClass(/is-current/);
    await expect(figure.locator(`tr[data-flow="${FIRST_LEG}"]`)).not.toHaveClass(/is-current/);
  });
});

test.describe('tooltips on legs, flows and places', () => {
  test('a mouse over a leg shows its tooltip', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    const { x, y } = await midpoint(wideMark(figure, SECOND_LEG));
    await page.mouse.move(x, y);
    const tooltip = figure.locator('.tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Leg 2: Dalian → Osaka');
    await expect(tooltip).toContainText('Evidence: documented');
  });

  test('a mouse over a thin flow drawn over a wide one shows the thin one', async ({ page }) => {
    await page.goto(flowsPage);
    const figure = page.locator('#figure-vehicle-flows');
    const { x, y } = await midpoint(wideMark(figure, 'flow-russia-north-korea-unattributed'));
    await page.mouse.move(x, y);
    await expect(figure.locator('.tooltip')).toContainText('Not assigned to a make: Russia → North Korea');
  });

  test('a keyboard user reaches the legs and places in order and gets the same tooltip', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    await figure.getByRole('button', { name: 'Next leg' }).focus();
    await page.keyboard.press('Tab');
    await expect(wideMark(figure, FIRST_LEG)).toBeFocused();
    const tooltip = figure.locator('.tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Leg 1: Rotterdam → Dalian');
    // The map is one Tab stop; the arrow keys move between its marks.
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toContainText('Rotterdam');
    await expect(tooltip).toContainText('Location: ');
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
  });

  test('a tap on a touch screen shows the tooltip of a flow', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(flowsPage);
    const figure = page.locator('#figure-vehicle-flows');
    const mark = figure.locator('svg.map-svg--narrow .flows [data-flow="flow-russia-north-korea-russian-makes"]');
    const { x, y } = await midpoint(mark);
    await page.touchscreen.tap(x, y);
    const tooltip = figure.locator('.tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('537 vehicles');
    await context.close();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('both maps show every flow, their legends and their full route tables', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    await expect(figure.locator('svg.map-svg--wide')).toBeVisible();
    await expect(figure.locator('svg.map-svg--wide g.flow')).toHaveCount(6);
    for (const mark of await figure.locator('svg.map-svg--wide g.flow').all()) await expect(mark).toBeVisible();
    await expect(figure.locator('table.map__table tbody tr[data-flow]')).toHaveCount(6);
    await expect(figure.locator('table.map__table')).toBeVisible();
    await expect(figure.locator('[data-steps-control]')).toBeHidden();

    await page.goto(flowsPage);
    const flows = page.locator('#figure-vehicle-flows');
    await expect(flows.locator('svg.map-svg--wide')).toBeVisible();
    await expect(flows.locator('svg.map-svg--wide .flows g.flow').first()).toBeVisible();
    await expect(flows.locator('table.map__table tbody tr[data-flow]')).toHaveCount(10);
    await expect(flows.locator('.map__legend')).toBeVisible();
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('shows the narrow layout with labels at least 10 px tall', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    await expect(figure.locator('svg.map-svg--narrow')).toBeVisible();
    await expect(figure.locator('svg.map-svg--wide')).toBeHidden();
    const sizes = await figure
      .locator('svg.map-svg--narrow .place__label')
      .evaluateAll((labels) => labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGGraphicsElement).getScreenCTM()!.a));
    expect(sizes.length).toBeGreaterThan(5);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('motion', () => {
  test('highlights fade when motion is welcome and switch at once under prefers-reduced-motion', async ({ page }) => {
    await page.goto(journeyPage);
    const mark = wideMark(journey(page), FIRST_LEG);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await mark.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await mark.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('finds no WCAG 2.1 A/AA violations on the maps’ page, with a leg selected', async ({ page }) => {
      await page.goto(journeyPage);
      await journey(page).getByRole('button', { name: 'Next leg' }).click();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });

    test('finds no violations in the maps’ markup as served, scripts removed', async ({ page }) => {
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        if (!(response.headers()['content-type'] ?? '').includes('text/html')) return route.fulfill({ response });
        const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
        return route.fulfill({ response, body });
      });
      await page.goto(flowsPage);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  });
}
