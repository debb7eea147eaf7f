import { defineCollection } from 'astro:content';
import { speechSchema } from './schemas/speech.ts';
import { caseSchema } from './schemas/case.ts';
import { conceptSchema } from './schemas/concept.ts';
import { siteSchema } from './schemas/site.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { contentLoader } from './lib/content-loader.ts';

export const collections = {
  speeches: defineCollection({ loader: contentLoader('speeches'), schema: speechSchema }),
  cases: defineCollection({ loader: contentLoader('cases'), schema: caseSchema }),
  concepts: defineCollection({ loader: contentLoader('concepts'), schema: conceptSchema }),
  sites: defineCollection({ loader: contentLoader('sites'), schema: siteSchema }),
  glossary: defineCollection({ loader: contentLoader('glossary'), schema: glossarySchema }),
};
