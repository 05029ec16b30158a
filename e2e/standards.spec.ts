// The strict security policy holds in a real browser, and tables keep their native semantics.
//
// CSP: every page is served with the policy of public/_headers as a response header (astro
// preview sends none) on top of its own meta tag, and a listener installed before any markup is
// parsed records each `securitypolicyviolation`; the reader then opens a chart's table, points at a
// mark and, on the search page, runs a query, so styles and scripts added later are caught too.
//
// Tables: Chromium's own accessibility tree (over the DevTools protocol, not a role computed from
// the DOM) still holds table, row, header and cell roles at 375 px, where CSS stacks the rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { builtPages, DIST } from './support/dist';

// A route handler still fetching when a test ends (a late font or image request) would fail the run
// from outside any test: drop the routes, and what they hold, before the page closes.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

function headerPolicy(): string {
  const line = readFileSync(join(DIST, '_headers'), 'utf8')
    .split('\n')
    .find((l) => /^\s+Content-Security-Policy:/.test(l));
  if (!line) throw new Error('dist/_headers has no Content-Security-Policy line.');
  return line.split(/:(.*)/s)[1].trim();
}

const ENTITY_FOLDERS = ['countries', 'facilitators', 'makes', 'places', 'responses'];

/** Every page but the entity pages, and the first two entity pages of each kind. */
function pagesToVisit(): string[] {
  const pages = builtPages();
  const isEntity = (p: string) => ENTITY_FOLDERS.some((f) => p.startsWith(`/${f}/`) && p !== `/${f}/`);
  const sample = ENTITY_FOLDERS.flatMap((f) => pages.filter((p) => isEntity(p) && p.startsWith(`/${f}/`)).slice(0, 2));
  return [...pages.filter((p) => !isEntity(p)), ...sample];
}

interface Watch {
  violations: string[];
  errors: string[];
  /** Requests the route has taken and not yet answered. */
  inFlight: () => number;
}

/** Serves every response with the header policy and records violations and console errors. */
async function watch(page: Page): Promise<Watch> {
  const policy = headerPolicy();
  let open = 0;
  await page.route('**/*', async (route) => {
    open++;
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    } finally {
      open--;
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample || e.sourceFile}:${e.lineNumber})`),
    );
  });
  const found: Watch = { violations: [], errors: [], inFlight: () => open };
  page.on('console', (m) => {
    if (m.type() === 'error') found.errors.push(m.text());
  });
  page.on('pageerror', (e) => found.errors.push(e.message));
  return found;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test.describe('the strict content security policy', () => {
  test('the listener sees a violation when one happens', async ({ page }) => {
    const found = await watch(page);
    await page.goto('/');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p><style>p{color:red}</style>'));
    // Chromium reports each breach once per policy (meta and header) that forbids it.
    await expect
      .poll(async () => [...new Set((await violations(page)).map((v) => v.split(' ')[0]))].sort())
      .toEqual(['style-src-attr', 'style-src-elem']);
    expect(found.errors.length).toBeGreaterThan(0);
  });

  for (const path of pagesToVisit()) {
    test(`${path} breaks no rule of the policy`, async ({ page }) => {
      const found = await watch(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const toggle = page.getByText('Show the data as a table').first();
      if (await toggle.count()) await toggle.click();
      const mark = page.locator('[data-tip-title]:visible').first();
      if (await mark.count()) await mark.hover({ force: true });
      if (path === '/search/') {
        await page.getByLabel('Words to find').fill('Maybach');
        await expect(page.locator('#search-status')).toContainText('for “Maybach”');
      }
      await page.mouse.wheel(0, 4000);
      // Scrolling can start requests (images coming into view); 'networkidle' was reached already and
      // would not wait for them, so wait until every request the route took has been answered.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect.poll(found.inFlight, { message: 'requests still in flight' }).toBe(0);
      expect(await violations(page)).toEqual([]);
      expect(found.errors).toEqual([]);
    });
  }

  test('a shared search address runs its query without breaking the policy', async ({ page }) => {
    const found = await watch(page);
    await page.goto('/search/?q=RZD', { waitUntil: 'networkidle' });
    await expect(page.locator('.search__results a').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(found.errors).toEqual([]);
  });
});

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The roles under each table in Chromium's accessibility tree, as "table > row > cell" counts. */
async function tableRoles(page: Page): Promise<{ name: string; rows: number; headers: number; cells: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const below = (n: AXNode): AXNode[] => (n.childIds ?? []).map((id) => byId.get(id)).flatMap((c) => (c ? [c, ...below(c)] : []));
  return nodes
    .filter((n) => !n.ignored && n.role?.value === 'table')
    .map((table) => {
      const inside = below(table).filter((n) => !n.ignored);
      const count = (...roles: string[]) => inside.filter((n) => roles.includes(n.role?.value ?? '')).length;
      return { name: table.name?.value ?? '', rows: count('row'), headers: count('columnheader', 'rowheader'), cells: count('cell') };
    });
}

test.describe('tables keep their native roles on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const path of ['/chapters/the-vehicles/', '/chapters/the-maybach-journey/']) {
    test(`${path}: at 375 px every table, open or closed, is a table of rows, headers and cells`, async ({ page }) => {
      await page.goto(path);
      const toggle = page.getByText('Show the data as a table').first();
      await toggle.click();
      // The open table is stacked: its cells sit one under another, not side by side.
      const cells = page.locator('.chart__table-body:visible tbody tr').first().locator('th, td');
      const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
      expect(b!.y).toBeGreaterThan(a!.y);
      expect(await cells.nth(1).evaluate((td) => getComputedStyle(td).display)).toBe('block');

      const expected = await page.locator('table').evaluateAll((tables) =>
        tables.map((t) => ({
          name: t.querySelector('caption')?.textContent?.trim() ?? '',
          rows: t.querySelectorAll('tr').length,
          headers: t.querySelectorAll('th').length,
          cells: t.querySelectorAll('td').length,
        })),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(await page.locator('table [role], table[role]').count()).toBe(0);
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      expect((await tableRoles(page)).sort(byName)).toEqual(expected.sort(byName));
    });
  }
});
