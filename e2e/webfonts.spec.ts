// The web fonts load after the first paint and come into use together (src/scripts/webfonts.ts):
// no font request starts before the page's first contentful paint, every face the page's text
// needs is loaded in the end and in use, and no page fetches a subset for characters it does not
// hold (the Cyrillic subsets: no page in these tests holds a Cyrillic letter). Without JavaScript the
// <noscript> copy of the rules brings the same fonts.
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['/', '/chapters/the-maybach-journey/', '/ko/', '/ko/chapters/the-vehicles/', '/embed/maybach-journey/'];

/** The font files the page requests while it loads and settles. */
async function fontRequests(page: Page, path: string) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') urls.push(new URL(request.url()).pathname);
  });
  await page.goto(path, { waitUntil: 'load' });
  await expect.poll(() => urls.length, { message: `${path} requests its fonts` }).toBeGreaterThan(1);
  await page.waitForLoadState('networkidle');
  return urls;
}

for (const path of PAGES) {
  test(`${path}: the web fonts load after the first paint and are all in use`, async ({ page }) => {
    const urls = await fontRequests(page, path);
    const korean = path.startsWith('/ko/');
    expect(urls.some((u) => /inter-latin/.test(u))).toBe(true);
    expect(urls.some((u) => /source-serif-4-latin/.test(u))).toBe(true);
    if (korean) expect(urls.filter((u) => /fonts-ko\/|notos/.test(u)).length).toBeGreaterThanOrEqual(2);
    expect(
      urls.filter((u) => /cyrillic/.test(u)),
      'no Cyrillic text here, so no Cyrillic subset',
    ).toEqual([]);
    await expect
      .poll(() =>
        page.evaluate(() => document.fonts.check('16px "Inter Variable"') && document.fonts.check('16px "Source Serif 4 Variable"')),
      )
      .toBe(true);
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const fonts = performance
        .getEntriesByType('resource')
        .filter((e) => /\.woff2$/.test(e.name))
        .map((e) => e.startTime);
      const faces = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, ''));
      return { paint, first: Math.min(...fonts), faces };
    });
    expect(timing.paint, 'the page paints').toBeGreaterThan(0);
    expect(timing.first, 'the first font request starts after the first paint').toBeGreaterThan(timing.paint!);
    expect(timing.faces).toContain('Inter Variable');
    expect(timing.faces).toContain('Source Serif 4 Variable');
    if (korean) expect(timing.faces.some((f) => /^Noto (Serif|Sans) KR$/.test(f))).toBe(true);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ['/', '/ko/']) {
    test(`${path}: the <noscript> rules bring the web fonts`, async ({ page }) => {
      const urls = await fontRequests(page, path);
      expect(urls.some((u) => /inter-latin/.test(u))).toBe(true);
      expect(urls.some((u) => /source-serif-4-latin/.test(u))).toBe(true);
      if (path === '/ko/') expect(urls.some((u) => /notoserifkr-400/.test(u))).toBe(true);
      expect(urls.filter((u) => /cyrillic/.test(u))).toEqual([]);
    });
  }
});
