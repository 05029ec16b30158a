// Browser tests for the flow maps, found by figure id in dist/: stepping through the journey by
// buttons, keys, scrolling and swiping, with the current leg and its card in view together at
// 1280 × 800 and 375 × 812, in English and in Korean; table and map highlighting each other; tooltips by mouse, touch and
// keyboard; reading without JavaScript; route tables closed on phones; a 320 px phone; reduced
// motion; and axe in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pagesWithFigure } from './support/dist';

// A route handler still fetching when a test ends (a late font or image request) would fail the run
// from outside any test: drop the routes, and what they hold, before the page closes.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

// The chapter, not the home page, which shows the same figure (and comes first in sorted order).
const journeyPage = pagesWithFigure('maybach-journey').find((p) => p.startsWith('/chapters/'))!;
const koJourneyPage = pagesWithFigure('maybach-journey').find((p) => p.startsWith('/ko/chapters/'))!;
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

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
const LEGS = 6;
const koLeg = (n: number) => new RegExp(`^${LEGS}개 구간 중 ${n}구간: `);

/** Each edition's journey page, its "next leg" button and the start of its status line at leg n. */
const EDITIONS = [
  { lang: 'English', path: journeyPage, nextLeg: 'Next leg', leg: (n: number) => new RegExp(`^Leg ${n} of ${LEGS}`) },
  { lang: 'Korean', path: koJourneyPage, nextLeg: '다음 구간', leg: koLeg },
];

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The current leg's mark in the layout on screen, the current card, and the viewport, in viewport px. */
async function currentBoxes(page: Page): Promise<{ leg: Box | null; card: Box | null; width: number; height: number }> {
  return page.evaluate(() => {
    const figure = document.querySelector('#figure-maybach-journey')!;
    const box = (el: Element | null | undefined): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width && r.height ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
    };
    const legs = [...figure.querySelectorAll('svg.map-svg g.flow.is-current')].map(box).filter(Boolean);
    return {
      leg: legs[0] ?? null,
      card: box(figure.querySelector('[data-step-card].is-current')),
      width: innerWidth,
      height: innerHeight,
    };
  });
}

