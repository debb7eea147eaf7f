import type { CollectionName } from '../common/collections.ts';
import { CASE_KINDS, CASE_LEVELS, SITE_KINDS, SITE_STATUSES } from './values.ts';

/** How the 投稿 page asks for a field. */
export type FieldWidget =
  /** One line of text; `long` for a sentence or two (a textarea that wraps). */
  | { kind: 'text'; long?: boolean }
  /** A date as precisely as the source gives it: 2019, 2019-05, 2019-05-20, 约2019. */
  | { kind: 'date' }
  /** One of fixed values, as radio buttons. */
  | { kind: 'choice'; values: readonly string[] }
  /** Names chosen from a collection of the knowledge base, as checkboxes. */
  | { kind: 'pick'; from: 'concepts' | 'sites' }
  /** Free short names, separated by 、 or commas; `suggest` offers a collection's names to tick. */
  | { kind: 'names'; suggest?: 'glossary' }
  /** Sentences, one per line. */
  | { kind: 'sentences' }
  /** The sources, each a title with optional publisher, date and address. */
  | { kind: 'sources' }
  /** Speech paragraphs, ticked while reading the speech. */
  | { kind: 'cites' };

/** One field of the form: its frontmatter key, what the editor reads, and how it is asked. */
export interface FormField {
  /** The frontmatter key, as the schema names it. */
  key: string;
  /** The label shown, in Chinese. */
  label: string;
  /** One sentence on what to write, shown under the label. */
  help?: string;
  /** Whether the schema requires it (marked 必填). */
  required?: boolean;
  widget: FieldWidget;
}

const title = (label = '标题'): FormField => ({
  key: 'title',
  label,
  required: true,
  widget: { kind: 'text' },
});
const summary = (help: string, label = '摘要'): FormField => ({
  key: 'summary',
  label,
  help,
  required: true,
  widget: { kind: 'text', long: true },
});
const region: FormField = {
  key: 'region',
  label: '地区',
  help: '来源写到哪一级就写到哪一级；来源匿名的，照写 X市。',
  widget: { kind: 'text' },
};
const tags: FormField = {
  key: 'tags',
  label: '关键词',
  help: '勾选相关的术语，或写几个词，用顿号隔开。',
  widget: { kind: 'names', suggest: 'glossary' },
};
const concepts: FormField = {
  key: 'concepts',
  label: '理念',
  widget: { kind: 'pick', from: 'concepts' },
};
const sites: FormField = { key: 'sites', label: '示范点', widget: { kind: 'pick', from: 'sites' } };

/**
 * The fields the 投稿 page asks for, per collection, in the order the entry file
 * writes them. A collection without a form here is not offered on the page.
 */
export const FORM_FIELDS: Partial<Record<CollectionName, readonly FormField[]>> = {
  cases: [
    title(),
    {
      key: 'kind',
      label: '性质',
      required: true,
      widget: { kind: 'choice', values: CASE_KINDS },
    },
    summary('一两句话说明这个做法，显示在列表和检索结果里。'),
    {
      key: 'date',
      label: '时间',
      help: '做法的时间，来源写明了才填：2019、2019-05 或 2019-05-20；是推断的，前面加“约”。',
      widget: { kind: 'date' },
    },
    { key: 'level', label: '层级', widget: { kind: 'choice', values: CASE_LEVELS } },
    region,
    concepts,
    sites,
    tags,
    {
      key: 'sources',
      label: '来源',
      help: '事实出自哪些文件或讲话，至少写标题。',
      widget: { kind: 'sources' },
    },
    {
      key: 'cites',
      label: '对应讲话',
      help: '选一篇讲话，勾选这个案例对应的段落；只交代背景的段落，再勾它旁边的“只作背景”。',
      widget: { kind: 'cites' },
    },
    {
      key: 'points',
      label: '学习要点',
      help: '每行一句，培训时希望学员记住的。',
      widget: { kind: 'sentences' },
    },
    { key: 'questions', label: '研讨题', help: '每行一题。', widget: { kind: 'sentences' } },
  ],
  sites: [
    title('名称'),
    summary('一两句话介绍这个示范点，显示在列表和卡片上。'),
    {
      key: 'status',
      label: '性质',
      required: true,
      widget: { kind: 'choice', values: SITE_STATUSES },
    },
    { key: 'kind', label: '类型', widget: { kind: 'choice', values: SITE_KINDS } },
    region,
  ],
  glossary: [
    title('术语'),
    summary('一句话释义，会显示在正文中这个术语的弹出框里。', '释义'),
    {
      key: 'fullName',
      label: '全称',
      help: '标题是简称的，写正式的全称，标点照正式写法；站内其他地方写这个全称，都要和这里一致。',
      widget: { kind: 'text' },
    },
    {
      key: 'synonyms',
      label: '同义词',
      help: '这个术语的其他写法，用顿号隔开。',
      widget: { kind: 'names' },
    },
  ],
  speeches: [
    title(),
    summary('一两句话概括讲话内容。'),
    {
      key: 'date',
      label: '讲话日期',
      help: '只知道年份写 2019；是推断的，前面加“约”，并在下一项写明依据。',
      widget: { kind: 'date' },
    },
    {
      key: 'dateBasis',
      label: '日期依据',
      help: '讲话日期是推断的，写明依据，例如正文提到的年份。',
      widget: { kind: 'text', long: true },
    },
    {
      key: 'published',
      label: '发布日期',
      help: '所据文稿发表或转载的日期，不是讲话日期。',
      widget: { kind: 'date' },
    },
    { key: 'meeting', label: '会议', widget: { kind: 'text' } },
    { key: 'speaker', label: '讲话人', help: '来源没有写的，不填。', widget: { kind: 'text' } },
    { key: 'place', label: '地点', widget: { kind: 'text' } },
    {
      key: 'note',
      label: '整理说明',
      help: '正文录自哪里，本站改动了什么（如标点改为全角）。',
      widget: { kind: 'text', long: true },
    },
    concepts,
    sites,
    tags,
  ],
};

/** The collections the 投稿 page offers, in the order of its choice. */
export const FORM_COLLECTIONS = (['cases', 'sites', 'glossary', 'speeches'] as const).filter(
  (collection) => FORM_FIELDS[collection],
);
