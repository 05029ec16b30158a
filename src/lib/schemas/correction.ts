/**
 * Frontmatter of a correction (content/corrections/*.md): one file per correction, dated, naming
 * the chapter it corrects. The body says what was wrong and what is right.
 */
import { z } from 'astro/zod';
import { field } from './field';

export const CorrectionSchema = z
  .object({
    date: z.coerce.date(field('Date the correction was made, written YYYY-MM-DD.')),
    summary: z
      .string(field('One sentence saying what was corrected, at most 200 characters; it is the title in the feed.'))
      .min(1)
      .max(200),
    chapter: z
      .string(
        field(
          'The chapter corrected, by its address: "the-vehicles" for /chapters/the-vehicles/; leave out for a correction to another page.',
        ),
      )
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
  })
  .strict();

export type CorrectionFrontmatter = z.infer<typeof CorrectionSchema>;