const inside = (b: Box, width: number, height: number) => b.top >= 0 && b.left >= 0 && b.bottom <= height && b.right <= width;
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Waits for the page to stop scrolling (a smooth scroll takes a few frames). */
async function settle(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.evaluate(
        () => `${scrollY}:${[...document.querySelectorAll('[data-steps-cards]')].map((s) => s.scrollLeft).join()}`,
      );
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

test.describe('stepping through the Maybach journey', () => {
  test('the buttons move one leg at a time and show its date, carrier, evidence and sources', async ({ page }) => {
    await page.goto(journeyPage);
    const figure = journey(page);
    const status = figure.locator('[data-step-status]');
    const prev = figure.getByRole('button', { name: 'Previous leg' });
    const next = figure.getByRole('button', { name: 'Next leg' });
    await expect(status).toHaveText(`All ${LEGS} legs`);
    await expect(prev).toHaveAttribute('aria-disabled', 'true');
    await expect(figure.locator('lux-flow-map')).not.toHaveClass(/has-current/);
    await expect(figure.locator('[data-step-card]')).toHaveCount(LEGS + 1);

    await next.click();
    await expect(status).toHaveText('Leg 1 of 6: Rotterdam → Dalian');
    await expect(wideMark(figure, FIRST_LEG)).toHaveClass(/is-current/);
    await expect(wideMark(figure, SECOND_LEG)).toHaveClass(/\bflow\b/);
    await expect(wideMark(figure, SECOND_LEG)).not.toHaveClass(/is-current/);
    await expect(figure.locator(`tr[data-flow="${FIRST_LEG}"]`)).toHaveClass(/is-current/);
    const card = figure.locator(`[data-step-card="${FIRST_LEG}"]`);
    await expect(card).toHaveClass(/is-current/);
    await expect(card).toHaveAttribute('aria-current', 'step');
    await expect(card).toBeInViewport();
    await expect(card).toContainText('14 June 2018');
    await expect(card).toContainText('China COSCO Shipping');
    await expect(card).toContainText('Documented.');
    await expect(card.locator('a[href*="/sources/#"]').first()).toBeVisible();
    await expect(figure.locator('[data-step-card=""]')).not.toHaveClass(/is-current/);
    await expect(figure.locator('[data-step-card].is-current')).toHaveCount(1);
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

  for (const { lang, path, nextLeg, leg: status } of EDITIONS)
    for (const [name, viewport] of [
      ['1280 × 800', DESKTOP],
      ['375 × 812', PHONE],
    ] as const) {
      test(`in ${lang}, at ${name}, each step keeps the current leg and its card inside the viewport, side by side`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        const figure = journey(page);
        const next = figure.getByRole('button', { name: nextLeg });
        await next.scrollIntoViewIfNeeded();
        for (let step = 1; step <= LEGS; step++) {
          await next.click();
          await expect(figure.locator('[data-step-status]')).toHaveText(status(step));
          await settle(page);
          const { leg, card, width, height } = await currentBoxes(page);
          expect(leg, `leg ${step} is drawn`).not.toBeNull();
          expect(card, `card ${step} is shown`).not.toBeNull();
          const where = `leg ${step}: mark ${JSON.stringify(leg)}, card ${JSON.stringify(card)}`;
          expect(inside(leg!, width, height), `${where}: the mark is inside the viewport`).toBe(true);
          expect(inside(card!, width, height), `${where}: the card is inside the viewport`).toBe(true);
          expect(overlap(leg!, card!), `${where}: the card does not cover the mark`).toBe(false);
          await expect(next).toBeInViewport();
        }
      });
    }

  test('the arrow keys step; Home and End go to the start and the last leg; Escape shows every leg again', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(journeyPage);
    const figure = journey(page);
    const body = figure.locator('lux-flow-map');
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
    await expect(body).toHaveCount(1);
    await expect(body).not.toHaveClass(/has-current/);

    await page.keyboard.press('End');
    await expect(status).toHaveText(/^Leg 6 of 6/);
    await expect(figure.locator('[data-step-card]').last()).toHaveClass(/is-current/);
    await settle(page);
    await expect(figure.locator('[data-step-card]').last()).toBeInViewport();
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(/^Leg 6 of 6/);
    await page.keyboard.press('Home');
    await expect(status).toHaveText('All 6 legs');
    await expect(body).not.toHaveClass(/has-current/);
    await settle(page);
    await expect(figure.locator('[data-step-card=""]')).toBeInViewport();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(/^Leg 3 of 6/);
    await expect(body).toHaveClass(/has-current/);
    await settle(page);
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.press('Escape');
    await expect(status).toHaveText('All 6 legs');
    await expect(body).not.toHaveClass(/has-current/);
    await expect(figure.locator('svg.map-svg--wide g.flow.is-current')).toHaveCount(0);
    expect(await page.evaluate(() => scrollY), 'Escape leaves the page where it is').toBe(before);
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText('Leg 1 of 6: Rotterdam → Dalian');
  });

  test('at 1280 × 800, scrolling a card to the top of the window makes its leg current', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(journeyPage);
    const figure = journey(page);
    const card = figure.locator('[data-step-card="leg-busan-nakhodka"]');
    await expect(card).toHaveCount(1);
    await card.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.15));
    await expect(figure.locator('[data-step-status]')).toHaveText(/^Leg 4 of 6/);
    await expect(wideMark(figure, 'leg-busan-nakhodka')).toHaveClass(/is-current/);
    // The map stays pinned beside the card.
    const { leg, card: shown, width, height } = await currentBoxes(page);
    expect(inside(leg!, width, height) && inside(shown!, width, height)).toBe(true);
  });

  test('at 375 × 812, swiping the strip of cards makes the card in view current', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(journeyPage);
    const figure = journey(page);
    const strip = figure.locator('[data-steps-cards]');
    expect(await strip.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    await strip.scrollIntoViewIfNeeded();
    await strip.evaluate((el) => el.scrollTo({ left: (el.children[2] as HTMLElement).offsetLeft }));
    await expect(figure.locator('[data-step-status]')).toHaveText('Leg 2 of 6: Dalian → Osaka');
    await expect(figure.locator(`svg.map-svg--narrow [data-flow="${SECOND_LEG}"]`)).toHaveClass(/is-current/);
  });
});

