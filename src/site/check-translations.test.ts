// The Korean edition's frontmatter: a file that names no English counterpart, or the wrong one,
// or translates a file that does not exist, stops the build naming the file and the fix.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTranslations } from './check-translations';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const chapter = (extra: string[] = []) =>
  [
    'title: 마이바흐의 여정',
    'dek: 한 문장.',
    'order: 1',
    'published: 2026-11-28',
    'authors: ["A. Writer"]',
    'summary: 요약.',
    'shareImageAlt: 지도.',
    ...extra,
  ].join('\n');
const of = (file: string) => ['translationOf:', `  file: ${file}`, '  revision: 0123456789ab', '  date: 2026-12-01'];

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lux-ko-'));
  roots.push(root);
  const all = {
    'content/chapters/01-a.md': '---\ntitle: A\n---\n',
    'content/chapters/02-b.md': '---\ntitle: B\n---\n',
    'content/pages/methodology.md': '---\ntitle: M\n---\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
const md = (frontmatter: string) => `---\n${frontmatter}\n---\n\n본문.\n`;

describe('checkTranslations(root)', () => {
  it('passes Korean files that name their English counterpart', () => {
    const root = project({
      'content/ko/chapters/01-a.md': md(chapter(of('content/chapters/01-a.md'))),
      'content/ko/pages/methodology.md': md(['title: 방법론', 'description: 설명.', ...of('content/pages/methodology.md')].join('\n')),
    });
    expect(checkTranslations(root)).toEqual([]);
  });

  it('fails a Korean chapter without translationOf, naming the file and the fix', () => {
    expect(checkTranslations(project({ 'content/ko/chapters/01-a.md': md(chapter()) }))).toEqual([
      {
        file: 'content/ko/chapters/01-a.md',
        field: 'translationOf',
        message:
          'A Korean file must name its English counterpart: add translationOf: { file: "content/chapters/<same name>.md" (content/pages/… for a page), revision: "<12 hex digits>", date: YYYY-MM-DD }; npm run translations -- --accept <this file> writes it for you.',
      },
    ]);
  });

  it('fails a translationOf that names another English file', () => {
    expect(checkTranslations(project({ 'content/ko/chapters/01-a.md': md(chapter(of('content/chapters/02-b.md'))) }))).toEqual([
      {
        file: 'content/ko/chapters/01-a.md',
        field: 'translationOf.file',
        message:
          'names content/chapters/02-b.md, but this file translates content/chapters/01-a.md (Korean files share the English file’s name).',
        hint: 'Write file: content/chapters/01-a.md, then run npm run translations -- --accept content/ko/chapters/01-a.md once the text follows it.',
      },
    ]);
  });

  it('fails a translationOf that names a file that does not exist', () => {
    expect(checkTranslations(project({ 'content/ko/chapters/01-a.md': md(chapter(of('content/chapters/01-the-a.md'))) }))).toEqual([
      {
        file: 'content/ko/chapters/01-a.md',
        field: 'translationOf.file',
        message:
          'names content/chapters/01-the-a.md, which does not exist, but this file translates content/chapters/01-a.md (Korean files share the English file’s name).',
        hint: 'Write file: content/chapters/01-a.md, then run npm run translations -- --accept content/ko/chapters/01-a.md once the text follows it.',
      },
    ]);
  });

  it('fails a Korean file whose English counterpart does not exist', () => {
    expect(checkTranslations(project({ 'content/ko/chapters/09-extra.md': md(chapter(of('content/chapters/09-extra.md'))) }))).toEqual([
      {
        file: 'content/ko/chapters/09-extra.md',
        message: 'has no English counterpart: content/chapters/09-extra.md does not exist.',
        hint: 'A Korean file takes the name of the English file it translates; rename it, or write content/chapters/09-extra.md first.',
      },
    ]);
  });

  it('fails a malformed revision, and a Korean page without translationOf', () => {
    const root = project({
      'content/ko/chapters/01-a.md': md(chapter(of('content/chapters/01-a.md')).replace('0123456789ab', 'abc')),
      'content/ko/pages/methodology.md': md('title: 방법론\ndescription: 설명.'),
    });
    expect(checkTranslations(root).map((i) => `${i.file} ${i.field}: ${i.message.split('.')[0]}`)).toEqual([
      'content/ko/chapters/01-a.md translationOf.revision: 12 lower-case hex digits',
      'content/ko/pages/methodology.md translationOf: A Korean file must name its English counterpart: add translationOf: { file: "content/chapters/<same name>',
    ]);
  });
});
