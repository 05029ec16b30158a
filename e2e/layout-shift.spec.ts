// The web fonts swap in without moving the page: every font request is held back so that the text
// first paints in the fallback faces (src/styles/fonts.css, metric-matched to the web fonts), then
// the layout shifts Chromium reports from navigation until the fonts are in (Layout Instability
// API, buffered; shifts right after input excluded, as CLS does) must add up to almost nothing.
// Each page is painted in the first fallback family of each stack (Liberation for Arial and Times
// New Roman, Noto CJK KR), and again with those taken out of the page's stylesheet, in the second
// (DejaVu, Nanum). With one size-adjust per face, as before, the home page shifted by 0.096 at
// 375 px and the Korean home page by 0.06 at 1280 px.
import { expect, test, type Page } from '@playwright/test';

// A route handler still fetching when a test ends (a late font or image request) would fail the run
// from outside any test: drop the routes, and what they hold, before the page closes.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

const PAGES = ['/', '/ko/', '/chapters/the-maybach-journey/', '/ko/chapters/the-maybach-journey/'];
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
/**
 * How long each font request is held (ms): well past first paint, so the swap happens on a painted
 * page. All at once, and also the serif faces (Source Serif 4, Noto Serif KR) a second after the
 * sans faces (Inter, Noto Sans KR) and the other way round. src/scripts/webfonts.ts puts the faces
 * to use together once all have arrived, so no page is seen half swapped; the staggered orders
 * check that this still holds when the files arrive apart.
 */
const SERIF = /source-serif|notoserifkr/;
const HOLDS: Record<string, (url: string) => number> = {
  together: () => 1000,
  'sans first': (url) => (SERIF.test(url) ? 2000 : 1000),
  'serif first': (url) => (SERIF.test(url) ? 1000 : 2000),
};
/** Cumulative layout shift allowed while the fonts swap in ("good" CLS is 0.1 for a whole visit). */
const LIMIT = 0.01;

interface Shift {
  value: number;
  sources: string[];
}

/** The first fallback family in each stack of the built stylesheets, as Vite writes them. */
const FIRST_FALLBACKS = /"(?:Inter|Source Serif 4|Noto Sans KR|Noto Serif KR) fallback", /g;

/** Has the page's stylesheets name no first fallback family, so that the second ones draw; returns how many names went. */
async function withoutFirstFallbacks(page: Page) {
  const taken = { count: 0 };
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(FIRST_FALLBACKS, () => {
        taken.count++;
        return '';
      });
      await route.fulfill({ response, body: html });
    },
  );
  return taken;
}

