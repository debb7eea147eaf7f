import { defineCollection } from 'astro:content';
import { SCHEMAS } from './schemas/index.ts';
import { entryLoader } from './loaders/entries.ts';

export const collections = {
  speeches: defineCollection({ loader: entryLoader('speeches'), schema: SCHEMAS.speeches }),
  cases: defineCollection({ loader: entryLoader('cases'), schema: SCHEMAS.cases }),
  concepts: defineCollection({ loader: entryLoader('concepts'), schema: SCHEMAS.concepts }),
  sites: defineCollection({ loader: entryLoader('sites'), schema: SCHEMAS.sites }),
  glossary: defineCollection({ loader: entryLoader('glossary'), schema: SCHEMAS.glossary }),
};
