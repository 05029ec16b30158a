// Lighthouse (v12, which runs on Node 20) against pages served locally, in the same Debian
// Chromium the tests use, with Lighthouse's default mobile profile (emulated phone, simulated
// slow 4G and 4× CPU slowdown). Returns the four category scores and LCP, CLS and TBT per run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The file name a report of `url`, run `run`, is saved under: the path with slashes as dashes. */
export function reportName(url, run) {
  const path = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'home';
  return `${path}.run${run + 1}.json`;
}

/** The audits of weight > 0 scoring below 0.9, as "category: audit-id". */
export function failingAudits(lhr) {
  return CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 0.9)
      .map((ref) => `${c}: ${ref.id}`),
  );
}

/**
 * Runs Lighthouse `runs` times per URL, every run in a fresh Chromium; with `reportDir`, each
 * run's full report (JSON) is written there. Resolves to one entry per URL with its `runs`.
 */
export async function lighthouseScores(urls, chromePath, { runs = 1, reportDir } = {}) {
  if (reportDir) mkdirSync(reportDir, { recursive: true });
  const results = [];
  for (const url of urls) {
    const entry = { url, runs: [] };
    for (let run = 0; run < runs; run++) {
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
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        const { categories, audits } = result.lhr;
        if (reportDir) writeFileSync(join(reportDir, reportName(url, run)), result.report);
        entry.runs.push({
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
          lcp: audits['largest-contentful-paint']?.numericValue,
          cls: audits['cumulative-layout-shift']?.numericValue,
          tbt: audits['total-blocking-time']?.numericValue,
          failing: failingAudits(result.lhr),
        });
      } finally {
        chrome.kill();
      }
    }
    results.push(entry);
  }
  return results;
}
