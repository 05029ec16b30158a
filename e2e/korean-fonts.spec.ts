// Korean text renders in our own Noto faces, never in a fallback: any character the subsets miss
// would come out of a system font (Noto Sans CJK KR on CI, a name the check tells apart from Noto
// Sans KR) or as a box, and Chromium names the platform fonts it used for every element (CDP
// CSS.getPlatformFontsForNode).
// English pages fetch no Korean font.
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, builtPages } from './support/dist';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const korean = builtPages().filter((p) => p.startsWith('/ko/'));
// Every kind of Korean page: home, chapters, the other pages, one entity page of each kind, an embed.
const sample = korean.filter((p, i, all) => {
  const kind = p.split('/')[2];
  return (
    !['countries', 'facilitators', 'places', 'vehicle-makes', 'embed'].includes(kind) ||
    all.findIndex((q) => q.split('/')[2] === kind) === i
  );
});
const NOTO = /^Noto (Serif|Sans) KR\b/;

/**
 * Each rendered text node with Hangul, <details> opened (SVG text included) wrapped in a span of its own, then the
 * platform fonts Chromium drew each span with. A character no font has is drawn as the first
 * font's "missing glyph" box, so Noto must have drawn at least as many glyphs as the span has Hangul.
 */
async function fontsOfHangulRuns(page: Page) {
  const runs = await page.evaluate((pattern) => {
    // Closed <details> (notes, "how we know") lay nothing out: open them, as a reader would.
    for (const details of document.querySelectorAll('details')) details.open = true;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, title, noscript, textarea')) continue;
      if (parent.getClientRects().length > 0 && new RegExp(pattern).test(node.textContent ?? '')) texts.push(node as Text);
    }
    for (const text of texts) {
      const svg = text.parentElement instanceof SVGElement;
      const span = svg ? document.createElementNS('http://www.w3.org/2000/svg', 'tspan') : document.createElement('span');
      span.setAttribute('data-hangul-run', String([...(text.textContent ?? '')].filter((c) => new RegExp(pattern).test(c)).length));
      text.replaceWith(span);
      span.append(text);
    }
    return texts.length;
  }, HANGUL.source);
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-hangul-run]' });
  const used = new Map<string, number>();
  const strays: string[] = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const f of fonts) used.set(f.familyName, (used.get(f.familyName) ?? 0) + f.glyphCount);
    const noto = fonts.filter((f) => NOTO.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    const hangul = Number(/data-hangul-run="(\d+)"/.exec(outerHTML)![1]);
    if (noto < hangul && strays.length < 10) {
      strays.push(
        `${hangul - noto} of ${hangul} Hangul not in Noto (${fonts.map((f) => f.familyName).join(', ')}): ${outerHTML.replace(/<[^>]+>/g, '')}`,
      );
    }
  }
  return { runs, probed: nodeIds.length, used, strays };
}

test.describe('Korean fonts', () => {
  test('there are Korean pages to check', () => {
    expect(sample.length).toBeGreaterThan(3);
  });

  for (const path of sample) {
    test(`${path}: Hangul is drawn in Noto Serif KR / Noto Sans KR only`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const { runs, probed, used, strays } = await fontsOfHangulRuns(page);
      expect(runs, 'runs of Hangul on the page').toBeGreaterThan(0);
      expect(probed).toBe(runs);
      expect(strays, `fonts used for Hangul: ${[...used.keys()].join(', ')}`).toEqual([]);
    });
  }

  // The bold subsets hold the characters of every element the stylesheets make bold (an entity
  // link, a kicker, a badge: src/cli/fonts/bold.mjs); a syllable missing from them would be drawn
  // from the regular face, and a name would change weight halfway through.
  for (const path of korean.filter((p) => p.startsWith('/ko/chapters/'))) {
    test(`${path}: bold Hangul is drawn from the bold Noto faces, never the regular ones`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const bold = await page.evaluate((pattern) => {
        const found: string[] = [];
        for (const el of document.querySelectorAll('main *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && new RegExp(pattern).test(n.textContent ?? ''));
          if (own && Number(getComputedStyle(el).fontWeight) >= 600 && el.getClientRects().length > 0) {
            el.setAttribute('data-bold-probe', '');
            found.push(el.tagName);
          }
        }
        return found.length;
      }, HANGUL.source);
      expect(bold, 'bold elements with Hangul on the page').toBeGreaterThan(0);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-bold-probe]' });
      const regular: string[] = [];
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const light = fonts.filter((f) => /KR-Regular$/.test(f.postScriptName) && f.glyphCount > 0);
        if (light.length && regular.length < 10) {
          const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
          regular.push(
            `${light.map((f) => `${f.glyphCount} in ${f.postScriptName}`).join(', ')}: ${outerHTML.replace(/<[^>]+>/g, '').slice(0, 60)}`,
          );
        }
      }
      expect(regular).toEqual([]);
    });
  }

  test('English pages fetch no Korean font', async ({ page }) => {
    const english = builtPages().filter((p) => !p.startsWith('/ko/') && builtHtml(p).includes('<html lang="en"'));
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    for (const path of [english[0], ...english.filter((p) => /^\/(chapters|sources)\//.test(p)).slice(0, 3)]) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((u) => /noto/i.test(u))).toEqual([]);
  });
});
