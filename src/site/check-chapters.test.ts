import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkChapters } from './check-chapters';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const good = [
  'title: The vehicles',
  'dek: A dek.',
  'order: 1',
  'published: 2026-11-28',
  'authors: ["A. Writer"]',
  'summary: A summary.',
  'shareImageAlt: A chart.',
];

function chapters(files: Record<string, string[] | string>) {
  const dir = mkdtempSync(join(tmpdir(), 'lux-chapters-'));
  dirs.push(dir);
  for (const [name, lines] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof lines === 'string' ? lines : `---\n${lines.join('\n')}\n---\n\nBody.\n`);
  }
  return checkChapters(dir);
}

describe('checkChapters(dir)', () => {
  it('passes good chapters', () => {
    expect(chapters({ '01-a.md': good, '02-b.md': good.map((l) => l.replace('order: 1', 'order: 2')) })).toEqual([]);
  });

  it('names the file and field, shows the value and explains the field', () => {
    const [issue] = chapters({ '01-a.md': good.map((l) => l.replace('order: 1', 'order: first')) });
    expect(issue).toEqual({
      file: 'content/chapters/01-a.md',
      field: 'order',
      message:
        'Expected number, received string (the file has "first"). This field: Position of the chapter in the story: 1 for the first, 2 for the next, and so on.',
    });
  });

  it('reports a missing field', () => {
    const [issue] = chapters({ '01-a.md': good.filter((l) => !l.startsWith('summary')) });
    expect(issue.field).toBe('summary');
    expect(issue.message).toContain('Required. This field: Two or three sentences for the home page');
  });

  it('reports YAML that cannot be read, with its line', () => {
    const [issue] = chapters({ '01-a.md': ['title: A: B: C', ...good.slice(1)] });
    expect(issue.field).toBe('frontmatter');
    expect(issue.message).toMatch(/^could not be read at line 2, column \d+/);
  });

  it('reports two published chapters in the same position', () => {
    const issues = chapters({ '01-a.md': good, '02-b.md': good });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'content/chapters/02-b.md',
        field: 'order',
        message: 'is 1, the same as in content/chapters/01-a.md.',
      }),
    ]);
  });

  it('reports a file name that cannot become an address', () => {
    expect(chapters({ 'The Vehicles.md': good })[0].message).toBe('has a name the site cannot turn into an address.');
  });

  it('reports a chapter without frontmatter', () => {
    expect(chapters({ '01-a.md': 'Just text.\n' })[0]).toMatchObject({ field: 'frontmatter', message: 'is missing.' });
  });
});
