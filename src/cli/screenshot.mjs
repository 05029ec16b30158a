// Screenshots of built pages for a visual check: desktop and a 375 px phone, light and dark.
// Usage: node src/cli/screenshot.mjs http://127.0.0.1:4321/chapters/the-vehicles/ [out-dir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.mjs';

const [url, outDir = 'test-results/screenshots'] = process.argv.slice(2);
if (!url) {
  console.error('Usage: node src/cli/screenshot.mjs <url> [out-dir]');
  process.exit(2);
}
const executablePath = await findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const name = new URL(url).pathname.replace(/\/+$/, '').replace(/^\//, '').replace(/\//g, '_') || 'home';
for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 375, height: 740 }],
]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'networkidle' });
    const file = join(outDir, `${name}-${label}-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
