import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.mjs';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findChromium(options)', () => {
  it('prefers CHROMIUM_PATH when it exists', async () => {
    const found = await findChromium({
      env: { CHROMIUM_PATH: '/opt/c' },
      playwrightPath: '/pw/chrome',
      exists: only('/opt/c', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/c');
  });
  it('falls back to Debian’s chromium, then to Playwright’s browser', async () => {
    expect(await findChromium({ env: {}, playwrightPath: '/pw/chrome', exists: only('/usr/bin/chromium', '/pw/chrome') })).toBe(
      '/usr/bin/chromium',
    );
    expect(await findChromium({ env: { CHROMIUM_PATH: '/missing' }, playwrightPath: '/pw/chrome', exists: only('/pw/chrome') })).toBe(
      '/pw/chrome',
    );
  });
  it('finds nothing when no browser exists', async () => {
    expect(await findChromium({ env: {}, playwrightPath: '/pw/chrome', exists: only() })).toBeUndefined();
  });
});

describe('npm test without a browser', () => {
  it('stops at once with a one-line instruction', () => {
    // A scratch PATH-free run: no CHROMIUM_PATH, and the test hook hides every candidate.
    const result = spawnSync(process.execPath, ['src/cli/test.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '', LUX_HIDE_BROWSERS: '1' },
      timeout: 10_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(NO_BROWSER_MESSAGE);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
