// Browser tests: the front page tells the story before any note, and notes stay a small part of
// every chapter. The notes share is measured at 1280 px and printed per page.
import { expect, test } from '@playwright/test';
import { builtPages } from './support/dist';

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
];

for (const size of sizes) {
  test(`at ${size.width}×${size.height} the home page shows the lead figure and the three numbers before any note`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/');
    const figure = page.locator('#figure-maybach-journey');
    const stats = page.locator('#the-story-in-three-numbers + ul > li');
    await expect(stats).toHaveCount(3);
    await expect(figure.locator('svg:visible').first()).toBeAttached();
    const firstNote = await page.locator('.notes').boundingBox();
    expect(firstNote).not.toBeNull();
    const boxes = [await figure.boundingBox(), ...(await Promise.all((await stats.all()).map((s) => s.boundingBox())))];
    for (const [i, box] of boxes.entries()) {
      expect(box, `element ${i}`).not.toBeNull();
      expect(box!.y, `element ${i} starts within the first viewport`).toBeLessThan(size.height);
      expect(box!.y + box!.height, `element ${i} is above the notes`).toBeLessThanOrEqual(firstNote!.y);
    }
    for (const stat of await stats.all()) {
      // Each number is printed from data/ by :figure and links to its note.
      const ref = stat.locator('strong a.figure-ref').first();
      await expect(ref).toHaveAttribute('href', /^#note-\d+$/);
      await expect(ref).toHaveAttribute('data-figure', /.+/);
    }
  });
}

test('notes take at most a fifth of each chapter at 1280 px', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const shares: string[] = [];
  const over: string[] = [];
  for (const path of builtPages().filter((p) => p.startsWith('/chapters/') || p === '/')) {
    await page.goto(path);
    const { notes, total } = await page.evaluate(() => ({
      notes: document.querySelector('.notes')?.getBoundingClientRect().height ?? 0,
      total: document.querySelector('main')?.getBoundingClientRect().height ?? document.body.scrollHeight,
    }));
    const share = (100 * notes) / total;
    shares.push(`${path}: ${share.toFixed(1)}% (${Math.round(notes)} of ${Math.round(total)} px)`);
    if (share > 20) over.push(path);
  }
  info.annotations.push({ type: 'notes share at 1280 px', description: shares.join('; ') });
  console.log(`Notes share at 1280 px:\n${shares.join('\n')}`);
  expect(over, shares.join('\n')).toEqual([]);
});

test('a link to a note opens the collapsed notes and lands on it', async ({ page }) => {
  await page.goto('/chapters/the-maybach-journey/');
  await expect(page.locator('.notes__details')).not.toHaveAttribute('open', '');
  const ref = page.locator('.prose a.figure-ref').first();
  await ref.click();
  await expect(page.locator('.note:target')).toBeVisible();
});
