import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './json-syntax';

const problem = (text: string) => findJsonSyntaxProblem(text);

describe('findJsonSyntaxProblem(text)', () => {
  it('accepts valid JSON', () => {
    expect(problem('[{"a": 1, "b": [true, null, "x\\"y"]}]')).toBeUndefined();
  });
  it('points at a trailing comma in a list', () => {
    expect(problem('[1, 2,\n]')).toEqual({ offset: 7, message: 'expected a value in the list but found "]" (a trailing comma?)' });
  });
  it('points at a missing comma between fields', () => {
    expect(problem('{"a": 1\n "b": 2}')?.message).toBe('expected "," or "}" after a value but found a double quote (a missing comma?)');
  });
  it('explains single quotes and unclosed strings', () => {
    expect(problem("{'a': 1}")?.message).toBe('expected a field name in double quotes but found "\'"');
    expect(problem('["abc\n]')?.message).toBe('a string runs past the end of its line (a closing quote is missing)');
  });
  it('reports text after the end', () => {
    expect(problem('[] x')?.message).toBe('expected the end of the file but found "x"');
  });
});
