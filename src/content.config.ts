/** Content collections: what editors write in content/ (chapters, pages and corrections). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './lib/schemas/chapter';
import { CorrectionSchema } from './lib/schemas/correction';
import { PageSchema } from './lib/schemas/page';
import { KoChapterSchema, KoPageSchema } from './lib/schemas/translation';

const chapters = defineCollection({
  loader: glob({ pattern: ['**/*.md', '!**/README.md'], base: './content/chapters' }),
  schema: ChapterSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: PageSchema,
});

const corrections = defineCollection({
  // README.md in that folder tells editors how to add a correction; it is not one.
  loader: glob({ pattern: ['*.md', '!README.md'], base: './content/corrections' }),
  schema: CorrectionSchema,
});

// The Korean edition: one file per English chapter or page, under the same file name.
const koChapters = defineCollection({
  loader: glob({ pattern: ['**/*.md', '!**/README.md'], base: './content/ko/chapters' }),
  schema: KoChapterSchema,
});

const koPages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/ko/pages' }),
  schema: KoPageSchema,
});

export const collections = { chapters, pages, corrections, koChapters, koPages };
