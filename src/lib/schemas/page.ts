/**
 * Frontmatter of an editor-written page (content/pages/*.md): the home page's findings, the
 * methodology, the statement on naming, the introductions to the sources and corrections pages.
 */
import { z } from 'astro/zod';
import { described } from './chapter';

export const PageSchema = z
  .object({
    title: described(z.string().min(1), 'The page headline, shown at the top of the page and in the browser tab.'),
    description: described(z.string().min(1).max(300), 'One or two sentences for search results and sharing, at most 300 characters.'),
    dek: described(z.string().min(1), 'One sentence under the headline; leave out for no sentence.').optional(),
    standingNote: described(
      z.string().min(1).max(200),
      'Only on the responses page: the sentence every entity page prints near its top, with a link back to this page; at most 200 characters.',
    ).optional(),
    updated: described(
      z.coerce.date(),
      'Date of the last change that matters to readers, written YYYY-MM-DD; leave out if never updated.',
    ).optional(),
  })
  .strict();

export type PageFrontmatter = z.infer<typeof PageSchema>;
