/** An error in a chapter's Markdown, located by file, line and column, with a fix. */
export class MarkdownError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${problem}`);
    this.name = 'MarkdownError';
  }
}