test.describe('stepping through the Korean Maybach journey', () => {
  test('the Korean buttons move one leg at a time and show its Korean date, carrier, evidence and sources', async ({ page }) => {
    await page.goto(koJourneyPage);
    const figure = journey(page);
    const status = figure.locator('[data-step-status]');
    const prev = figure.getByRole('button', { name: '이전 구간' });
    const next = figure.getByRole('button', { name: '다음 구간' });
    await expect(status).toHaveText(`전체 ${LEGS}개 구간`);
    await expect(prev).toHaveAttribute('aria-disabled', 'true');
    await next.click();
    await expect(status).toHaveText(`${LEGS}개 구간 중 1구간: 로테르담 → 다롄`);
    await expect(wideMark(figure, FIRST_LEG)).toHaveClass(/is-current/);
    const card = figure.locator(`[data-step-card="${FIRST_LEG}"]`);
    await expect(card).toHaveClass(/is-current/);
    await expect(card).toBeInViewport();
    await expect(card).toContainText('2018년 6월 14일');
    await expect(card).toContainText('차이나코스코쉬핑');
    await expect(card.locator('a[href*="/ko/sources/#"]').first()).toBeVisible();
    await next.click();
    await expect(status).toHaveText(`${LEGS}개 구간 중 2구간: 다롄 → 오사카`);
    await prev.click();
    await expect(status).toHaveText(koLeg(1));
  });

  test('the arrow keys step; Home and End go to the start and the last leg; Escape shows every leg again (Korean)', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(koJourneyPage);
    const figure = journey(page);
    const body = figure.locator('lux-flow-map');
    const status = figure.locator('[data-step-status]');
    const all = `전체 ${LEGS}개 구간`;
    await figure.getByRole('button', { name: '다음 구간' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(koLeg(2));
    await expect(wideMark(figure, SECOND_LEG)).toHaveClass(/is-current/);
    await page.keyboard.press('End');
    await expect(status).toHaveText(koLeg(LEGS));
    await settle(page);
    await expect(figure.locator('[data-step-card]').last()).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(status).toHaveText(all);
    await expect(body).not.toHaveClass(/has-current/);
    await settle(page);
    await expect(figure.locator('[data-step-card=""]')).toBeInViewport();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(koLeg(3));
    await settle(page);
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.press('Escape');
    await expect(status).toHaveText(all);
    await expect(body).not.toHaveClass(/has-current/);
    await expect(figure.locator('svg.map-svg--wide g.flow.is-current')).toHaveCount(0);
    expect(await page.evaluate(() => scrollY), 'Escape leaves the page where it is').toBe(before);
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
    await page.setViewportSize(DESKTOP);
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
    await expect(flows.locator('table.map__table')).toBeVisible();
    await expect(flows.locator('.map__legend')).toBeVisible();
  });

  for (const [name, viewport] of [
    ['1280 × 800', DESKTOP],
    ['375 × 812', PHONE],
  ] as const) {
    test(`at ${name} every step is a card in a plain list ${viewport === DESKTOP ? 'beside' : 'after'} the map`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(journeyPage);
      const figure = journey(page);
      const plot = (await figure.locator('.map__plot').boundingBox())!;
      const cards = figure.locator('[data-step-card]:not([data-step-card=""])');
      await expect(cards).toHaveCount(LEGS);
      // The opening card only explains the buttons, which need script.
      await expect(figure.locator('[data-step-card=""]')).toBeHidden();
      await expect(page.getByText(/arrow keys/i)).toBeHidden();
      let below = 0;
      for (const [i, card] of (await cards.all()).entries()) {
        await expect(card).toBeVisible();
        await expect(card).toContainText(`Leg ${i + 1} of ${LEGS}`);
        await expect(card).toContainText('Sources:');
        const box = (await card.boundingBox())!;
        expect(box.y, `card ${i + 1} comes after the one before`).toBeGreaterThan(below);
        below = box.y + box.height - 1;
        if (viewport === DESKTOP) expect(box.x, `card ${i + 1} is beside the map`).toBeGreaterThanOrEqual(plot.x + plot.width);
        else expect(box.y, `card ${i + 1} is after the map`).toBeGreaterThanOrEqual(plot.y + plot.height);
      }
    });
  }
});

