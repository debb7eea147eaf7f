import { z } from 'astro/zod';
import {
  aliases,
  choice,
  dateText,
  draft,
  partialDate,
  optionalText,
  requiredText,
  sentenceList,
  strictEntry,
  textList,
} from './common.ts';
import { amount, LIMITS } from './limits.ts';
import { CASE_KINDS, CASE_LEVELS } from './values.ts';

export { CASE_KINDS, CASE_LEVELS };
import { sourceSchema, uniqueSources } from './source.ts';
import { bothRolesMessage, citedInBothRoles, citeSchema, uniqueCites } from './cite.ts';
import { paragraphNumbersSchema } from './paragraph-numbers.ts';

/** The message for a list of more items than the limit. */
const tooMany = (key: string, name: string) => (issue: { input?: unknown }) =>
  `${key}（${name}）有 ${amount((issue.input as unknown[]).length)} 项，超过上限 ${amount(LIMITS.items)} 项。只保留最要紧的几项。`;

/** Frontmatter of a case study in content/cases/. */
export const caseSchema = strictEntry({
  /** What the practice is called. */
  title: requiredText('title', '标题'),
  /** Whether the source reports it as done (已有做法) or asks for it (部署要求). */
  kind: choice(
    'kind',
    '性质',
    CASE_KINDS,
    '来源说已经开展、取得了成绩的，写 已有做法；讲话或文件要求去做的，写 部署要求。',
  ),
  /** When the practice took place, as its sources state it (2019, 2019-05, 2019-05-20; 约 when inferred); absent when no source says. */
  date: partialDate('date', '时间').optional(),
  /** One or two sentences shown in lists and search results. */
  summary: requiredText('summary', '摘要', LIMITS.summary),
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
  sources: z
    .array(sourceSchema, { error: 'sources（来源）应当是一个列表，每项至少有 title。' })
    .max(LIMITS.items, { error: tooMany('sources', '来源') })
    .default([])
    .transform(uniqueSources),
  /** 学习要点: what a trainer wants learners to take from the case, one sentence each; shown on the page and carried into a 学习单. */
  points: sentenceList('points', '学习要点'),
  /** 研讨题: discussion questions for a course, one each; added to a 学习单's questions with the case. */
  questions: sentenceList('questions', '研讨题'),
  /** Speech paragraphs this case illustrates, and those that only give it background. */
  cites: z
    .array(citeSchema, { error: 'cites（对应讲话）应当是一个列表，每项写 speech 和 paragraphs。' })
    .max(LIMITS.items, { error: tooMany('cites', '对应讲话') })
    .superRefine((cites, ctx) => {
      for (const { index, role, anchor } of citedInBothRoles(cites))
        ctx.addIssue({ code: 'custom', path: [index, role], message: bothRolesMessage(anchor) });
    })
    .default([])
    .transform(uniqueCites),
  /** When the text last changed in substance, YYYY-MM-DD; shown only where git history does not say. */
  updated: dateText('updated', '更新日期').optional(),
  /** Paragraphs added or retired after publication, so published paragraph links keep their place. */
  paragraphNumbers: paragraphNumbersSchema,
  /** Earlier file names, kept working as redirects after a rename. */
  aliases,
  /** Keeps the entry out of the production build and search. */
  draft,
});

export type CaseData = z.output<typeof caseSchema>;
