/**
 * Frontmatter of a chapter (content/chapters/*.md). Every field has a one-sentence description,
 * and a bad value fails the build with that sentence next to the field's name.
 */
import { z } from 'astro/zod';

/** Attaches a description that is also appended to every error the field raises. */
export function described<T extends z.ZodTypeAny>(schema: T, description: string): T {
  const withMessages = schema.describe(description) as T;
  const errorMap: z.ZodErrorMap = (_issue, ctx) => ({ message: `${ctx.defaultError}. This field: ${description}` });
  // Rebuild the schema with the same definition plus our error map (zod 3 keeps it in _def).
  const Ctor = withMessages.constructor as new (def: unknown) => T;
  return new Ctor({ ...withMessages._def, errorMap });
}

/** An optional field whose errors still carry its description. */
function optional<T extends z.ZodTypeAny>(schema: T, description: string) {
  return described(schema, description).optional().describe(description);
}

const isoDate = z.coerce.date();

export const ChapterSchema = z
  .object({
    title: described(z.string().min(1), 'The chapter headline, shown at the top of the page, in the contents and in search results.'),
    dek: described(z.string().min(1), 'One sentence under the headline that tells the reader what the chapter shows.'),
    order: described(z.number().int().positive(), 'Position of the chapter in the story: 1 for the first, 2 for the next, and so on.'),
    published: described(isoDate, 'Date the chapter was first published, written YYYY-MM-DD.'),
    updated: optional(isoDate, 'Date of the last change that matters to readers, written YYYY-MM-DD; leave out if never updated.'),
    authors: described(z.array(z.string().min(1)).min(1), 'Names of the reporters who wrote the chapter, as a list such as ["A. Writer"].'),
    summary: described(z.string().min(1).max(300), 'Two or three sentences for the home page and for sharing, at most 300 characters.'),
    shareImageAlt: optional(
      z.string().min(1),
      "Describes the chapter's share card for people who cannot see it; leave it out and the site describes the card itself (its title and dek).",
    ),
    draft: described(z.boolean(), 'Set to true to keep the chapter out of the published site while it is being written.')
      .default(false)
      .describe('Set to true to keep the chapter out of the published site while it is being written.'),
  })
  .strict()
  .superRefine((chapter, ctx) => {
    if (chapter.updated && chapter.updated < chapter.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message:
          'The updated date is before the published date. This field: Date of the last change that matters to readers, written YYYY-MM-DD.',
      });
    }
  });

export type ChapterFrontmatter = z.infer<typeof ChapterSchema>;
