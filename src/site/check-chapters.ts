/**
 * Checks every chapter's frontmatter before the build, with the same schema as the content
 * collection, and that no two published chapters claim the same position.
 */
import { ChapterSchema } from '../lib/schemas/chapter';
import type { DataIssue } from '../lib/data/issues';
import { checkFolder } from './check-folder';

const RULES = {
  schema: ChapterSchema,
  name: /^\d+-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/,
  nameHint: 'Name chapters like "03-the-facilitators.md": a number, a hyphen, then lower-case words joined by hyphens.',
  fieldsHint: 'Start the file with a "---" line, the fields (title, dek, order, published, authors, summary), and another "---" line.',
};

/** Problems in the frontmatter of the chapters in `dir` (reported with `label` as their folder). */
export function checkChapters(dir: string, label = 'content/chapters'): DataIssue[] {
  const { issues, files } = checkFolder(dir, label, RULES);
  const orders = new Map<number, string>();
  for (const { file, data } of files) {
    if (data.draft) continue;
    const other = orders.get(data.order);
    if (other) {
      issues.push({
        file,
        field: 'order',
        message: `is ${data.order}, the same as in ${other}.`,
        hint: 'Give each published chapter its own position; renumber the chapters after it.',
      });
    } else orders.set(data.order, file);
  }
  return issues;
}

/** The address slugs of the chapters in `dir` ("01-the-findings.md" → "the-findings"). */
export function chapterSlugsIn(dir: string): string[] {
  return checkFolder(dir, 'content/chapters', RULES).files.map((f) => f.id.replace(/^\d+-/, ''));
}
