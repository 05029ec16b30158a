// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a
// browser Playwright installed itself. Returns undefined when there is none.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    // playwright-core missing or no browser known to it: nothing to add.
    return undefined;
  }
}

/**
 * The first Chromium that exists. The arguments are for tests; by default it reads the process
 * environment, the Debian paths and Playwright's own browser path.
 * @param {{ env?: Record<string, string | undefined>, systemPaths?: string[], playwrightPath?: string, exists?: (path: string) => boolean }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function findChromium({ env = process.env, systemPaths = SYSTEM_PATHS, playwrightPath, exists = existsSync } = {}) {
  const candidates = [env.CHROMIUM_PATH, ...systemPaths, playwrightPath === undefined ? await playwrightChromium() : playwrightPath];
  return candidates.find((path) => path && exists(path));
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the browser tests: install one with "sudo apt-get install -y chromium" (Debian/Ubuntu) or "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium binary.';
