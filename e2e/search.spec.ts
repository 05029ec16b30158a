// Browser tests of site search: it finds the story's key names, works from the keyboard alone,
// keeps to our own origin and policy, and the page still serves readers without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { builtHtml, builtPages } from './support/dist';

/** Types a query into the search box and waits for the count of results to be announced. */
async function search(page: Page, query: string) {
  await page.getByLabel('Words to find').fill(query);
  await expect(page.locator('#search-status')).toContainText(`for “${query}”`);
}

test('search finds the Maybach chapters, the RZD firm and the DN5505', async ({ page }) => {
  await page.goto('/search/');
  const results = page.locator('.search__results a');

  await search(page, 'Maybach');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “Maybach”/);
  expect(await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain('/chapters/the-maybach-journey/');

  await search(page, 'RZD');
  await expect(results.first()).toHaveAttribute('href', '/facilitators/jsc-rzd-logistics/');
  await expect(results.first()).toHaveText('JSC RZD Logistics');

  await search(page, 'DN5505');
  await expect(results.first()).toHaveAttribute('href', '/facilitators/dn5505/');
  await expect(page.locator('.search__results li').first().locator('mark').first()).toHaveText(/DN5505/i);
});

test('a reader searches and opens a result with the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByLabel('Words to find');
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('DN5505');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toContainText('for “DN5505”');
  await expect(page).toHaveURL(/\?q=DN5505$/);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search__results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/facilitators\/dn5505\/$/);
  await expect(page.locator('h1')).toHaveText('DN5505');
});

test('a shared search address runs its query, and a word with no match says so', async ({ page }) => {
  await page.goto('/search/?q=RZD');
  await expect(page.getByLabel('Words to find')).toHaveValue('RZD');
  await expect(page.locator('.search__results a').first()).toHaveAttribute('href', '/facilitators/jsc-rzd-logistics/');
  await search(page, 'xylophone');
  await expect(page.locator('#search-status')).toContainText('No results');
  await expect(page.locator('.search__results')).toBeHidden();
});

test('searching requests nothing from another origin and breaks no rule of the page’s policy', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/search/');
  await search(page, 'Maybach');
  await search(page, 'Busan');
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the page with results shown has no WCAG 2.1 A/AA violations, ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=Busan');
    await expect(page.locator('.search__results a').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to every kind of page it covers', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('[data-search-nojs]')).toBeVisible();
    await expect(page.locator('[data-search-nojs]')).toContainText('needs JavaScript');
    const browse = page.locator('.search__browse');
    for (const href of ['/chapters/the-findings/', '/facilitators/', '/places/', '/countries/', '/makes/', '/data/']) {
      await expect(browse.locator(`a[href="${href}"]`), href).toBeVisible();
    }
  });

  test('an entity page reads completely, with its map and its links back to the story', async ({ page }) => {
    await page.goto('/facilitators/dn5505/');
    await expect(page.locator('figure.locator svg')).toBeVisible();
    await expect(page.locator('.mentions a').first()).toBeVisible();
    await page.locator('.mentions a').first().click();
    await expect(page).toHaveURL(/\/chapters\/[a-z-]+\/#p-[a-z0-9-]+$/);
    const target = page.locator(':target');
    await expect(target).toBeVisible();
    await expect(target.locator('a.entity[data-entity="dn5505"]').first()).toBeVisible();
  });
});

test.describe('in Korean', () => {
  // A Hangul word from the heading of a Korean page that search indexes (a translated chapter, or an
  // entity page with its Korean name), read from dist/ so the test follows the text as it is.
  const indexed = builtPages().filter((p) => p.startsWith('/ko/') && builtHtml(p).includes('data-pagefind-body'));
  const word = indexed
    .map((p) => ({ path: p, words: (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(builtHtml(p))?.[1] ?? '').match(/[\uac00-\ud7a3]{2,}/g) ?? [] }))
    .flatMap(({ path, words }) => words.map((w) => ({ path, word: w })))
    .sort((a, b) => b.word.length - a.word.length)[0];

  test('a Korean query on /ko/search/ finds the Korean page, and only Korean pages', async ({ page }) => {
    expect(word, 'no Korean page that search indexes has a Hangul word in its heading').toBeDefined();
    await page.goto('/ko/search/');
    await page.getByLabel('검색어').fill(word.word);
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^“${word.word}” 검색 결과 \\d+건\\.$`));
    const hrefs = await page.locator('.search__results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(word.path);
    expect(hrefs.filter((href) => !href?.startsWith('/ko/'))).toEqual([]);
  });

  test('the English search does not return Korean pages, nor the Korean search English ones', async ({ page }) => {
    await page.goto('/search/');
    await search(page, 'Maybach');
    expect(
      (await page.locator('.search__results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).filter((h) =>
        h?.startsWith('/ko/'),
      ),
    ).toEqual([]);
    await page.goto('/ko/search/?q=Maybach');
    await expect(page.locator('#search-status')).toContainText('“Maybach” 검색 결과');
    expect(
      (await page.locator('.search__results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).filter(
        (h) => !h?.startsWith('/ko/'),
      ),
    ).toEqual([]);
  });

  test('the Korean search page speaks Korean, with and without results', async ({ page }) => {
    await page.goto('/ko/search/?q=xylophone');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('#search-status')).toHaveText('“xylophone” 검색 결과가 없다. 다른 낱말로 찾거나 아래 페이지를 둘러보라.');
    await expect(page.getByRole('button', { name: '검색', exact: true })).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the Korean page with results shown has no WCAG 2.1 A/AA violations, ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/ko/search/?q=${encodeURIComponent(word?.word ?? '')}`);
      await expect(page.locator('.search__results a').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test('without JavaScript, the Korean search page says so in Korean and links to Korean pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ko/search/');
    await expect(page.locator('[data-search-nojs]')).toContainText('자바스크립트');
    const browse = page.locator('.search__browse');
    for (const href of ['/ko/chapters/the-findings/', '/ko/facilitators/', '/ko/places/', '/ko/countries/', '/ko/makes/', '/ko/data/']) {
      await expect(browse.locator(`a[href="${href}"]`), href).toBeVisible();
    }
    await context.close();
  });
});
