// The Korean edition in the real build: a Korean file that names no English counterpart (or one
// that does not exist), a hand-typed Korean figure or an unknown :figure id stops `astro build`
// naming the file, the line and the fix, while a Korean file that is merely behind its English one
// is printed as a warning and its page shows the dated translation notice.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchCopy, type Scratch } from '../support/scratch';

let scratch: Scratch | undefined;
afterEach(() => scratch?.remove());

const ENGLISH = 'content/chapters/06-the-maybach-journey.md';
const KOREAN = 'content/ko/chapters/06-the-maybach-journey.md';

/** The English chapter's frontmatter fields with Korean words where a reader sees them, plus `extra`. */
function koreanChapter(extra: string): string {
  const english = readFileSync(join(process.cwd(), ENGLISH), 'utf8');
  const order = /^order: (\d+)$/m.exec(english)![1];
  const published = /^published: (\S+)$/m.exec(english)![1];
  const fields = [
    'title: 마이바흐의 여정',
    'dek: 시험용 문장.',
    `order: ${order}`,
    `published: ${published}`,
    'authors: ["시험"]',
    'summary: 시험용 요약.',
  ];
  return `---\n${[...fields, extra].filter(Boolean).join('\n')}\n---\n\n시험용 본문.\n`;
}

function write(path: string, text: string) {
  mkdirSync(join(scratch!.dir, path, '..'), { recursive: true });
  writeFileSync(join(scratch!.dir, path), text);
}

describe('the Korean edition in `astro build`', () => {
  it('stops on a Korean chapter without translationOf and on one whose English file does not exist, and warns about the stale one', async () => {
    scratch = scratchCopy();
    write(KOREAN, koreanChapter(`translationOf:\n  file: ${ENGLISH}\n  revision: 0123456789ab\n  date: 2026-11-28`));
    write('content/ko/chapters/07-what-remains-unknown.md', koreanChapter('').replace(/^order: \d+$/m, 'order: 7'));
    write(
      'content/ko/chapters/09-no-such-chapter.md',
      koreanChapter('translationOf:\n  file: content/chapters/09-no-such-chapter.md\n  revision: 0123456789ab\n  date: 2026-11-28').replace(
        /^order: \d+$/m,
        'order: 9',
      ),
    );
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/ko/chapters/07-what-remains-unknown.md, field "translationOf": A Korean file must name its English counterpart: add translationOf:',
    );
    expect(output).toContain(
      'content/ko/chapters/09-no-such-chapter.md: has no English counterpart: content/chapters/09-no-such-chapter.md does not exist.',
    );
    expect(output).toMatch(/WARNING: \d+ Korean files are not up to date with the English \(npm run translations lists them\)/);
    expect(output).toMatch(
      new RegExp(
        `- ${KOREAN} is stale: it follows the English edition of 2026-11-28 \\(revision 0123456789ab\\), but ${ENGLISH} \\(updated \\d{4}-\\d{2}-\\d{2}\\) is now revision [0-9a-f]{12}\\.`,
      ),
    );
  }, 60_000);

  it('stops on a figure record without its Korean label, naming data/figures.json, the record and ko.label', async () => {
    scratch = scratchCopy();
    const file = join(scratch.dir, 'data/figures.json');
    const figures = JSON.parse(readFileSync(file, 'utf8')) as { id: string; ko?: { label?: string } }[];
    delete figures[0].ko!.label;
    writeFileSync(file, JSON.stringify(figures, null, 2));
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`data/figures.json, record "${figures[0].id}", field "ko.label": is missing; expected string.`);
  }, 60_000);

  it('stops on a hand-typed "803대" in a Korean chapter, naming the file and line', async () => {
    scratch = scratchCopy();
    const line = insertLine('자동차 803대가 들어갔다.');
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${KOREAN}:${line}:\\d+: "803대" looks like a figure typed by hand\\.`));
  }, 240_000);

  it('stops on an unknown :figure id in a Korean chapter, naming the file and line', async () => {
    scratch = scratchCopy();
    const line = insertLine('모두 :figure[vehicles-totl]였다.');
    const { status, output } = await scratch.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${KOREAN}:${line}:4: unknown figure id "vehicles-totl". Did you mean "vehicles-total"?`);
  }, 240_000);

  it('prints the dated translation notice, linking to the English, on a stale Korean chapter and none on a fresh one', async () => {
    scratch = scratchCopy();
    const file = join(scratch.dir, KOREAN);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^ {2}revision: [0-9a-f]{12}$/m);
    writeFileSync(file, text.replace(/^ {2}revision: .*$/m, '  revision: 0123456789ab').replace(/^ {2}date: .*$/m, '  date: 2026-11-28'));
    const { status, output } = await scratch.build();
    expect(status, output.slice(-2000)).toBe(0);
    const page = (slug: string) => readFileSync(join(scratch!.dir, 'dist/ko/chapters', slug, 'index.html'), 'utf8');
    const notice = /<aside class="translation-notice translation-notice--stale"[^>]*>([\s\S]*?)<\/aside>/.exec(page('the-maybach-journey'));
    expect(notice).not.toBeNull();
    expect(notice![1]).toContain('2026년 11월 28일');
    expect(notice![1]).toMatch(/<a href="\/chapters\/the-maybach-journey\/" hreflang="en">/);
    expect(existsSync(join(scratch.dir, 'dist/ko/chapters/the-facilitators/index.html'))).toBe(true);
    expect(page('the-facilitators')).not.toContain('translation-notice');
  }, 300_000);
});

/** Inserts a paragraph at the top of the Korean chapter's body in the scratch copy; returns its line number (from 1). */
function insertLine(paragraph: string): number {
  const file = join(scratch!.dir, KOREAN);
  const lines = readFileSync(file, 'utf8').split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  lines.splice(bodyStart + 1, 0, '', paragraph, '');
  writeFileSync(file, lines.join('\n'));
  return bodyStart + 3;
}
