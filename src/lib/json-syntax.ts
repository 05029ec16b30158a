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

/** The first syntax problem in a JSON text, or undefined when it parses. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const found = () => (i >= text.length ? 'the end of the file' : text[i] === '"' ? 'a double quote' : `"${text[i]}"`);
  class Stop extends Error {
    constructor(readonly problem: JsonSyntaxProblem) {
      super(problem.message);
    }
  }
  const fail = (message: string): never => {
    throw new Stop({ offset: Math.min(i, text.length), message });
  };

  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') fail('a string runs past the end of its line (a closing quote is missing)');
      i++;
    }
    if (i >= text.length) fail('a string is never closed (a closing quote is missing)');
    i++;
  };

  const value = (after: string): void => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (literal) {
      i += literal[0].length;
      return;
    }
    if (c === "'") fail('strings need double quotes ("…"), not single quotes');
    if (c === ']' || c === '}') fail(`expected a value ${after} but found ${found()} (a trailing comma?)`);
    fail(`expected a value ${after} but found ${found()}`);
  };

  const object = () => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === '}') fail('expected a field name in double quotes but found "}" (a trailing comma?)');
      if (text[i] !== '"') fail(`expected a field name in double quotes but found ${found()}`);
      string();
      ws();
      if (text[i] !== ':') fail(`expected ":" after the field name but found ${found()}`);
      i++;
      value('after ":"');
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}" after a value but found ${found()} (a missing comma?)`);
    }
  };

  const array = () => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value('in the list');
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]" after a value but found ${found()} (a missing comma?)`);
    }
  };

  try {
    value('at the start of the file');
    ws();
    if (i < text.length) fail(`expected the end of the file but found ${found()}`);
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
  return undefined;
}
