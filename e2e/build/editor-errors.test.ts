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
  it('an unknown place id in a journey leg', async () => {
    scratch = scratchCopy();
    edit('data/journey-legs.json', (text) => {
      const legs = JSON.parse(text);
      legs[0].to = `${legs[0].to}x`;
      return JSON.stringify(legs, null, 2);
    });
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/journey-legs\.json, record "[^"]+", field "to": unknown id "[^"]+x"\. Did you mean "[^"]+"\?/);
  }, 60_000);

  it('broken JSON in a data file', async () => {
    scratch = scratchCopy();
    edit('data/figures.json', (text) => text.replace(/\}\s*\]\s*$/, '},\n]'));
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/figures\.json: is not valid JSON at line \d+, column \d+/);
  }, 60_000);

  it('a bad frontmatter field in a chapter', async () => {
    scratch = scratchCopy();
    const chapter = firstChapter();
    edit(chapter, (text) => text.replace(/^order: .*$/m, 'order: first'));
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${chapter}, field "order": Expected number, received string (the file has "first"). This field: Position of the chapter in the story`,
    );
  }, 60_000);

  it('an unknown chart id in a chapter', async () => {
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
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${chapter}:${line}:1: unknown chart id "vehicles-by-maker". Did you mean "vehicles-by-make"?`);
  }, 60_000);

  it('an unknown entity id in a chapter, with the line counted from the top of the file', async () => {
    scratch = scratchCopy();
    const chapter = firstChapter();
    let line = 0;
    edit(chapter, (text) => {
      const lines = text.split('\n');
      const bodyStart = lines.indexOf('---', 1) + 1;
      lines.splice(bodyStart + 1, 0, '', 'Signed by :entity[jsc-rzd-logistic].', '');
      line = bodyStart + 3;
      return lines.join('\n');
    });
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${chapter}:${line}:11: unknown entity id "jsc-rzd-logistic". Did you mean "jsc-rzd-logistics"?`);
  }, 60_000);

  it('a figure typed by hand instead of taken from the data', async () => {
    scratch = scratchCopy();
    const chapter = firstChapter();
    edit(chapter, (text) => text.replace(/\n---\n\n/, '\n---\n\nThe report counted 803 vehicles.\n\n'));
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(
      new RegExp(`${chapter}:\\d+:\\d+: "803" looks like a figure typed by hand\\. Write :figure\\[vehicles-total\\] instead`),
    );
  }, 60_000);

  it('a correction that names a chapter the story does not have', async () => {
    scratch = scratchCopy();
    writeFileSync(
      join(scratch.dir, 'content/corrections/2026-12-01-test.md'),
      '---\ndate: 2026-12-01\nsummary: A test correction.\nchapter: the-vehicle\n---\n\nText.\n',
    );
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/corrections/2026-12-01-test.md, field "chapter": names "the-vehicle", which is not a chapter. Did you mean "the-vehicles"?',
    );
  }, 60_000);
});

function firstChapter(): string {
  const name = readdirSync(join(process.cwd(), 'content/chapters'))
    .filter((n) => n.endsWith('.md'))
    .sort()[0];
  return `content/chapters/${name}`;
}
