// Translation freshness over fixture folders: fresh, stale and missing Korean files, the report, the
// build's warning, the notice a Korean reader sees, and --accept rewriting translationOf.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptTranslation, englishFileFor } from './translation-accept';
import { translationNotice } from './translation-notice';
import { formatReport, revisionOf, translationReport, translationWarnings } from './translations';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const ENGLISH = {
  'content/chapters/01-fresh.md': '---\ntitle: Fresh\npublished: 2026-11-28\nupdated: 2026-12-01\n---\n\nFresh text.\n',
  'content/chapters/02-stale.md': '---\ntitle: Stale\npublished: 2026-11-28\nupdated: 2026-12-02\n---\n\nChanged text.\n',
  'content/chapters/03-missing.md': '---\ntitle: Missing\npublished: 2026-11-29\n---\n\nText.\n',
  'content/pages/home.md': '---\ntitle: Home\n---\n\nHome.\n',
};
const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
const korean = (file: string, revision: string, date: string) =>
  `---\ntitle: 한국어\ntranslationOf:\n  file: ${file}\n  revision: ${revision}\n  date: ${date}\n---\n\n한국어 본문.\n`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'lux-translations-'));
  roots.push(root);
  const files: Record<string, string> = {
    ...ENGLISH,
    'content/ko/chapters/01-fresh.md': korean('content/chapters/01-fresh.md', sha(ENGLISH['content/chapters/01-fresh.md']), '2026-12-01'),
    'content/ko/chapters/02-stale.md': korean('content/chapters/02-stale.md', '0123456789ab', '2026-11-28'),
    'content/ko/pages/home.md': korean('content/pages/home.md', sha(ENGLISH['content/pages/home.md']), '2026-11-28'),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('translationReport(root)', () => {
  it('takes a revision as the first 12 hex digits of the SHA-256 of the English file', () => {
    const root = project();
    expect(revisionOf(join(root, 'content/chapters/02-stale.md'))).toBe(sha(ENGLISH['content/chapters/02-stale.md']));
  });

  it('tells fresh, stale and missing apart, with the dates an editor needs', () => {
    const root = project();
    const stale = sha(ENGLISH['content/chapters/02-stale.md']);
    expect(translationReport(root)).toEqual([
      {
        english: 'content/chapters/01-fresh.md',
        korean: 'content/ko/chapters/01-fresh.md',
        state: 'fresh',
        revision: sha(ENGLISH['content/chapters/01-fresh.md']),
        englishDate: '2026-12-01',
        translated: { revision: sha(ENGLISH['content/chapters/01-fresh.md']), date: '2026-12-01' },
      },
      {
        english: 'content/chapters/02-stale.md',
        korean: 'content/ko/chapters/02-stale.md',
        state: 'stale',
        revision: stale,
        englishDate: '2026-12-02',
        translated: { revision: '0123456789ab', date: '2026-11-28' },
      },
      {
        english: 'content/chapters/03-missing.md',
        korean: 'content/ko/chapters/03-missing.md',
        state: 'missing',
        revision: sha(ENGLISH['content/chapters/03-missing.md']),
        englishDate: '2026-11-29',
      },
      expect.objectContaining({ english: 'content/pages/home.md', state: 'fresh', englishDate: undefined }),
    ]);
  });

  it('warns about the stale and the missing file only, naming the fix', () => {
    const root = project();
    const stale = sha(ENGLISH['content/chapters/02-stale.md']);
    expect(translationWarnings(translationReport(root))).toEqual([
      `content/ko/chapters/02-stale.md is stale: it follows the English edition of 2026-11-28 (revision 0123456789ab), but content/chapters/02-stale.md (updated 2026-12-02) is now revision ${stale}. Update the Korean text, then run npm run translations -- --accept content/ko/chapters/02-stale.md.`,
      'content/ko/chapters/03-missing.md is missing: content/chapters/03-missing.md has no Korean edition yet; translate it under that name.',
    ]);
  });

  it('prints a table with one row per English file and a count', () => {
    const lines = formatReport(translationReport(project())).split('\n');
    expect(lines[0]).toBe('state    English file                    English date  revision now  Korean follows');
    expect(lines[3]).toMatch(/^stale {4}content\/chapters\/02-stale\.md {4}2026-12-02 {4}[0-9a-f]{12} {2}0123456789ab of 2026-11-28$/);
    expect(lines[4]).toMatch(/^missing {2}content\/chapters\/03-missing\.md {2}2026-11-29 {4}[0-9a-f]{12} {2}–$/);
    expect(lines.at(-1)).toBe('2 fresh, 1 stale, 1 missing, of 4 English files.');
  });
});

describe('translationNotice(root, lang, englishFile)', () => {
  it('says nothing on a fresh page or in English', () => {
    const root = project();
    expect(translationNotice(root, 'ko', 'content/chapters/01-fresh.md')).toBeNull();
    expect(translationNotice(root, 'en', 'content/chapters/02-stale.md')).toBeNull();
  });

  it('gives a stale page a dated Korean line linking to the English page', () => {
    expect(translationNotice(project(), 'ko', 'content/chapters/02-stale.md')).toEqual({
      state: 'stale',
      text: '이 번역은 2026년 11월 28일 영문판을 따른 것이다. 영문판은 그 뒤 수정됐다.',
      linkText: '영문판 보기',
      englishPath: '/chapters/stale/',
    });
  });

  it('tells the reader a missing page is not translated yet, linking to the English', () => {
    expect(translationNotice(project(), 'ko', 'content/chapters/03-missing.md')).toEqual({
      state: 'missing',
      text: '이 페이지는 아직 번역되지 않았다.',
      linkText: '영문판으로 읽기',
      englishPath: '/chapters/missing/',
    });
  });
});

describe('acceptTranslation(root, koreanFile)', () => {
  it('rewrites only translationOf, after which the file is fresh', () => {
    const root = project();
    const file = 'content/ko/chapters/02-stale.md';
    const done = acceptTranslation(root, file);
    const stale = sha(ENGLISH['content/chapters/02-stale.md']);
    expect(done).toEqual({
      korean: file,
      english: 'content/chapters/02-stale.md',
      revision: stale,
      date: '2026-12-02',
      before: 'translationOf:\n  file: content/chapters/02-stale.md\n  revision: 0123456789ab\n  date: 2026-11-28',
    });
    expect(readFileSync(join(root, file), 'utf8')).toBe(korean('content/chapters/02-stale.md', stale, '2026-12-02'));
    expect(translationReport(root)[1].state).toBe('fresh');
  });

  it('adds translationOf to a Korean file that has none', () => {
    const root = project();
    writeFileSync(join(root, 'content/ko/chapters/03-missing.md'), '---\ntitle: 없음\n---\n\n본문.\n');
    acceptTranslation(root, 'content/ko/chapters/03-missing.md');
    expect(readFileSync(join(root, 'content/ko/chapters/03-missing.md'), 'utf8')).toBe(
      `---\ntitle: 없음\ntranslationOf:\n  file: content/chapters/03-missing.md\n  revision: ${sha(ENGLISH['content/chapters/03-missing.md'])}\n  date: 2026-11-29\n---\n\n본문.\n`,
    );
  });

  it('refuses a file that is not a Korean chapter or page, or has no English counterpart', () => {
    const root = project();
    expect(() => englishFileFor('content/chapters/01-fresh.md')).toThrow(
      '"content/chapters/01-fresh.md" is not a Korean chapter or page. Name the file from the project root, e.g. content/ko/chapters/06-the-maybach-journey.md.',
    );
    writeFileSync(join(root, 'content/ko/chapters/09-extra.md'), korean('content/chapters/09-extra.md', '0123456789ab', '2026-12-01'));
    expect(() => acceptTranslation(root, 'content/ko/chapters/09-extra.md')).toThrow(
      'content/ko/chapters/09-extra.md has no English counterpart: content/chapters/09-extra.md does not exist.',
    );
  });
});
