// The published story itself: no chapter or page holds a figure typed by hand where it should come
// from data/ through :figure[…]. The build stops at the first one; this test lists them all at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { typedNumberProblem, typedNumbersInMarkdown } from '../markdown/typed-numbers';
import { getDataset } from '../lib/data';
import { citableFigures } from '../lib/figures';
import { handTypedNumbers } from '../lib/content/numerals';

const figures = citableFigures(getDataset());
// Corrections may quote the wrong number they replace, so they are not scanned.
const FOLDERS = ['content/chapters', 'content/pages'];
const FIELDS = ['title', 'dek', 'summary', 'description', 'shareImageAlt'];

function files(): string[] {
  return FOLDERS.flatMap((folder) =>
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
      return typedNumbersInMarkdown(content).map((n) => `${file}:${n.line + offset}:${n.column}: ${typedNumberProblem(n.text, figures)}`);
    });
    expect(problems).toEqual([]);
  });

  it('types no figure by hand in any headline, dek, summary or description', () => {
    const problems = files().flatMap((file) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(process.cwd(), file), 'utf8'));
      return FIELDS.flatMap((field) =>
        typeof frontmatter[field] === 'string'
          ? handTypedNumbers(frontmatter[field]).map((n) => `${file}, field "${field}": ${typedNumberProblem(n.text, figures)}`)
          : [],
      );
    });
    expect(problems).toEqual([]);
  });
});
