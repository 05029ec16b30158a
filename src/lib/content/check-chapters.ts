/**
 * Checks every chapter's frontmatter before the build, with the same schema as the content
 * collection, so an editor sees the file, the field, what was expected and what the field means.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { type DataIssue, fieldPath } from '../data/issues';
import { ChapterSchema } from '../schemas/chapter';

/** Problems in the frontmatter of the chapters in `dir` (reported with `label` as their folder). */
export function checkChapters(dir: string, label = 'content/chapters'): DataIssue[] {
  const issues: DataIssue[] = [];
  const orders = new Map<number, string>();
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const name of files) {
    const file = `${label}/${name}`;
    if (!/^\d+-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/.test(name)) {
      issues.push({ file, message: 'has a name the site cannot turn into an address.', hint: 'Name chapters like "03-the-facilitators.md": a number, a hyphen, then lower-case words joined by hyphens.' });
    }
    const text = readFileSync(join(dir, name), 'utf8');
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = parseFrontmatter(text).frontmatter;
    } catch (error) {
      const mark = (error as { mark?: { line: number; column: number } }).mark;
      const at = mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : '';
      issues.push({ file, field: 'frontmatter', message: `could not be read${at}: ${(error as Error).message.split('\n')[0].replace(/ \(\d+:\d+\)$/, '')}.`, hint: 'Frontmatter is YAML between two "---" lines: one "field: value" per line; put quotes around values that contain a colon.' });
      continue;
    }
    if (Object.keys(frontmatter).length === 0) {
      issues.push({ file, field: 'frontmatter', message: 'is missing.', hint: 'Start the file with a "---" line, the fields (title, dek, order, published, authors, summary, shareImageAlt), and another "---" line.' });
      continue;
    }
    const result = ChapterSchema.safeParse(frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const received = issue.path.length ? frontmatter[String(issue.path[0])] : undefined;
        const got = issue.code === 'invalid_type' && received !== undefined ? ` (the file has ${JSON.stringify(received)})` : '';
        issues.push({ file, field: issue.path.length ? fieldPath(issue.path) : undefined, message: `${issue.message.replace(/\. This field:/, `${got}. This field:`)}` });
      }
      continue;
    }
    const other = orders.get(result.data.order);
    if (other && !result.data.draft) {
      issues.push({ file, field: 'order', message: `is ${result.data.order}, the same as in ${other}.`, hint: 'Give each published chapter its own position; renumber the chapters after it.' });
    } else if (!result.data.draft) orders.set(result.data.order, file);
  }
  return issues;
}
