/**
 * Problems found in data/: each names the file, the record, the field, what was expected and how
 * to fix it, so that an editor can act on the build error without reading code.
 */

export interface DataIssue {
  /** Path of the file relative to the project, e.g. "data/places.json". */
  file: string;
  /** The record's id, or its position ("record 3") when it has no usable id. */
  record?: string;
  /** Dot path of the field inside the record, e.g. "coordinates.source" or "roles[1].sources[0]". */
  field?: string;
  /** What is wrong and what was expected. */
  message: string;
  /** What the field means or how to fix it. */
  hint?: string;
}

/** One line (two with a hint) describing a single problem. */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.record) where.push(`record ${issue.record}`);
  if (issue.field) where.push(`field "${issue.field}"`);
  const head = `${where.join(', ')}: ${issue.message}`;
  return issue.hint ? `${head}\n   ${issue.hint}` : head;
}

/** Thrown when an editor's files hold anything the site must not publish; lists every problem. */
export class EditorError extends Error {
  readonly issues: DataIssue[];

  constructor(issues: DataIssue[], where: string, help: string) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = issues.map((issue, i) => `${i + 1}. ${formatIssue(issue)}`);
    super(`${where} has ${count}, so the build stopped before publishing anything wrong.\n${lines.join('\n')}\n${help}`);
    this.name = 'EditorError';
    this.issues = issues;
  }
}

/** Thrown when data/ holds anything the site must not publish. */
export class DataValidationError extends EditorError {
  constructor(issues: DataIssue[]) {
    super(issues, 'data/', 'Each field is described in data/README.md.');
    this.name = 'DataValidationError';
  }
}

/** Thrown when a chapter's frontmatter is wrong. */
export class ChapterError extends EditorError {
  constructor(issues: DataIssue[]) {
    super(
      issues,
      'content/chapters/',
      'Each frontmatter field is described in src/lib/schemas/chapter.ts; EDITING.md explains every build error and how to fix it.',
    );
    this.name = 'ChapterError';
  }
}

/** Thrown when an editor-written page or a correction has wrong frontmatter. */
export class ContentError extends EditorError {
  constructor(issues: DataIssue[], folder: string) {
    super(
      issues,
      `${folder}/`,
      'The fields are described in src/lib/schemas/ (page.ts, correction.ts); EDITING.md explains every build error and how to fix it.',
    );
    this.name = 'ContentError';
  }
}

/** Renders a field path such as ["roles", 0, "sources", 1] as "roles[0].sources[1]". */
export function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/** How a record is named in messages: its id when it has a usable one, else its position. */
export function recordLabel(record: unknown, index: number): string {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? `"${id}"` : `number ${index + 1} (it has no id)`;
}
