/** Chapter helpers: URLs from file names, and the line where a chapter's body starts. */
import { readFileSync } from 'node:fs';

/** The URL slug of a chapter: its file id without the leading order number ("02-the-routes" → "the-routes"). */
export function chapterSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}

/** How many lines of the file come before `body` (the frontmatter), for error line numbers. */
export function bodyLineOffset(filePath: string, body: string): number {
  const text = readFileSync(filePath, 'utf8');
  const start = body.trim() ? text.indexOf(body.trimStart().slice(0, 200)) : -1;
  return start > 0 ? text.slice(0, start).split('\n').length - 1 : 0;
}
