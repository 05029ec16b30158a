// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a
// browser Playwright installed itself. Returns undefined when there is none.
import { existsSync } from 'node:fs';

export async function findChromium() {
  const candidates = [];
  if (process.env.CHROMIUM_PATH) candidates.push(process.env.CHROMIUM_PATH);
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  try {
    const { chromium } = await import('playwright-core');
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core not installed or no default browser known: nothing to add.
  }
  return candidates.find((path) => path && existsSync(path));
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the browser tests. Install one with "sudo apt-get install -y chromium" (Debian/Ubuntu) or "npx playwright install chromium", or point CHROMIUM_PATH at a Chromium binary.';
