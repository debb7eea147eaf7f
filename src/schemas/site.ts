import { z } from 'astro/zod';
import {
  aliases,
  dateText,
  choice,
  draft,
  optionalText,
  requiredText,
  strictEntry,
} from './common.ts';
import { LIMITS } from './limits.ts';
import { SITE_KINDS } from './values.ts';

export { SITE_KINDS };

/** Frontmatter of a model site (示范点) in content/sites/. */
export const siteSchema = strictEntry({
  /** The site's name as the source gives it; anonymised names stay anonymised. */
  title: requiredText('title', '名称'),
  /** One or two sentences shown on lists and cards. */
  summary: requiredText('summary', '摘要', LIMITS.summary),
  /** What kind of place or organisation it is. */
  kind: choice('kind', '类型', SITE_KINDS).default('其他'),
  /** Where it is, as precisely as the source allows. */
  region: optionalText('region', '地区'),
  /** When the text last changed in substance, YYYY-MM-DD; shown only where git history does not say. */
  updated: dateText('updated', '更新日期').optional(),
  /** Earlier file names, kept working as redirects after a rename. */
  aliases,
  /** Keeps the entry out of the production build and search. */
  draft,
});

export type SiteData = z.output<typeof siteSchema>;
