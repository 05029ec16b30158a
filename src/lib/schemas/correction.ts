/**
 * Frontmatter of a correction (content/corrections/*.md): one file per correction, dated, naming
 * the chapter it corrects. The body says what was wrong and what is right.
 */
import { z } from 'astro/zod';
import { described } from './chapter';

export const CorrectionSchema = z
  .object({
    date: described(z.coerce.date(), 'Date the correction was made, written YYYY-MM-DD.'),
    summary: described(
      z.string().min(1).max(200),
      'One sentence saying what was corrected, at most 200 characters; it is the title in the feed.',
    ),
    chapter: described(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      'The chapter corrected, by its address: "the-vehicles" for /chapters/the-vehicles/; leave out for a correction to another page.',
    ).optional(),
  })
  .strict();

export type CorrectionFrontmatter = z.infer<typeof CorrectionSchema>;
