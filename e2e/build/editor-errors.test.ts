// An editor's mistake fails the real build, and the message names the file, the record or line,
// the field and the fix. These run `astro build` on a scratch copy of the project.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchCopy, type Scratch } from '../support/scratch';

let scratch: Scratch | undefined;
afterEach(() => scratch?.remove());

function edit(path: string, change: (text: string) => string) {
  const file = join(scratch!.dir, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('a broken edit fails `astro build` with a message an editor can act on', () => {
  it('an unknown place id in a journey leg', () => {
    scratch = scratchCopy();
    edit('data/journey-legs.json', (text) => {
      const legs = JSON.parse(text);
      legs[0].to = `${legs[0].to}x`;
      return JSON.stringify(legs, null, 2);
    });
    const { status, output } = scratch.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/journey-legs\.json, record "[^"]+", field "to": unknown id "[^"]+x"\. Did you mean "[^"]+"\?/);
  }, 60_000);

  it('broken JSON in a data file', () => {
    scratch = scratchCopy();
    edit('data/figures.json', (text) => text.replace(/\}\s*\]\s*$/, '},\n]'));
    const { status, output } = scratch.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/figures\.json: is not valid JSON at line \d+, column \d+/);
  }, 60_000);

  it('a bad frontmatter field in a chapter', () => {
    scratch = scratchCopy();
    const chapter = firstChapter();
    edit(chapter, (text) => text.replace(/^order: .*$/m, 'order: first'));
    const { status, output } = scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${chapter}, field "order": Expected number, received string (the file has "first"). This field: Position of the chapter in the story`,
    );
  }, 60_000);

  it('an unknown chart id in a chapter', () => {
    scratch = scratchCopy();
    const chapter = firstChapter();
    let line = 0;
    edit(chapter, (text) => {
      const lines = text.split('\n');
      const bodyStart = lines.indexOf('---', 1) + 1;
      lines.splice(bodyStart + 1, 0, '', '::chart{id="vehicles-by-maker"}', '');
      line = bodyStart + 3;
      return lines.join('\n');
    });
    const { status, output } = scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${chapter}:${line}:1: unknown chart id "vehicles-by-maker". Did you mean "vehicles-by-make"?`);
  }, 60_000);
});

function firstChapter(): string {
  const name = readdirSync(join(process.cwd(), 'content/chapters'))
    .filter((n) => n.endsWith('.md'))
    .sort()[0];
  return `content/chapters/${name}`;
}
