// Embeds as a partner newsroom meets them: the snippet copied from under a figure, pasted into a page
// on another origin (a second local server), frames the figure, which renders and sizes its frame
// to fit, with no Content-Security-Policy violation. A third server sends public/_headers the way a
// static host does, to show that embed pages may be framed and every other page refuses. Also: the
// copy button, the standalone SVG downloads as a browser reads them, and the 404 for unknown ids.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, DIST, pagesWithFigure } from './support/dist';
import { parseHTML } from 'linkedom';

const SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4399)}`;
// The host page's server and the one that sends public/_headers take free ports of their own (set
// in beforeAll): each Playwright worker that runs tests of this file starts its own pair.
let HOST = '';
let HEADERS_SITE = '';
// The figure registry imports the maps' JSON basemap, which Playwright's loader cannot; the build
// test checks that dist/embed/ holds exactly the registry's figures, so the ids come from there.
const ids = readdirSync(join(DIST, 'embed')).filter((n) => statSync(join(DIST, 'embed', n)).isDirectory());
const titleOf = (id: string) => parseHTML(builtHtml(`/embed/${id}/`)).document.querySelector('.chart__title')!.textContent!;

/** The snippet under a figure on the built site, pointed at the test server instead of SITE_URL. */
function snippet(id: string, origin = SITE): string {
  const page = pagesWithFigure(id).find((p) => !p.startsWith('/embed/'));
  if (!page) throw new Error(`No page of the site places the figure "${id}".`);
  const area = parseHTML(builtHtml(page)).document.querySelector(`#figure-${id} .figure-share textarea`);
  if (!area) throw new Error(`The figure "${id}" on ${page} has no embed snippet.`);
  const text = parseHTML(`<p>${area.innerHTML}</p>`).document.querySelector('p')!.textContent!;
  return text.replace(/https?:\/\/[^/"]+(?=\/embed\/)/g, origin);
}

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner's story</title></head><body style="margin:0;font:16px serif"><h1>A partner's story</h1><p>Text before the figure.</p>${body}<p id="after">Text after the figure.</p></body></html>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * How a static host reads public/_headers. Cloudflare Pages applies every matching rule in file
 * order, a header named twice being sent with both values, and "! Name" detaching a header set by
 * an earlier rule. Netlify skips a line without a colon (so "! Name" means nothing there), joins a
 * header named twice in one rule, and lets a later matching rule replace a header an earlier one
 * set (its parser, @netlify/headers-parser, and headersForPath in netlify-cli).
 */
type HostKind = 'cloudflare' | 'netlify';

/** The headers public/_headers sends for a path on a host of the given kind. */
function headersFor(path: string, kind: HostKind): Record<string, string> {
  const sent: Record<string, string[]> = {};
  let rule: Record<string, string[]> | null = null;
  const close = () => {
    // Netlify: the matching rule's headers replace those of earlier rules, name by name.
    if (rule) Object.assign(sent, rule);
    rule = null;
  };
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      close();
      const applies = new RegExp(`^${text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
      rule = applies ? {} : null;
      continue;
    }
    if (!rule) continue;
    const into: Record<string, string[]> = kind === 'cloudflare' ? sent : rule;
    if (text.startsWith('!')) {
      if (kind === 'cloudflare') delete sent[text.slice(1).trim()];
      continue;
    }
    if (!text.includes(':')) continue;
    const [name, ...value] = text.split(':');
    into[name] = [...(into[name] ?? []), value.join(':').trim()];
  }
  if (kind === 'netlify') close();
  return Object.fromEntries(Object.entries(sent).map(([n, v]) => [n, v.join(', ')]));
}

let host: Server;
let withHeaders: Server;
let withNetlifyHeaders: Server;
let NETLIFY_SITE = '';

/**
 * A request handler that answers 500 with the error instead of throwing: an exception in a server
 * callback has no test to belong to, and would fail the whole run as "not a part of any test"
 * (for a frame still loading after its test ended) instead of the test whose page asked.
 */
function safely(handler: RequestListener): RequestListener {
  return (req, res) => {
    try {
      handler(req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`The test server failed on ${req.url}: ${(error as Error).message}`);
    }
  };
}

test.beforeAll(async () => {
  host = createServer(
    safely((req, res) => {
      const url = new URL(req.url ?? '/', HOST);
      const [, kind, id] = url.pathname.split('/');
      if (kind === 'embed' && ids.includes(id)) return res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(hostPage(snippet(id)));
      if (kind === 'framed-by-headers') {
        // The same snippet, served by the host that sends public/_headers.
        const target = url.searchParams.get('path') ?? '/';
        const site = url.searchParams.get('host') === 'netlify' ? NETLIFY_SITE : HEADERS_SITE;
        const body = target.startsWith('/embed/')
          ? snippet(target.split('/')[2], site)
          : `<iframe src="${site}${target}" title="A page of the site" data-lux-embed style="border:0;width:100%" height="300"></iframe>`;
        return res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(hostPage(body));
      }
      res.writeHead(404).end('not found');
    }),
  );
  /** A static host serving dist/ with public/_headers read the way hosts of that kind read it. */
  const staticHost = (kind: HostKind) =>
    createServer(
      safely((req, res) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        let file = normalize(join(DIST, path));
        if (!file.startsWith(DIST)) return res.writeHead(403).end();
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!existsSync(file)) return res.writeHead(404).end('not found');
        res
          .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(path, kind) })
          .end(readFileSync(file));
      }),
    );
  withHeaders = staticHost('cloudflare');
  withNetlifyHeaders = staticHost('netlify');
  await Promise.all([
    new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => withHeaders.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => withNetlifyHeaders.listen(0, '127.0.0.1', resolve)),
  ]);
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  HEADERS_SITE = `http://127.0.0.1:${(withHeaders.address() as AddressInfo).port}`;
  NETLIFY_SITE = `http://127.0.0.1:${(withNetlifyHeaders.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  // Chromium may keep connections open after the last page closed; close() alone would wait for them.
  for (const server of [host, withHeaders, withNetlifyHeaders]) server.closeAllConnections();
  await Promise.all([host, withHeaders, withNetlifyHeaders].map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Records CSP violations in every frame of the page, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => void violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${location.href}: ${e.violatedDirective} blocked ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** The iframe's height and the height of the document inside it, once the resize has settled. */
async function expectFitted(page: Page, id: string): Promise<void> {
  const iframe = page.locator('iframe[data-lux-embed]');
  const frame = page.frameLocator('iframe[data-lux-embed]');
  await expect(frame.locator(`figure#figure-${id}`)).toBeVisible();
  await expect(frame.locator(`figure#figure-${id} svg:visible`).first()).toBeVisible();
  await expect(frame.locator(`figure#figure-${id}`)).toContainText(titleOf(id));
  const content = () => frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - (await content())), { timeout: 10_000 })
    .toBeLessThanOrEqual(1);
  // The snippet starts the frame at 600 px; no figure is that tall exactly, so the script did it.
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).not.toBe(600);
  // Nothing of the figure is cut off: the frame shows the whole document, credit line included.
  await expect(frame.locator('.embed__credit')).toBeVisible();
}

