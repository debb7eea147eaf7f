import { defineCollection } from 'astro:content';
import type { CollectionName } from './common/collections.ts';
import { SCHEMAS } from './schemas/index.ts';
import { entryLoader } from './entries/loader.ts';

// Written out, not mapped from COLLECTIONS, so Astro types getCollection() per name; `satisfies` catches one left out.
export const collections = {
  speeches: defineCollection({ loader: entryLoader('speeches'), schema: SCHEMAS.speeches }),
  cases: defineCollection({ loader: entryLoader('cases'), schema: SCHEMAS.cases }),
  concepts: defineCollection({ loader: entryLoader('concepts'), schema: SCHEMAS.concepts }),
  sites: defineCollection({ loader: entryLoader('sites'), schema: SCHEMAS.sites }),
  glossary: defineCollection({ loader: entryLoader('glossary'), schema: SCHEMAS.glossary }),
} satisfies Record<CollectionName, unknown>;
