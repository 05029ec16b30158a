import { describe, expect, it } from 'vitest';
import { ChapterSchema } from './chapter';
import { jsonSchemaOf } from './json-schema';

const valid = {
  title: 'The vehicles',
  dek: 'A dek.',
  order: 1,
  published: '2026-11-28',
  authors: ['A. Writer'],
  summary: 'A summary.',
};

function errorFor(data: Record<string, unknown>): string {
  const result = ChapterSchema.safeParse(data);
  if (result.success) throw new Error('expected the frontmatter to be rejected');
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('ChapterSchema', () => {
  it('accepts a complete chapter and fills in draft', () => {
    const parsed = ChapterSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.published.toISOString().slice(0, 10)).toBe('2026-11-28');
  });

  it('names the field and repeats its description when a value has the wrong type', () => {
    expect(errorFor({ ...valid, order: 'first' })).toBe(
      'order: Expected number, received string. This field: Position of the chapter in the story: 1 for the first, 2 for the next, and so on.',
    );
  });

  it('explains a missing field', () => {
    const { dek: _dek, ...rest } = valid;
    expect(errorFor(rest)).toContain('dek: Required. This field: One sentence under the headline');
  });

  it('explains an unreadable date', () => {
    expect(errorFor({ ...valid, published: '28/11/2026' })).toContain(
      'published: Invalid date. This field: Date the chapter was first published, written YYYY-MM-DD.',
    );
  });

  it('rejects an updated date before the published date', () => {
    expect(errorFor({ ...valid, updated: '2026-01-01' })).toContain('updated: The updated date is before the published date.');
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(errorFor({ ...valid, tilte: 'Oops' })).toContain("Unrecognized key(s) in object: 'tilte'");
  });

  it('every field has a one-sentence description', () => {
    const fields = Object.entries(jsonSchemaOf(ChapterSchema).properties ?? {});
    expect(fields.map(([name]) => name)).toEqual([
      'title',
      'dek',
      'order',
      'published',
      'updated',
      'authors',
      'summary',
      'shareImageAlt',
      'draft',
    ]);
    for (const [name, field] of fields) {
      expect(field.description, name).toMatch(/^[A-Z].+\.$/);
    }
  });
});
