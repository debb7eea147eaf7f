import { defineCollection } from 'astro:content';
import { speechSchema } from './schemas/speech.ts';
import { caseSchema } from './schemas/case.ts';
import { conceptSchema } from './schemas/concept.ts';
import { siteSchema } from './schemas/site.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { entryLoader } from './loaders/entries.ts';

export const collections = {
  speeches: defineCollection({ loader: entryLoader('speeches'), schema: speechSchema }),
  cases: defineCollection({ loader: entryLoader('cases'), schema: caseSchema }),
  concepts: defineCollection({ loader: entryLoader('concepts'), schema: conceptSchema }),
  sites: defineCollection({ loader: entryLoader('sites'), schema: siteSchema }),
  glossary: defineCollection({ loader: entryLoader('glossary'), schema: glossarySchema }),
};
