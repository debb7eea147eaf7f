import { z } from 'astro/zod';
import { aliases, choice, dateText, draft, optionalText, requiredText, strictEntry, textList } from './common.ts';
import { sourceSchema } from './source.ts';
import { citeSchema } from './cite.ts';

/** Administrative levels a case can sit at, from the top down. */
export const CASE_LEVELS = ['市', '区县', '街道', '乡镇', '社区', '村'] as const;

/** Frontmatter of a case study in content/cases/. */
export const caseSchema = strictEntry({
  /** What the practice is called. */
  title: requiredText('title', '标题'),
  /** Date of the source that reports it, YYYY-MM-DD; used for sorting and the year filter. */
  date: dateText('date', '日期'),
  /** One or two sentences shown in lists and search results. */
  summary: requiredText('summary', '摘要'),
  /** Concepts it puts into practice, by Chinese title or id. */
  concepts: textList('concepts', '理念'),
  /** Model sites where it happens, by Chinese title or id. */
  sites: textList('sites', '示范点'),
  /** Free keywords for search. */
  tags: textList('tags', '关键词'),
  /** The administrative level at which it is carried out. */
  level: choice('level', '层级', CASE_LEVELS).optional(),
  /** Where, as precisely as the source allows; anonymised places stay anonymised. */
  region: optionalText('region', '地区'),
  /** Where the facts come from. */
  sources: z.array(sourceSchema, { error: 'sources（来源）应当是一个列表，每项至少有 title。' }).default([]),
  /** Speech paragraphs this case illustrates. */
  cites: z.array(citeSchema, { error: 'cites（对应讲话）应当是一个列表，每项写 speech 和 paragraphs。' }).default([]),
  /** When the text last changed in substance, YYYY-MM-DD; shown only where git history does not say. */
  updated: dateText('updated', '更新日期').optional(),
  /** Earlier file names, kept working as redirects after a rename. */
  aliases,
  /** Keeps the entry out of the production build and search. */
  draft,
});

export type CaseData = z.output<typeof caseSchema>;
