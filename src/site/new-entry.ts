import {
  COLLECTIONS,
  dateLabelOf,
  labelOf,
  taggedWithOf,
  type CollectionName,
} from '../common/collections.ts';

/**
 * What `npm run new` accepts as the kind of entry: a collection's English word, its
 * name, or its Chinese label from the collections table.
 */
export const ENTRY_KINDS: Readonly<Record<string, CollectionName>> = {
  case: 'cases',
  speech: 'speeches',
  site: 'sites',
  concept: 'concepts',
  term: 'glossary',
  ...Object.fromEntries(
    COLLECTIONS.flatMap((collection) => [
      [collection, collection],
      [labelOf(collection), collection],
    ]),
  ),
};

export { slugFromTitle } from '../common/slug.ts';

/**
 * What the template asks editors to replace: every placeholder is 【请填写…】, a
 * form no source text uses, so the content check can refuse a file that still has
 * one. The older template's phrases are recognised too. A placeholder holds no
 * other 【, so a text of thousands of 【请填写 without 】 is read once, not once for each.
 */
export const PLACEHOLDER =
  /【请(?:填写|改写)[^【】]*】|（请(?:填写|改写)）|（来源说明了成效才写，否则删去本节）|（正文）|第一部分标题|第一节的引导句/;

/** A placeholder of the template, with what it asks for. */
const ask = (what: string) => `【请填写${what ? `：${what}` : ''}】`;

/**
 * The new file's text: the fields to fill (placeholders the content check refuses
 * until they are replaced) and the section skeleton. No date is filled in: a date
 * says when a speech was given or a practice took place, which only the source can tell.
 */
export function entryTemplate(collection: CollectionName, title: string, order = 1): string {
  // A row added to the collections table without a template here gets its title, summary and tags.
  const generic = [
    `title: ${title}`,
    `summary: ${ask('一两句话概括内容')}`,
    ...(dateLabelOf(collection)
      ? [
          `# date: 2019  # ${dateLabelOf(collection)}：来源写明了才填（2019、2019-05 或 2019-05-20）`,
        ]
      : []),
    ...taggedWithOf(collection).map((tag) => `${tag}: []`),
  ];
  const body: Partial<Record<CollectionName, string[]>> = {
    cases: [
      `title: ${title}`,
      `kind: ${ask('已有做法 或 部署要求')}`,
      `summary: ${ask('一两句话说明这个做法')}`,
      'concepts: []',
      'sites: []',
      'tags: []',
      '# date: 2019  # 做法的时间：来源写明了才填（2019、2019-05 或 2019-05-20），推断的写 约2019',
      '# level: 社区  # 可选：市、区县、街道、乡镇、社区、村',
      '# region: X市  # 地区；来源匿名就写 X市',
      'sources:',
      `  - title: ${ask('来源文件的标题')}`,
      'cites: []',
      '# cites 的每一项写 speech（讲话）和 paragraphs（讲话说到这个做法的段落，如 [p-12]）；只交代背景的段落写在 background 里，如 background: [p-6]。写法见 CONTRIBUTING.md',
    ],
    speeches: [
      `title: ${title}`,
      `summary: ${ask('一两句话概括讲话内容')}`,
      '# date: 2019-05-20  # 讲话日期：只知道年份写 2019；是推断的写 约2019，并写下一行 dateBasis',
      '# dateBasis: 依据  # 推断讲话日期的依据，例如正文提到的年份',
      '# published: 2022-06-27  # 发布日期：所据文稿发表或转载的日期，不是讲话日期',
      '# meeting: 会议名称',
      '# note: 整理说明：正文录自哪里，本站改动了什么（如标点改为全角）',
      'concepts: []',
      'sites: []',
    ],
    sites: [
      `title: ${title}`,
      `summary: ${ask('一两句话介绍这个示范点')}`,
      `status: ${ask('已有 或 部署要求')}`,
      'kind: 其他  # 可选：城市社区、农村社区、街道、乡镇、党组织、其他',
      '# region: X市  # 地区；来源匿名就写 X市',
    ],
    concepts: [`title: ${title}`, `summary: ${ask('一句话定义这个理念')}`, `order: ${order}`],
    glossary: [
      `title: ${title}`,
      `summary: ${ask('一句话释义，会显示在正文中这个术语的弹出框里')}`,
      'synonyms: []',
    ],
  };
  const sections: Partial<Record<CollectionName, string>> = {
    cases: `## 背景\n\n${ask('')}\n\n## 做法\n\n${ask('')}\n\n## 成效\n\n${ask('来源说明了成效才写，否则连同小标题删去本节')}\n\n## 经验启示\n\n${ask('')}\n`,
    speeches: `同志们：\n\n## 一、${ask('第一部分的标题')}\n\n### （一）${ask('这一节的引导句')}\n\n${ask('正文')}\n`,
    sites: `${ask('介绍这个示范点：来源怎么说，在哪里，做了什么')}\n`,
    concepts: `${ask('定义这个理念，并引用提出它的讲话原文；引用的写法见 CONTRIBUTING.md')}\n`,
    glossary: `${ask('解释这个术语：讲话或案例怎么用它，一般的含义是什么；只写来源能支持的内容')}\n`,
  };
  const text = sections[collection] ?? `${ask('正文')}\n`;
  return ['---', ...(body[collection] ?? generic), '---', '', text].join('\n');
}
