import { glob } from 'astro/loaders';
import { contentFolder, type CollectionName } from './content-files.ts';

/**
 * The loader of every collection: each `<id>.mdx` in the folder, the file name being
 * the id. Astro's default would slugify names and honour a `slug` field, both of
 * which could move a published URL without anyone noticing.
 */
export const contentLoader = (collection: CollectionName) =>
  glob({
    base: `./${contentFolder(collection)}`,
    pattern: ['*.mdx', '!_*'],
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
