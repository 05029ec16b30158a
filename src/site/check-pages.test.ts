import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPages, REQUIRED_PAGES } from './check-pages';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function pages(responses: string, leaveOut: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'lux-pages-'));
  dirs.push(dir);
  for (const id of REQUIRED_PAGES.filter((p) => !leaveOut.includes(p))) {
    writeFileSync(join(dir, `${id}.md`), `---\ntitle: ${id}\ndescription: A page.\n---\n`);
  }
  writeFileSync(join(dir, 'responses.md'), responses);
  return dir;
}

describe('checkPages(dir)', () => {
  it('requires the responses page to carry the standing note every entity page prints', () => {
    const issues = checkPages(pages('---\ntitle: On naming\ndescription: Why.\n---\n'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'content/pages/responses.md',
        field: 'standingNote',
        message: expect.stringContaining('is missing'),
      }),
    ]);
  });

  it('accepts the pages when the note is there', () => {
    expect(checkPages(pages('---\ntitle: On naming\ndescription: Why.\nstandingNote: Being named is not an accusation.\n---\n'))).toEqual(
      [],
    );
  });

  it('reports the directory, data and search pages when they are missing, naming each file', () => {
    const note = '---\ntitle: On naming\ndescription: Why.\nstandingNote: Being named is not an accusation.\n---\n';
    const issues = checkPages(pages(note, ['directory', 'data', 'search']));
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      'content/pages/directory.md: is missing, and the site needs it.',
      'content/pages/data.md: is missing, and the site needs it.',
      'content/pages/search.md: is missing, and the site needs it.',
    ]);
  });
});
