/**
 * Frontmatter of the Korean edition (content/ko/chapters/*.md and content/ko/pages/*.md): the
 * English fields, plus `translationOf`, which names the English file the text translates and the
 * revision of it that the translator followed. The build compares that revision with the English
 * file as it is now and reports stale translations (src/site/translations.ts).
 */
import { z } from 'astro/zod';
import { checkChapterDates, ChapterFields } from './chapter';
import { field } from './field';
import { PageSchema } from './page';

const FILE = 'The English file this translates, from the project root, e.g. "content/chapters/06-the-maybach-journey.md".';
const REVISION =
  'The first 12 hex digits of the SHA-256 of the English file as it was when translated; `npm run translations -- --accept <file>` writes it.';
const DATE = 'The date of the English edition this translation follows, written YYYY-MM-DD.';

export const TranslationOf = z
  .object({
    file: z
      .string(field(FILE))
      .regex(/^content\/(chapters|pages)\/[a-z0-9-]+\.md$/, 'a path such as "content/chapters/06-the-maybach-journey.md"')
      .describe(FILE),
    revision: z
      .string(field(REVISION))
      .regex(/^[0-9a-f]{12}$/, '12 lower-case hex digits')
      .describe(REVISION),
    date: z.coerce.date(field(DATE)).describe(DATE),
  })
  .strict()
  .describe('Which English file, and which revision of it, this Korean text translates.');

const translationOf = TranslationOf.optional().refine((v) => v !== undefined, {
  message:
    'A Korean file must name its English counterpart: add translationOf: { file: "content/chapters/<same name>.md" (content/pages/… for a page), revision: "<12 hex digits>", date: YYYY-MM-DD }; npm run translations -- --accept <this file> writes it for you.',
});

export const KoChapterSchema = ChapterFields.extend({ translationOf }).strict().superRefine(checkChapterDates);
export const KoPageSchema = PageSchema.extend({ translationOf }).strict();

export type KoChapterFrontmatter = z.infer<typeof KoChapterSchema>;
