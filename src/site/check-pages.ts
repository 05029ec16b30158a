/**
 * Checks the frontmatter of the editor-written pages (content/pages) and of the corrections
 * (content/corrections) before the build; a correction must name a chapter that exists.
 */
import type { DataIssue } from '../lib/data/issues';
import { didYouMean } from '../lib/nearest';
import { CorrectionSchema } from '../lib/schemas/correction';
import { PageSchema } from '../lib/schemas/page';
import { checkFolder } from './check-folder';

/** The pages the site builds from content/pages; each must exist. */
export const REQUIRED_PAGES = ['home', 'methodology', 'responses', 'sources', 'corrections', 'directory', 'data', 'search'];

/** Problems in content/pages: bad frontmatter, or a page the site needs that is missing. */
export function checkPages(dir: string, label = 'content/pages'): DataIssue[] {
  const { issues, files } = checkFolder(dir, label, {
    schema: PageSchema,
    name: /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/,
    nameHint: 'Name pages in lower-case words joined by hyphens, e.g. "methodology.md".',
    fieldsHint: 'Start the file with a "---" line, the fields title and description, and another "---" line.',
  });
  const present = new Set(files.map((f) => f.id));
  const responses = files.find((f) => f.id === 'responses');
  if (responses && !responses.data.standingNote) {
    issues.push({
      file: responses.file,
      field: 'standingNote',
      message: 'is missing, and every page about a company, ship, place or make prints it.',
      hint: 'Add one sentence, e.g. standingNote: "Being named on this site is not an accusation of wrongdoing."',
    });
  }
  for (const page of REQUIRED_PAGES) {
    if (!present.has(page) && !issues.some((i) => i.file === `${label}/${page}.md`)) {
      issues.push({
        file: `${label}/${page}.md`,
        message: 'is missing, and the site needs it.',
        hint: 'Restore the file from version control, or write it with a title and a description.',
      });
    }
  }
  return issues;
}

/** Problems in content/corrections: bad frontmatter, or a chapter that does not exist. */
export function checkCorrections(dir: string, chapterSlugs: string[], label = 'content/corrections'): DataIssue[] {
  const { issues, files } = checkFolder(dir, label, {
    schema: CorrectionSchema,
    name: /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/,
    nameHint: 'Name corrections by date and a few words, e.g. "2026-12-01-days-dark.md".',
    fieldsHint: 'Start the file with a "---" line, the fields date, summary and (for a chapter) chapter, and another "---" line.',
  });
  for (const { file, data } of files) {
    if (data.chapter && !chapterSlugs.includes(data.chapter)) {
      issues.push({
        file,
        field: 'chapter',
        message: `names "${data.chapter}", which is not a chapter. ${didYouMean(data.chapter, chapterSlugs)}`.trim(),
        hint: 'Use the chapter’s address without slashes: "the-vehicles" for /chapters/the-vehicles/.',
      });
    }
  }
  return issues;
}
