/**
 * Checks the Korean edition's frontmatter before the build (content/ko/chapters, content/ko/pages):
 * the Korean schema (the English fields plus translationOf), and that translationOf names the
 * English file of the same name, which must exist. A Korean file without an English counterpart
 * would be a page the English site does not have, so it stops the build; a Korean file that is
 * merely behind its English one is a warning (src/site/translations.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../lib/data/issues';
import { KoChapterSchema, KoPageSchema } from '../lib/schemas/translation';
import { sharedOrders } from './check-chapters';
import { type CheckedFile, checkFolder } from './check-folder';

const CHAPTER_RULES = {
  schema: KoChapterSchema,
  name: /^\d+-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/,
  nameHint: 'Give a Korean chapter the file name of the English chapter it translates, e.g. "06-the-maybach-journey.md".',
  fieldsHint:
    'Start the file with a "---" line, the English fields in Korean (title, dek, order, published, authors, summary), translationOf, and another "---" line.',
};

const PAGE_RULES = {
  schema: KoPageSchema,
  name: /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/,
  nameHint: 'Give a Korean page the file name of the English page it translates, e.g. "methodology.md".',
  fieldsHint: 'Start the file with a "---" line, the fields title and description in Korean, translationOf, and another "---" line.',
};

type Kind = 'chapters' | 'pages';

/** Problems with what translationOf names: the English file of the same name, which must exist. */
export function counterpartIssues(root: string, kind: Kind, file: CheckedFile<{ translationOf?: { file: string } }>): DataIssue[] {
  const expected = `content/${kind}/${file.id}.md`;
  const named = file.data.translationOf?.file;
  const exists = existsSync(join(root, expected));
  const issues: DataIssue[] = [];
  if (!exists) {
    issues.push({
      file: file.file,
      message: `has no English counterpart: ${expected} does not exist.`,
      hint: `A Korean file takes the name of the English file it translates; rename it, or write ${expected} first.`,
    });
  }
  if (named && named !== expected) {
    const missing = existsSync(join(root, named)) ? '' : ', which does not exist';
    issues.push({
      file: file.file,
      field: 'translationOf.file',
      message: `names ${named}${missing}, but this file translates ${expected} (Korean files share the English file’s name).`,
      hint: exists
        ? `Write file: ${expected}, then run npm run translations -- --accept ${file.file} once the text follows it.`
        : 'Rename the Korean file after the English file it translates, and name that file here.',
    });
  }
  return issues;
}

/** Problems in one Korean folder; chapters also may not share a position. */
function checkKoFolder(root: string, kind: Kind): DataIssue[] {
  const label = `content/ko/${kind}`;
  const { issues, files } =
    kind === 'chapters' ? checkFolder(join(root, label), label, CHAPTER_RULES) : checkFolder(join(root, label), label, PAGE_RULES);
  for (const file of files) issues.push(...counterpartIssues(root, kind, file));
  if (kind === 'chapters')
    issues.push(
      ...sharedOrders(
        files as CheckedFile<{ order: number; draft?: boolean }>[],
        'Give a Korean chapter the order of the English chapter it translates.',
      ),
    );
  return issues;
}

/** Problems in content/ko/chapters and content/ko/pages under the project root. */
export function checkTranslations(root: string): DataIssue[] {
  return [...checkKoFolder(root, 'chapters'), ...checkKoFolder(root, 'pages')];
}
