// Loading any page makes no request to another origin and breaks no rule of the page's own CSP.
import { expect, test } from '@playwright/test';
import { builtPages } from './support/dist';

// Every page of both editions (a Korean page loads the Korean fonts besides the Latin ones).
const pages = builtPages();

test('covers every page of both editions', () => {
  const english = pages.filter((p) => !p.startsWith('/ko/'));
  expect(english.length).toBeGreaterThan(70);
  expect(pages.filter((p) => p.startsWith('/ko/')).map((p) => p.slice(3))).toEqual(english);
});

for (const path of pages) {
  test(`${path} requests nothing from another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Interact a little so lazily loaded resources (fonts for other weights, scripts) show up too.
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}