/** Navigates with every font request held for `hold(url)` ms; returns the fonts fetched and the layout shifts until they are in. */
async function shiftsWhileFontsLoad(page: Page, path: string, hold: (url: string) => number) {
  const fonts: string[] = [];
  let pending = 0;
  await page.route(/\.woff2(\?|$)/, async (route) => {
    pending++;
    const url = new URL(route.request().url()).pathname;
    fonts.push(url);
    await new Promise((resolve) => setTimeout(resolve, hold(url)));
    await route.continue();
    pending--;
  });
  await page.goto(path, { waitUntil: 'load' });
  // Every held request answered and every face the page asked for loaded, then two frames for the re-layout.
  // The fonts are asked for only after the first paint (src/scripts/webfonts.ts), maybe after the
  // load event, and come into use together once all have arrived: wait for the faces to be in use.
  await expect.poll(() => fonts.length, { message: 'no font requested' }).toBeGreaterThan(0);
  await expect.poll(() => pending, { message: 'font requests still held' }).toBe(0);
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded' && /Inter Variable/.test(f.family))), {
      message: 'the web fonts never came into use',
      timeout: 15_000,
    })
    .toBe(true);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const shifts = await page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        interface LayoutShift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }
        const describe = (node?: Node | null) => {
          if (!node) return '(removed)';
          const element = node instanceof Element ? node : node.parentElement;
          if (!element) return node.nodeName;
          const id = element.id ? `#${element.id}` : '';
          const cls = typeof element.className === 'string' && element.className ? `.${element.className.split(/\s+/)[0]}` : '';
          return `${element.localName}${id}${cls}`;
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(
            (list.getEntries() as LayoutShift[])
              .filter((e) => !e.hadRecentInput)
              .map((e) => ({
                value: e.value,
                sources: e.sources.map((s) => {
                  const [a, b] = [s.previousRect, s.currentRect].map(
                    (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`,
                  );
                  return `${describe(s.node)} (${a} → ${b})`;
                }),
              })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer is never called back, so answer after a frame.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
      }),
  );
  const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
  // When text first painted, and when the first font file had arrived (both from navigation start, on the page's own clock).
  const { paint, firstFont } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    firstFont: Math.min(
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('.woff2'))
        .map((e) => (e as PerformanceResourceTiming).responseEnd),
    ),
  }));
  return { fonts, faces, shifts, paint, firstFont, cls: shifts.reduce((sum, s) => sum + s.value, 0) };
}

async function expectNoShift(page: Page, path: string, viewport: (typeof VIEWPORTS)[number], hold: (url: string) => number, label: string) {
  test.setTimeout(90_000);
  await page.setViewportSize(viewport);
  const { fonts, faces, shifts, paint, firstFont, cls } = await shiftsWhileFontsLoad(page, path, hold);
  // The test means something only if web fonts were fetched (and held) and then used.
  expect(fonts.length, 'font files fetched').toBeGreaterThan(0);
  expect(faces.length, 'web faces loaded').toBeGreaterThan(0);
  if (path.startsWith('/ko/'))
    expect(
      faces.some((f) => /^Noto (Serif|Sans) KR/.test(f)),
      'a Korean face loaded',
    ).toBe(true);
  // The text painted in the fallback faces before any web font arrived, so a swap did happen on a painted page.
  expect(paint, 'first contentful paint').toBeDefined();
  expect(paint!, 'first paint came before the first font file').toBeLessThan(firstFont);
  const detail = shifts.map((s) => `${s.value.toFixed(4)} ${s.sources.join(' ')}`).join('\n');
  console.log(`CLS ${path} ${viewport.width} ${label}: ${cls.toFixed(6)} (${shifts.length} shifts, ${fonts.length} fonts)`);
  expect(
    cls,
    `layout shifts while the fonts swap in:\n${detail}\nIf an edit of the text made a line end at its box's edge, measure the fallback faces again over the new text: npm run build && node src/cli/fallback-fonts.mjs --measure (on a machine with the fonts .ci/run installs), then commit src/cli/fonts/fallback-metrics.json and the regenerated src/styles/fonts.css and fonts-ko.css.`,
  ).toBeLessThan(LIMIT);
}

test.describe('no layout shift when the web fonts swap in', () => {
  for (const [order, hold] of Object.entries(HOLDS)) {
    for (const viewport of VIEWPORTS) {
      for (const path of PAGES) {
        test(`${path} at ${viewport.width} × ${viewport.height}, fonts ${order}`, async ({ page }) => {
          await expectNoShift(page, path, viewport, hold, order);
        });
      }
    }
  }
});

test.describe('no layout shift from the second fallback families (DejaVu, Nanum)', () => {
  // The stylesheets are inlined under a CSP hash, which an edited one no longer matches.
  test.use({ bypassCSP: true });
  for (const viewport of VIEWPORTS) {
    for (const path of PAGES) {
      test(`${path} at ${viewport.width} × ${viewport.height}, second fallbacks`, async ({ page }) => {
        const taken = await withoutFirstFallbacks(page);
        await expectNoShift(page, path, viewport, HOLDS.together, 'second fallbacks');
        expect(taken.count, 'first fallback names taken out of the stylesheet').toBeGreaterThan(0);
      });
    }
  }
});
