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
import { SITE_KINDS, SITE_STATUSES } from './values.ts';

export { SITE_KINDS, SITE_STATUSES };

/** Frontmatter of a model site (示范点) in content/sites/. */
export const siteSchema = strictEntry({
  /** The site's name as the source gives it; anonymised names stay anonymised. */
  title: requiredText('title', '名称'),
  /** One or two sentences shown on lists and cards. */
  summary: requiredText('summary', '摘要', LIMITS.summary),
  /** What kind of place or organisation it is. */
  kind: choice('kind', '类型', SITE_KINDS).default('其他'),
  /** Whether the source says it already exists (已有) or asks for it (部署要求); required, since only a person can tell. */
  status: choice(
    'status',
    '性质',
    SITE_STATUSES,
    '讲话说已经有的（参观过、作过介绍、已经建成的），写 已有；讲话要求建设、开展或推广的（试点、示范带等），写 部署要求。',
  ),
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
