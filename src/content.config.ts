/** Content collections: the chapters editors write in content/chapters. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './lib/schemas/chapter';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/chapters' }),
  schema: ChapterSchema,
});

export const collections = { chapters };
