import { z } from 'astro/zod';
import { aliases, dateText, draft, requiredText, strictEntry } from './common.ts';
import { LIMITS } from './limits.ts';

/** Frontmatter of a 「大…共…」 concept in content/concepts/. */
export const conceptSchema = strictEntry({
  /** The concept's name, which always reads 大…共…, e.g. 大党建共建. */
  title: requiredText('title', '名称').regex(
    /^大\p{Script=Han}+共\p{Script=Han}+$/u,
    'title（名称）应当是“大…共…”的形式，例如 大党建共建。',
  ),
  /** A one-sentence definition shown on lists and cards. */
  summary: requiredText('summary', '摘要', LIMITS.summary),
  /** Position among the concepts, 1 first, following the speech. */
  order: z
    .number({ error: 'order（排序）应当是一个正整数，例如 1。' })
    .int('order（排序）应当是一个正整数，例如 1。')
    .positive('order（排序）应当是一个正整数，例如 1。'),
  /** When the text last changed in substance, YYYY-MM-DD; shown only where git history does not say. */
  updated: dateText('updated', '更新日期').optional(),
  /** Earlier file names, kept working as redirects after a rename. */
  aliases,
  /** Keeps the entry out of the production build and search. */
  draft,
});

export type ConceptData = z.output<typeof conceptSchema>;
