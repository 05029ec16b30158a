// `npm test`: every test in order, stopping at the first failure. Checks for a browser first so a
// missing one fails in a second with an instruction, not after a long timeout.
import { spawnSync } from 'node:child_process';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.mjs';
import { printBrowserSummary } from './test/browser-summary.mjs';

// LUX_HIDE_BROWSERS lets a test prove the no-browser path without uninstalling anything.
const chromium = process.env.LUX_HIDE_BROWSERS === '1' ? undefined : await findChromium();
if (!chromium) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;
process.env.TZ = 'UTC';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const steps = [
  ['Type check, lint and format', 'npm', ['run', '--silent', 'check']],
  ['Unit and data tests', 'npx', ['vitest', 'run', 'src']],
  ['Build the site', 'npm', ['run', '--silent', 'build']],
  ['Build tests over dist/', 'npx', ['vitest', 'run', 'e2e/build']],
  ['Browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [label, command, args] of steps) {
  console.log(`\n━━ ${label} ━━ (${command} ${args.join(' ')})`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    if (command === 'npx' && args[0] === 'playwright') printBrowserSummary();
    console.error(`\n✗ ${label} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${seconds} s)`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s (browser: ${chromium}).`);
