/**
 * Reads the frontmatter of every Markdown file in one content folder and checks it against a
 * schema, so an editor sees the file, the field, what was expected and what the field means.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { type DataIssue, fieldPath } from '../lib/data/issues';

export interface FolderRules<S extends z.ZodTypeAny> {
  schema: S;
  /** File names the site can turn into addresses. */
  name: RegExp;
  /** How to name a file, shown when a name does not fit. */
  nameHint: string;
  /** The fields a new file starts with, shown when the frontmatter is missing. */
  fieldsHint: string;
}

export interface CheckedFile<T> {
  /** Path as editors see it, e.g. "content/chapters/01-the-findings.md". */
  file: string;
  /** File name without ".md". */
  id: string;
  data: T;
}

/** Problems in the frontmatter of the files in `dir`, and the files that passed, with their data. */
export function checkFolder<S extends z.ZodTypeAny>(
  dir: string,
  label: string,
  rules: FolderRules<S>,
): { issues: DataIssue[]; files: CheckedFile<z.infer<S>>[] } {
  const issues: DataIssue[] = [];
  const files: CheckedFile<z.infer<S>>[] = [];
  let names: string[];
  try {
    // A README.md explains the folder to editors; it is not content.
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .sort();
  } catch {
    return { issues, files };
  }
  for (const name of names) {
    const file = `${label}/${name}`;
    if (!rules.name.test(name)) issues.push({ file, message: 'has a name the site cannot turn into an address.', hint: rules.nameHint });
    const text = readFileSync(join(dir, name), 'utf8');
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = parseFrontmatter(text).frontmatter;
    } catch (error) {
      const mark = (error as { mark?: { line: number; column: number } }).mark;
      const at = mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : '';
      issues.push({
        file,
        field: 'frontmatter',
        message: `could not be read${at}: ${(error as Error).message.split('\n')[0].replace(/ \(\d+:\d+\)$/, '')}.`,
        hint: 'Frontmatter is YAML between two "---" lines: one "field: value" per line; put quotes around values that contain a colon.',
      });
      continue;
    }
    if (Object.keys(frontmatter).length === 0) {
      issues.push({ file, field: 'frontmatter', message: 'is missing.', hint: rules.fieldsHint });
      continue;
    }
    const result = rules.schema.safeParse(frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const received = issue.path.length ? frontmatter[String(issue.path[0])] : undefined;
        const got = issue.code === 'invalid_type' && received !== undefined ? ` (the file has ${JSON.stringify(received)})` : '';
        issues.push({
          file,
          field: issue.path.length ? fieldPath(issue.path) : undefined,
          message: `${issue.message.replace(/\. This field:/, `${got}. This field:`)}`,
        });
      }
      continue;
    }
    files.push({ file, id: name.replace(/\.md$/, ''), data: result.data });
  }
  return { issues, files };
}