test.describe('embedded on another origin', () => {
  for (const id of ids) {
    test(`${id} renders inside a partner's iframe and sizes it to fit, with no CSP violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      await page.setViewportSize({ width: 760, height: 900 });
      await page.goto(`${HOST}/embed/${id}`);
      await expectFitted(page, id);
      // A narrower host column: the figure switches to its narrow drawing and the frame follows.
      await page.setViewportSize({ width: 375, height: 800 });
      await expectFitted(page, id);
      expect(violations).toEqual([]);
    });
  }

  test('the resize script ignores height messages that do not come from its embed frames', async ({ page }) => {
    await page.goto(`${HOST}/embed/${ids[0]}`);
    await expectFitted(page, ids[0]);
    const iframe = page.locator('iframe[data-lux-embed]');
    const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    // The host page itself, not the frame, posts a message of the right shape: nothing changes.
    await page.evaluate(() => window.postMessage({ type: 'lux-embed:height', height: 3 }, '*'));
    await page.waitForTimeout(200);
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
  });
});

for (const kind of ['cloudflare', 'netlify'] as const) {
  test.describe(`framing, with the headers of public/_headers as ${kind === 'netlify' ? 'Netlify' : 'Cloudflare Pages'} reads them`, () => {
    const site = () => (kind === 'netlify' ? NETLIFY_SITE : HEADERS_SITE);

    test('an embed page may be framed by another site', async ({ page }) => {
      const violations = await watchViolations(page);
      const sent = (await page.request.get(`${site()}/embed/${ids[0]}/`)).headers();
      // One policy, the embed rule's, never the site-wide one joined to it.
      expect(sent['content-security-policy']).toContain('frame-ancestors *');
      expect(sent['content-security-policy']).not.toContain("frame-ancestors 'none'");
      // Netlify cannot detach the site-wide X-Frame-Options: DENY, and a browser ignores it when
      // the policy names frame-ancestors, which this test shows by framing the page all the same.
      expect(sent['x-frame-options']).toBe(kind === 'netlify' ? 'DENY' : undefined);
      await page.goto(`${HOST}/framed-by-headers/?host=${kind}&path=/embed/${ids[0]}/`);
      await expectFitted(page, ids[0]);
      expect(violations).toEqual([]);
    });

    for (const path of ['/', '/chapters/the-vehicles/']) {
      test(`${path} refuses to be framed`, async ({ page }) => {
        const response = await page.request.get(`${site()}${path}`);
        expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
        await page.goto(`${HOST}/framed-by-headers/?host=${kind}&path=${path}`);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        await page.waitForTimeout(500);
        // A refused frame never loads the page: no document of ours is in it.
        expect(
          await frame
            ?.locator('.site-header')
            .count()
            .catch(() => 0),
        ).toBe(0);
      });
    }
  });
}

test.describe('on the site', () => {
  for (const [lang, button, copied] of [
    ['en', 'Copy the code', 'Copied.'],
    ['ko', '코드 복사', '복사했다.'],
  ]) {
    test(`the embed control holds the snippet as selectable text, and the button copies it (${lang})`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
      const id = 'vehicles-by-make';
      const prefix = lang === 'ko' ? '/ko/' : '/';
      const path = pagesWithFigure(id).find(
        (p) => p.startsWith(prefix) && !/^\/(ko\/)?embed\//.test(p) && (lang === 'ko' || !p.startsWith('/ko/')),
      )!;
      await page.goto(path);
      // The embed control sits in the figure's sources, data and sharing disclosure.
      await page.locator(`#figure-${id} .figure-more > summary`).click();
      const share = page.locator(`#figure-${id} .figure-share`);
      await share.locator('summary').click();
      const code = share.locator('textarea');
      await expect(code).toBeVisible();
      const text = await code.inputValue();
      expect(text).toMatch(new RegExp(`<iframe src="https?://[^"]+/${lang === 'ko' ? 'ko/' : ''}embed/${id}/"`));
      expect(text).toMatch(/<script src="https?:\/\/[^"]+\/embed\/resize\.js" async><\/script>/);
      await share.getByRole('button', { name: button }).click();
      await expect(share.getByRole('status')).toHaveText(copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    });
  }

  test('without JavaScript the snippet is there to select and the copy button stays hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const id = 'vehicles-by-make';
    await page.goto(`${SITE}${pagesWithFigure(id).find((p) => !p.startsWith('/embed/'))!}`);
    await page.locator(`#figure-${id} .figure-more > summary`).click();
    const share = page.locator(`#figure-${id} .figure-share`);
    await share.locator('summary').click();
    await expect(share.locator('textarea')).toBeVisible();
    expect(await share.locator('textarea').inputValue()).toContain(`/embed/${id}/`);
    await expect(share.locator('button')).toBeHidden();
    await context.close();
  });

  for (const [id, prefix] of ids.flatMap((id) => [[id, '/'] as const, [id, '/ko/'] as const])) {
    test(`${id}: the ${prefix === '/' ? 'English' : 'Korean'} SVG download is well-formed XML that a browser draws as an image`, async ({
      page,
    }) => {
      await page.goto(`${prefix}embed/${id}/`);
      const result = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const error = doc.querySelector('parsererror')?.textContent ?? null;
        const image = new Image();
        image.src = url;
        await image.decode();
        return { error, title: doc.querySelector('svg > title')?.textContent, width: image.naturalWidth, height: image.naturalHeight };
      }, `${prefix}data/charts/${id}.svg`);
      expect(result.error).toBeNull();
      expect(result.title).toBe(
        prefix === '/' ? titleOf(id) : parseHTML(builtHtml(`/ko/embed/${id}/`)).document.querySelector('.chart__title')!.textContent!,
      );
      if (prefix === '/ko/') expect(result.title).toMatch(/[\uAC00-\uD7A3]/);
      expect(result.width).toBeGreaterThan(300);
      expect(result.height).toBeGreaterThan(150);
    });
  }

  test('an embed page for an unknown id is a 404, not an empty frame', async ({ page }) => {
    expect(ids.length).toBeGreaterThan(0);
    const response = await page.goto('/embed/no-such-figure/');
    expect(response?.status()).toBe(404);
  });
});
