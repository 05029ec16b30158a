/**
 * Finds where a JSON text first goes wrong and says what was expected there, because the message
 * of JSON.parse does not always give a position (and never a line).
 */

export interface JsonSyntaxProblem {
  /** Offset of the offending character in the text. */
  offset: number;
  /** What the parser expected and what it found. */
  message: string;
}

/** The text being read and how far the reading has got. */
interface Cursor {
  readonly text: string;
  i: number;
}

/** Thrown by `fail` to unwind the reader at the first problem. */
class Stop extends Error {
  constructor(readonly problem: JsonSyntaxProblem) {
    super(problem.message);
  }
}

function fail(c: Cursor, message: string): never {
  throw new Stop({ offset: Math.min(c.i, c.text.length), message });
}

function skipSpace(c: Cursor): void {
  while (c.i < c.text.length && ' \t\n\r'.includes(c.text[c.i])) c.i++;
}

/** The character at the cursor, as a message names it. */
function found(c: Cursor): string {
  if (c.i >= c.text.length) return 'the end of the file';
  return c.text[c.i] === '"' ? 'a double quote' : `"${c.text[c.i]}"`;
}

/** Steps over `close` when it is the next character, and says whether it was. */
function closes(c: Cursor, close: string): boolean {
  if (c.text[c.i] !== close) return false;
  c.i++;
  return true;
}

function readString(c: Cursor): void {
  c.i++;
  while (c.i < c.text.length && c.text[c.i] !== '"') {
    if (c.text[c.i] === '\\') c.i++;
    else if (c.text[c.i] === '\n') fail(c, 'a string runs past the end of its line (a closing quote is missing)');
    c.i++;
  }
  if (c.i >= c.text.length) fail(c, 'a string is never closed (a closing quote is missing)');
  c.i++;
}

/** Reads one value; `after` says where it stands, for the message when there is none. */
function readValue(c: Cursor, after: string): void {
  skipSpace(c);
  const ch = c.text[c.i];
  if (ch === '{') return readObject(c);
  if (ch === '[') return readArray(c);
  if (ch === '"') return readString(c);
  const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(c.text.slice(c.i));
  if (literal) {
    c.i += literal[0].length;
    return;
  }
  if (ch === "'") fail(c, 'strings need double quotes ("…"), not single quotes');
  if (ch === ']' || ch === '}') fail(c, `expected a value ${after} but found ${found(c)} (a trailing comma?)`);
  fail(c, `expected a value ${after} but found ${found(c)}`);
}

/** Reads `"name": value`, with the space around it. */
function readMember(c: Cursor): void {
  skipSpace(c);
  if (c.text[c.i] === '}') fail(c, 'expected a field name in double quotes but found "}" (a trailing comma?)');
  if (c.text[c.i] !== '"') fail(c, `expected a field name in double quotes but found ${found(c)}`);
  readString(c);
  skipSpace(c);
  if (c.text[c.i] !== ':') fail(c, `expected ":" after the field name but found ${found(c)}`);
  c.i++;
  readValue(c, 'after ":"');
  skipSpace(c);
}

/**
 * Reads the items of an object or list after its opening bracket, through `close`; each item is
 * followed by "," and another item, or by `close`.
 */
function readItems(c: Cursor, close: string, readItem: (c: Cursor) => void): void {
  c.i++;
  skipSpace(c);
  if (closes(c, close)) return;
  for (;;) {
    readItem(c);
    if (closes(c, ',')) continue;
    if (closes(c, close)) return;
    fail(c, `expected "," or "${close}" after a value but found ${found(c)} (a missing comma?)`);
  }
}

function readObject(c: Cursor): void {
  readItems(c, '}', readMember);
}

function readArray(c: Cursor): void {
  readItems(c, ']', (cursor) => {
    readValue(cursor, 'in the list');
    skipSpace(cursor);
  });
}

/** The first syntax problem in a JSON text, or undefined when it parses. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const c: Cursor = { text, i: 0 };
  try {
    readValue(c, 'at the start of the file');
    skipSpace(c);
    if (c.i < text.length) fail(c, `expected the end of the file but found ${found(c)}`);
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
  return undefined;
}
