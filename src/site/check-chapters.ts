/**
 * Checks every chapter's frontmatter before the build, with the same schema as the content
 * collection, and that no two published chapters claim the same position.
 */
import { ChapterSchema } from '../lib/schemas/chapter';
import type { DataIssue } from '../lib/data/issues';
import { type CheckedFile, checkFolder } from './check-folder';

const RULES = {
  schema: ChapterSchema,
  name: /^\d+-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/,
  nameHint: 'Name chapters like "03-the-facilitators.md": a number, a hyphen, then lower-case words joined by hyphens.',
  fieldsHint: 'Start the file with a "---" line, the fields (title, dek, order, published, authors, summary), and another "---" line.',
};

/** Published chapters (drafts do not count) that claim the position of one before them; `hint` says what to do. */
export function sharedOrders(files: CheckedFile<{ order: number; draft?: boolean }>[], hint: string): DataIssue[] {
  const orders = new Map<number, string>();
  const issues: DataIssue[] = [];
  for (const { file, data } of files) {
    if (data.draft) continue;
    const other = orders.get(data.order);
    if (other) issues.push({ file, field: 'order', message: `is ${data.order}, the same as in ${other}.`, hint });
    else orders.set(data.order, file);
  }
  return issues;
}

/** Problems in the frontmatter of the chapters in `dir` (reported with `label` as their folder). */
export function checkChapters(dir: string, label = 'content/chapters'): DataIssue[] {
  const { issues, files } = checkFolder(dir, label, RULES);
  return [...issues, ...sharedOrders(files, 'Give each published chapter its own position; renumber the chapters after it.')];
}

/** The address slugs of the chapters in `dir` ("01-the-findings.md" → "the-findings"). */
export function chapterSlugsIn(dir: string): string[] {
  return checkFolder(dir, 'content/chapters', RULES).files.map((f) => f.id.replace(/^\d+-/, ''));
}
