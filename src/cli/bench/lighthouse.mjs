// Lighthouse (v12, which runs on Node 20) against pages served locally, in the same Debian
// Chromium the tests use, with Lighthouse's default mobile profile (emulated phone, simulated
// slow 4G and 4× CPU slowdown). Returns the four category scores and LCP, CLS and TBT.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Runs Lighthouse once per URL; every URL gets a fresh Chromium. */
export async function lighthouseScores(urls, chromePath) {
  const results = [];
  for (const url of urls) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const { categories, audits } = run.lhr;
      results.push({
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
        lcp: audits['largest-contentful-paint']?.numericValue,
        cls: audits['cumulative-layout-shift']?.numericValue,
        tbt: audits['total-blocking-time']?.numericValue,
        failing: CATEGORIES.flatMap((c) =>
          (categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 0.9)
            .map((ref) => `${c}: ${ref.id}`),
        ),
      });
    } finally {
      chrome.kill();
    }
  }
  return results;
}