test.describe('route tables at 375 × 812', () => {
  test.use({ viewport: PHONE });

  const pages = ['/', journeyPage, flowsPage];
  for (const path of pages) {
    test(`on ${path} each map's table is closed by default, opens on request, and the figure is at most two screens tall`, async ({
      page,
    }) => {
      await page.goto(path);
      const figures = page.locator('figure.map');
      expect(await figures.count(), 'the page has a map').toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        const body = figure.locator('.map__route .chart__table-body');
        const rows = figure.locator('table.map__table tbody tr[data-flow]');
        expect(await rows.count()).toBeGreaterThan(0);
        expect((await body.boundingBox())!.height, 'closed, the table takes no room').toBeLessThanOrEqual(1);
        const height = (await figure.boundingBox())!.height;
        console.log(`${path} ${await figure.getAttribute('id')}: ${Math.round(height)} px tall at 375 × 812, table closed`);
        expect(height, 'the figure is at most two screens tall').toBeLessThanOrEqual(2 * PHONE.height);

        await figure.getByText('Show the route table').click();
        await expect(figure.locator('.map__route input[type="checkbox"]')).toBeChecked();
        expect((await body.boundingBox())!.height).toBeGreaterThan(200);
        for (const row of await rows.all()) await expect(row).toBeVisible();
        await rows.first().scrollIntoViewIfNeeded();
        await expect(rows.first()).toBeInViewport();
      }
    });
  }

  test('a keyboard reaching a row of the closed table opens it', async ({ page }) => {
    await page.goto(flowsPage);
    const figure = page.locator('#figure-vehicle-flows');
    const row = figure.locator('tr[data-flow="flow-thailand-russia"]');
    await expect(row).toHaveAttribute('tabindex', '0');
    await row.focus();
    expect((await figure.locator('.map__route .chart__table-body').boundingBox())!.height).toBeGreaterThan(200);
    await expect(row).toBeInViewport();
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

test('axe finds no violations in the phone layout: the strip of cards, a long card scrolled inside, the closed table', async ({ page }) => {
  test.slow();
  await page.setViewportSize(PHONE);
  await page.goto(journeyPage);
  await journey(page).getByRole('button', { name: 'Next leg' }).click();
  const results = await new AxeBuilder({ page }).include('#figure-maybach-journey').withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('finds no WCAG 2.1 A/AA violations on the maps’ page, with a leg selected', async ({ page }) => {
      // The chapter is long and axe is slow on two shared cores; the whole pages are audited in accessibility.spec.ts.
      test.slow();
      await page.goto(journeyPage);
      await journey(page).getByRole('button', { name: 'Next leg' }).click();
      const results = await new AxeBuilder({ page }).include('#figure-maybach-journey').withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });

    test('finds no violations in the maps’ markup as served, scripts removed', async ({ page }) => {
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        if (!(response.headers()['content-type'] ?? '').includes('text/html')) return route.fulfill({ response });
        const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
        return route.fulfill({ response, body });
      });
      test.slow();
      for (const path of [journeyPage, flowsPage]) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).include('figure.map').withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      }
    });
  });
}

test('in the phone strip of cards the current card is the one Tab stop, and focus follows the step', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(journeyPage);
  const map = journey(page);
  const focusable = map.locator('[data-step-card][tabindex="0"]');
  await expect(focusable).toHaveCount(1);
  await expect(focusable).toHaveClass(/is-current/);
  await focusable.focus();
  await page.keyboard.press('ArrowRight');
  await expect(map.locator('[data-step-card][aria-current="step"]')).toBeFocused();
  await expect(map.locator('[data-step-card][tabindex="0"]')).toHaveCount(1);
  // Beside the map on a wide screen the cards take no focus.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(map.locator('[data-step-card][tabindex]')).toHaveCount(0);
});
