import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// astro:content exists only inside Astro's build; two chapter files stand in for the collection.
const dir = mkdtempSync(join(tmpdir(), 'lux-site-'));
const chapter = (id: string, order: number, body: string) => {
  const filePath = join(dir, `${id}.md`);
  writeFileSync(filePath, `---\ntitle: ${id}\n---\n${body}\n`);
  return { id, collection: 'chapters', filePath, body, data: { order, title: id } };
};
const chapters = [chapter('01-one', 1, 'Named :entity[china].'), chapter('02-two', 2, 'Plain words.')];
vi.mock('astro:content', () => ({
  getCollection: async () => chapters,
  getEntry: async () => undefined,
}));

const site = await import('./site');
const { storyMentions } = await import('./mentions');

describe('renderEntry(entry, folder)', () => {
  it('renders each chapter once, however many pages ask for it', async () => {
    const before = site.renderCount();
    for (let page = 0; page < 5; page++) for (const chapter of chapters) await site.renderEntry(chapter as never, 'content/chapters');
    await storyMentions();
    expect(site.renderCount() - before).toBe(chapters.length);
  });

  it('renders again when the body changes, as it does while an editor types in the dev server', async () => {
    const before = site.renderCount();
    const edited = { ...chapters[1], body: 'Other words.' };
    const html = (await site.renderEntry(edited as never, 'content/chapters')).html;
    expect(html).toContain('Other words.');
    expect(site.renderCount() - before).toBe(1);
  });
});
