import type { z } from 'astro/zod';
import type { CollectionName } from '../common/collections.ts';
import { speechSchema } from './speech.ts';
import { caseSchema } from './case.ts';
import { conceptSchema } from './concept.ts';
import { siteSchema } from './site.ts';
import { glossarySchema } from './glossary.ts';
import { sourceSchema } from './source.ts';
import { citeSchema } from './cite.ts';

/** The frontmatter schema of each collection: what the build and the content check validate with. */
export const SCHEMAS = {
  speeches: speechSchema,
  cases: caseSchema,
  concepts: conceptSchema,
  sites: siteSchema,
  glossary: glossarySchema,
} as const satisfies Record<CollectionName, z.ZodObject>;

/** Every field name any entry may have, nested ones (sources, cites) included. */
export const FIELD_NAMES: ReadonlySet<string> = new Set(
  [...Object.values(SCHEMAS), sourceSchema, citeSchema].flatMap((schema) =>
    Object.keys(schema.shape),
  ),
);

/** Chinese names editors give fields, for a suggestion when one is written instead of the field name. */
export const CHINESE_FIELD_NAMES: Readonly<Record<string, readonly string[]>> = {
  title: ['标题', '题目', '名称', '名字', '术语'],
  date: ['日期', '时间', '讲话日期', '讲话时间'],
  dateBasis: ['日期依据'],
  published: ['发布日期', '发表日期', '转载日期'],
  note: ['整理说明'],
  summary: ['摘要', '简介', '概述', '概要', '释义', '说明'],
  concepts: ['理念'],
  sites: ['示范点'],
  tags: ['关键词', '标签'],
  level: ['层级', '级别'],
  region: ['地区', '区域'],
  sources: ['来源', '出处'],
  cites: ['对应讲话', '引用'],
  background: ['背景', '背景段落'],
  points: ['学习要点', '要点', '教学要点'],
  questions: ['研讨题', '讨论题', '思考题'],
  meeting: ['会议'],
  speaker: ['讲话人'],
  place: ['地点'],
  kind: ['类型', '性质'],
  order: ['排序', '顺序'],
  fullName: ['全称'],
  synonyms: ['同义词', '别称'],
  aliases: ['旧文件名', '别名'],
  updated: ['更新日期', '更新'],
  draft: ['草稿'],
};
