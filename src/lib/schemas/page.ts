/**
 * Frontmatter of an editor-written page (content/pages/*.md): the home page's findings, the
 * methodology, the statement on naming, the introductions to the sources and corrections pages.
 */
import { z } from 'astro/zod';
import { field } from './field';

export const PageSchema = z
  .object({
    title: z.string(field('The page headline, shown at the top of the page and in the browser tab.')).min(1),
    description: z.string(field('One or two sentences for search results and sharing, at most 300 characters.')).min(1).max(300),
    dek: z.string(field('One sentence under the headline; leave out for no sentence.')).min(1).optional(),
    standingNote: z
      .string(
        field(
          'Only on the responses page: the sentence every entity page prints near its top, with a link back to this page; at most 200 characters.',
        ),
      )
      .min(1)
      .max(200)
      .optional(),
    updated: z.coerce
      .date(field('Date of the last change that matters to readers, written YYYY-MM-DD; leave out if never updated.'))
      .optional(),
  })
  .strict();

export type PageFrontmatter = z.infer<typeof PageSchema>;
