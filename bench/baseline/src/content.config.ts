import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Every entry of the corpus in one collection; only the title is read.
const entries = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { entries };
