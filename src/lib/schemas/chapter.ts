/**
 * Frontmatter of a chapter (content/chapters/*.md). Every field has a one-sentence description,
 * and a bad value fails the build with that sentence next to the field's name.
 */
import { z } from 'astro/zod';
import { field } from './field';

const UPDATED = 'Date of the last change that matters to readers, written YYYY-MM-DD; leave out if never updated.';
const SHARE_IMAGE_ALT =
  "Describes the chapter's share card for people who cannot see it; leave it out and the site describes the card itself (its title and dek).";
const DRAFT = 'Set to true to keep the chapter out of the published site while it is being written.';

/** The fields of a chapter, before the cross-field checks (the Korean schema extends them). */
export const ChapterFields = z
  .object({
    title: z.string(field('The chapter headline, shown at the top of the page, in the contents and in search results.')).min(1),
    dek: z.string(field('One sentence under the headline that tells the reader what the chapter shows.')).min(1),
    order: z.number(field('Position of the chapter in the story: 1 for the first, 2 for the next, and so on.')).int().positive(),
    published: z.coerce.date(field('Date the chapter was first published, written YYYY-MM-DD.')),
    // An optional field carries its description on the wrapper too, so it reads the same from outside.
    updated: z.coerce.date(field(UPDATED)).optional().describe(UPDATED),
    authors: z.array(z.string().min(1), field('Names of the reporters who wrote the chapter, as a list such as ["A. Writer"].')).min(1),
    summary: z.string(field('Two or three sentences for the home page and for sharing, at most 300 characters.')).min(1).max(300),
    shareImageAlt: z.string(field(SHARE_IMAGE_ALT)).min(1).optional().describe(SHARE_IMAGE_ALT),
    draft: z.boolean(field(DRAFT)).default(false).describe(DRAFT),
  })
  .strict();

/** The published date comes first: an updated date before it is a typing slip. */
export function checkChapterDates(chapter: { published: Date; updated?: Date }, ctx: z.RefinementCtx): void {
  {
    if (chapter.updated && chapter.updated < chapter.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message:
          'The updated date is before the published date. This field: Date of the last change that matters to readers, written YYYY-MM-DD.',
      });
    }
  }
}

export const ChapterSchema = ChapterFields.superRefine(checkChapterDates);

export type ChapterFrontmatter = z.infer<typeof ChapterSchema>;
