// The published story itself: no chapter or page holds a figure typed by hand where it should come
// from data/ through :figure[…]. The build stops at the first one; this test lists them all at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { handTypedNumbersIn, typedNumberProblem, typedNumbersInMarkdown } from '../markdown/typed-numbers';
import { getDataset } from '../lib/data';
import { citableFigures } from '../lib/figures';
import type { Lang } from '../lib/i18n/langs';

const figures = citableFigures(getDataset());
// Corrections may quote the wrong number they replace, so they are not scanned. The Korean edition
// is checked with the Korean rules (src/markdown/typed-numbers-ko.ts).
const FOLDERS = ['content/chapters', 'content/pages', 'content/ko/chapters', 'content/ko/pages'];
const langOfFile = (file: string): Lang => (file.startsWith('content/ko/') ? 'ko' : 'en');
const FIELDS = ['title', 'dek', 'summary', 'description', 'shareImageAlt'];

function files(): string[] {
  return FOLDERS.filter((folder) => existsSync(join(process.cwd(), folder))).flatMap((folder) =>
    readdirSync(join(process.cwd(), folder))
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .map((n) => `${folder}/${n}`),
  );
}

describe('the story as published', () => {
  it('has chapters and pages to check', () => {
    expect(files().filter((f) => f.startsWith('content/chapters/')).length).toBeGreaterThanOrEqual(6);
  });

  it('types no figure by hand in any chapter or page body', () => {
    const problems = files().flatMap((file) => {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      const { content } = parseFrontmatter(text);
      const offset = text.slice(0, text.length - content.length).split('\n').length - 1;
      const lang = langOfFile(file);
      return typedNumbersInMarkdown(content, lang).map(
        (n) => `${file}:${n.line + offset}:${n.column}: ${typedNumberProblem(n.text, figures, lang)}`,
      );
    });
    expect(problems).toEqual([]);
  });

  it('types no figure by hand in any headline, dek, summary or description', () => {
    const problems = files().flatMap((file) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(process.cwd(), file), 'utf8'));
      return FIELDS.flatMap((field) =>
        typeof frontmatter[field] === 'string'
          ? handTypedNumbersIn(frontmatter[field], langOfFile(file)).map(
              (n) => `${file}, field "${field}": ${typedNumberProblem(n.text, figures, langOfFile(file))}`,
            )
          : [],
      );
    });
    expect(problems).toEqual([]);
  });
});
