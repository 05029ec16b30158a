// An editor logs a correction in Markdown: the real build publishes it on the corrections page,
// in the Atom feed and at the end of the chapter it corrects. Runs `astro build` on a scratch copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchCopy, type Scratch } from '../support/scratch';

let scratch: Scratch;
let built: { status: number | null; output: string };
const read = (path: string) => readFileSync(join(scratch.dir, 'dist', path), 'utf8');

beforeAll(async () => {
  scratch = scratchCopy();
  writeFileSync(
    join(scratch.dir, 'content/corrections/2026-12-02-days-dark.md'),
    '---\ndate: 2026-12-02\nsummary: We misstated how long the ship was dark.\nchapter: the-maybach-journey\n---\n\nAn earlier version said 19 days; the sources we cite give :figure[days-ais-dark].\n',
  );
  built = await scratch.build();
}, 240_000);
afterAll(() => scratch?.remove());

describe('a correction written in content/corrections', () => {
  it('builds, although it quotes the wrong number it replaces', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('appears on the corrections page, dated, with its chapter and its text', () => {
    const { document } = parseHTML(read('corrections/index.html'));
    const entry = document.getElementById('2026-12-02-days-dark')!;
    expect(entry.querySelector('h3')!.textContent).toBe('We misstated how long the ship was dark.');
    expect(entry.querySelector('time')!.getAttribute('datetime')).toBe('2026-12-02');
    expect(entry.querySelector('a[href="/chapters/the-maybach-journey/"]')).not.toBeNull();
    expect(entry.textContent).toContain('An earlier version said 19 days');
    expect(document.querySelector('.corrections__none')).toBeNull();
  });

  it('is listed at the end of the chapter it corrects', () => {
    const { document } = parseHTML(read('chapters/the-maybach-journey/index.html'));
    expect(document.querySelector('.chapter-corrections a[href="/corrections/#2026-12-02-days-dark"]')!.textContent).toBe(
      'We misstated how long the ship was dark.',
    );
  });

  it('is an entry in the Atom feed', () => {
    const xml = read('corrections/feed.xml');
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>\s*/, ''));
    const entry = document.querySelector('entry')!;
    expect(entry.querySelector('title')!.textContent).toBe('We misstated how long the ship was dark.');
    expect(entry.querySelector('updated')!.textContent).toBe('2026-12-02T00:00:00Z');
    // Absolute, under the configured site (SITE_URL), so feed readers can follow it.
    expect(entry.querySelector('link')!.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/corrections\/#2026-12-02-days-dark$/);
    expect(document.querySelector('feed > updated')!.textContent).toBe('2026-12-02T00:00:00Z');
  });
});
