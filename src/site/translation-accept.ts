/**
 * `npm run translations -- --accept content/ko/chapters/X.md`: after an editor has brought a
 * Korean file up to date with its English counterpart, records that in the Korean file's
 * translationOf (the English file's revision now, and the English edition's date). Only those
 * lines of the frontmatter change; the text is the editor's.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishDateOf, revisionOf } from './translations';

export interface Accepted {
  korean: string;
  english: string;
  revision: string;
  date: string;
  /** What translationOf said before, when it said anything. */
  before?: string;
}

/** The English file a Korean file translates: content/ko/chapters/x.md → content/chapters/x.md. */
export function englishFileFor(korean: string): string {
  const match = /^(?:\.\/)?content\/ko\/(chapters|pages)\/([a-z0-9-]+\.md)$/.exec(korean);
  if (!match) {
    throw new Error(
      `"${korean}" is not a Korean chapter or page. Name the file from the project root, e.g. content/ko/chapters/06-the-maybach-journey.md.`,
    );
  }
  return `content/${match[1]}/${match[2]}`;
}

/** Frontmatter with translationOf replaced by (or given) the block for `english` at `revision` and `date`. */
export function withTranslationOf(text: string, english: string, revision: string, date: string): { text: string; before?: string } {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!frontmatter) throw new Error('has no frontmatter: start the file with "---", the fields, and another "---".');
  const block = `translationOf:\n  file: ${english}\n  revision: ${revision}\n  date: ${date}`;
  const lines = frontmatter[1].split('\n');
  const start = lines.findIndex((l) => /^translationOf:/.test(l));
  let before: string | undefined;
  if (start === -1) lines.push(block);
  else {
    let end = start + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end])) end += 1;
    before = lines.slice(start, end).join('\n');
    lines.splice(start, end - start, block);
  }
  const body = text.slice(frontmatter[0].length);
  return { text: `---\n${lines.join('\n')}\n---${body}`, before };
}

/** Rewrites the Korean file's translationOf to follow the English file as it is now. */
export function acceptTranslation(root: string, korean: string): Accepted {
  const english = englishFileFor(korean.replace(/^\.\//, ''));
  const koreanPath = join(root, korean);
  if (!existsSync(koreanPath)) throw new Error(`${korean} does not exist. Translate ${english} first, under that name.`);
  if (!existsSync(join(root, english))) throw new Error(`${korean} has no English counterpart: ${english} does not exist.`);
  const revision = revisionOf(join(root, english));
  const date = englishDateOf(root, english) ?? new Date().toISOString().slice(0, 10);
  const { text, before } = withTranslationOf(readFileSync(koreanPath, 'utf8'), english, revision, date);
  writeFileSync(koreanPath, text);
  return { korean: korean.replace(/^\.\//, ''), english, revision, date, before };
}
