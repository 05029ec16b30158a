// Accessibility, page by page: axe (WCAG 2.2 A/AA) in light and dark mode and on the markup as
// served without scripts; a skip link first; headings in order; a visible focus indicator on
// everything the keyboard reaches.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { builtPages } from './support/dist';

// A route handler still fetching when a test ends (a late font or image request) would fail the run
// from outside any test: drop the routes, and what they hold, before the page closes.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

const WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// Every page of both editions: the Korean pages have their own text, fonts, labels and notes, so
// each is checked as it is, not inferred from a sample.
const pages = builtPages();
const english = pages.filter((p) => !p.startsWith('/ko/'));
const korean = pages.filter((p) => p.startsWith('/ko/'));

test('covers every page of both editions', () => {
  expect(english.length).toBeGreaterThan(70);
  expect(korean.map((p) => p.slice(3))).toEqual(english);
});

async function axeViolations(page: Page): Promise<string[]> {
  // axe walks every node: on the sources pages (over 170 entries) it takes 10–40 s on two busy cores.
  test.setTimeout(90_000);
  const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`no WCAG 2.2 A/AA violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('without scripts', () => {
  // axe cannot run with JavaScript disabled (it is a script), so serve the pages with their own
  // scripts removed instead: what a reader without JavaScript gets.
  test.beforeEach(async ({ page }) => {
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      if (!(response.headers()['content-type'] ?? '').includes('text/html')) return route.fulfill({ response });
      const body = (await response.text()).replace(/<script\b(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/g, '');
      return route.fulfill({ response, body });
    });
  });
  for (const path of pages) {
    test(`no WCAG 2.2 A/AA violations on ${path} as served`, async ({ page }) => {
      await page.goto(path);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

for (const path of pages) {
  test(`${path}: skip link first, headings in order, focus always visible`, async ({ page }) => {
    await page.goto(path);
    const headings = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
    expect(headings[0], 'the first heading is the h1').toBe(1);
    expect(headings.filter((h) => h === 1)).toHaveLength(1);
    const jumps = headings.filter((level, i) => i > 0 && level > headings[i - 1] + 1);
    expect(jumps, `heading levels ${headings.join(' ')}`).toEqual([]);

    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(skip).toBeVisible();
    for (let i = 0; i < 25; i++) {
      const indicator = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'visible';
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const ring = style.boxShadow !== 'none';
        // Chart and map marks show focus by stroking the mark (or its hit area) in the focus colour.
        const probe = document.createElement('span');
        probe.style.color = 'var(--focus)';
        document.body.append(probe);
        const focusColour = getComputedStyle(probe).color;
        probe.remove();
        const stroked = [el, ...el.querySelectorAll('*')].some((node) => {
          const s = getComputedStyle(node);
          return node instanceof SVGElement && s.stroke === focusColour && parseFloat(s.strokeWidth) >= 2;
        });
        return outline || ring || stroked ? 'visible' : `no focus indicator on ${el.outerHTML.slice(0, 80)}`;
      });
      expect(indicator).toBe('visible');
      await page.keyboard.press('Tab');
    }
  });
}
