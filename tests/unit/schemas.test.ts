import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'astro/zod';
import { speechSchema, type SpeechData } from '../../src/schemas/speech.ts';
import type { PartialDate } from '../../src/schemas/common.ts';
import { caseSchema, type CaseData } from '../../src/schemas/case.ts';
import { conceptSchema } from '../../src/schemas/concept.ts';
import { siteSchema } from '../../src/schemas/site.ts';

/** The messages an editor would see for `data`, one per line. */
function messages(schema: z.ZodType, data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) return '（通过）';
  return result.error.issues
    .map((issue) => `${issue.path.join('.') || '（整体）'}：${issue.message}`)
    .join('\n');
}

const validCase = { title: '网格化服务中心', kind: '部署要求', summary: '摘要' };
const validSite = { title: '某社区', summary: '摘要', status: '已有' };

describe('speechSchema', () => {
  test('accepts the minimal speech, with no date at all, and fills the lists', () => {
    expect(speechSchema.parse({ title: '讲话', summary: '摘要' })).toEqual({
      title: '讲话',
      summary: '摘要',
      concepts: [],
      sites: [],
      tags: [],
      aliases: [],
      paragraphNumbers: { inserted: [], retired: {} },
      draft: false,
    });
  });

  test('writes paragraph numbers declared after publication in their one form, whatever width or case they were typed in', () => {
    const declared = speechSchema.parse({
      title: '讲话',
      summary: '摘要',
      paragraphNumbers: { inserted: 'Ｐ－１２Ａ，p-12b', retired: { ' P-13 ': 'ｐ－１２' } },
    }).paragraphNumbers;
    expect(declared).toEqual({ inserted: ['p-12a', 'p-12b'], retired: { 'p-13': 'p-12' } });
  });

  test('reads the delivery date as precisely as it is known, 约 marking an estimate', () => {
    const dateOf = (date: unknown) =>
      speechSchema.parse({ title: '讲话', summary: '摘要', date, dateBasis: '依据' }).date;
    expect(dateOf(new Date('2019-05-20'))).toEqual({ value: '2019-05-20', approximate: false });
    expect(dateOf(2019)).toEqual({ value: '2019', approximate: false });
    expect(dateOf('2019-05')).toEqual({ value: '2019-05', approximate: false });
    expect(dateOf('约2019')).toEqual({ value: '2019', approximate: true });
    expect(dateOf('约 2019年')).toEqual({ value: '2019', approximate: true });
  });

  test('keeps the delivery date and the publication date apart', () => {
    const data = speechSchema.parse({
      title: '讲话',
      summary: '摘要',
      date: '约2019',
      dateBasis: '正文提到2019年',
      published: '2022-06-27',
    });
    expect(data.date).toEqual({ value: '2019', approximate: true });
    expect(data.published).toEqual({ value: '2022-06-27', approximate: false });
  });

  test('asks for the basis of an estimated date, at the date', () => {
    expect(
      messages(speechSchema, { title: '讲话', summary: '摘要', date: '约2019' }),
    ).toMatchInlineSnapshot(
      `"date：date（讲话日期）写了“约”，是推断的日期，请在下面加一行 dateBasis: …，写明依据，例如：正文提到“2019年基层党建工作重点任务”。"`,
    );
  });

  test('rejects a date that is no year, month or day', () => {
    expect(
      messages(speechSchema, {
        title: '讲话',
        summary: '摘要',
        date: '2019-13',
        published: '去年',
      }),
    ).toMatchInlineSnapshot(`
      "date：date（讲话日期）的值“2019-13”不是有效日期，应写成 2019、2019-05 或 2019-05-20；是推断的，前面加“约”，例如 约2019。
      published：published（发布日期）的值“去年”不是有效日期，应写成 2019、2019-05 或 2019-05-20；是推断的，前面加“约”，例如 约2019。"
    `);
  });

  test('names every missing required field at once', () => {
    expect(messages(speechSchema, {})).toMatchInlineSnapshot(`
      "title：缺少必填字段 title（标题）。请在文件开头的 --- 之间加一行 title: …
      summary：缺少必填字段 summary（摘要）。请在文件开头的 --- 之间加一行 summary: …"
    `);
  });

  test('refuses the old source field, which published repost boilerplate as 来源', () => {
    expect(
      messages(speechSchema, { title: '讲话', summary: '摘要', source: '网络转载' }),
    ).toContain('不认识的字段：source');
  });

  test('infers final, normalised types', () => {
    expectTypeOf<SpeechData['date']>().toEqualTypeOf<PartialDate | undefined>();
    expectTypeOf<SpeechData['concepts']>().toEqualTypeOf<string[]>();
    expectTypeOf<SpeechData['speaker']>().toEqualTypeOf<string | undefined>();
  });
});

describe('caseSchema', () => {
  test('puts pasted punctuation and spaces of every text field in their one right form', () => {
    const data = caseSchema.parse({
      title: '社区议事(试点)\u3000',
      kind: '已有做法',
      summary: '居民议事,共商共治。',
      region: 'X市\u00a0',
      tags: ['议事\u200b协商', '打造"X党旗红"'],
      points: '1. 先议后办?',
      questions: ['怎样理解"大党建"?'],
      sources: [{ title: '讲话(2019年)', url: 'https://example.org/a,b(c)' }],
    });
    expect(data).toMatchObject({
      title: '社区议事（试点）',
      summary: '居民议事，共商共治。',
      region: 'X市',
      tags: ['议事协商', '打造“X党旗红”'],
      points: ['先议后办？'],
      questions: ['怎样理解“大党建”？'],
      sources: [{ title: '讲话（2019年）', url: 'https://example.org/a,b(c)' }],
    });
  });

  test('drops the Chinese punctuation a sentence leaves after a source address, and keeps what belongs to it', () => {
    const data = caseSchema.parse({
      ...validCase,
      sources: [
        { title: '甲', url: 'https://example.org/a/。' },
        { title: '乙', url: ' https://example.org/b?id=1）。 ' },
        { title: '丙', url: 'https://example.org/wiki/X_(Y)' },
      ],
    });
    expect(data.sources.map((source) => source.url)).toEqual([
      'https://example.org/a/',
      'https://example.org/b?id=1',
      'https://example.org/wiki/X_(Y)',
    ]);
  });

  test('reads 学习要点 and 研讨题 one sentence each, never split at commas, with pasted numbering dropped', () => {
    const data = caseSchema.parse({
      ...validCase,
      points: ['这是部署要求，不是已有做法。', ' ', '这是部署要求，不是已有做法。'],
      questions:
        '1. 本地有哪些“数据隔离”？先从哪一类做起？\n2、怎样让党员、群众组织起来？\n（3）还有什么？\n\n',
    });
    expect(data.points).toEqual(['这是部署要求，不是已有做法。']);
    expect(data.questions).toEqual([
      '本地有哪些“数据隔离”？先从哪一类做起？',
      '怎样让党员、群众组织起来？',
      '还有什么？',
    ]);
    expect(caseSchema.parse(validCase)).toMatchObject({ points: [], questions: [] });
  });

  test('names the field and shows the list form when 研讨题 are not sentences', () => {
    expect(messages(caseSchema, { ...validCase, questions: [1, 2] })).toMatchInlineSnapshot(`
      "questions：questions（研讨题）应当是一个列表，每项一句，例如：
      questions:
        - 第一句
        - 第二句"
    `);
    expect(messages(caseSchema, { ...validCase, points: { a: 1 } })).toMatchInlineSnapshot(`
      "points：points（学习要点）应当是一个列表，每项一句，例如：
      points:
        - 第一句
        - 第二句"
    `);
  });

  test('trims, de-duplicates and drops blank list items, and reads a single text as a list', () => {
    const data = caseSchema.parse({
      ...validCase,
      concepts: [' 大整合共治', '大整合共治', ''],
      sites: '某社区',
    });
    expect(data.concepts).toEqual(['大整合共治']);
    expect(data.sites).toEqual(['某社区']);
  });

  test('says whether it is a documented practice or a requirement, and asks when that is missing', () => {
    expect(caseSchema.parse(validCase).kind).toBe('部署要求');
    expect(
      messages(caseSchema, { title: '网格化服务中心', summary: '摘要' }),
    ).toMatchInlineSnapshot(
      `"kind：缺少必填字段 kind（性质）。可选值：已有做法、部署要求。来源说已经开展、取得了成绩的，写 已有做法；讲话或文件要求去做的，写 部署要求。"`,
    );
    expect(messages(caseSchema, { ...validCase, kind: '经验' })).toMatchInlineSnapshot(
      `"kind：kind（性质）的值“经验”不在可选范围内。可选值：已有做法、部署要求。来源说已经开展、取得了成绩的，写 已有做法；讲话或文件要求去做的，写 部署要求。"`,
    );
  });

  test('has no date unless a source states one', () => {
    expect(caseSchema.parse(validCase).date).toBeUndefined();
    expect(caseSchema.parse({ ...validCase, date: '2019-05' }).date).toEqual({
      value: '2019-05',
      approximate: false,
    });
  });

  test('rejects an impossible date', () => {
    expect(messages(caseSchema, { ...validCase, date: '2022-02-30' })).toMatchInlineSnapshot(
      `"date：date（时间）的值“2022-02-30”不是有效日期，应写成 2019、2019-05 或 2019-05-20；是推断的，前面加“约”，例如 约2019。"`,
    );
  });

  test('rejects a date in another format', () => {
    expect(messages(caseSchema, { ...validCase, date: '2022年6月27日' })).toMatchInlineSnapshot(
      `"date：date（时间）的值“2022年6月27日”不是有效日期，应写成 2019、2019-05 或 2019-05-20；是推断的，前面加“约”，例如 约2019。"`,
    );
  });

  test('lists the valid levels when the level is wrong', () => {
    expect(messages(caseSchema, { ...validCase, level: '省' })).toMatchInlineSnapshot(
      `"level：level（层级）的值“省”不在可选范围内。可选值：市、区县、街道、乡镇、社区、村。"`,
    );
  });

  test('rejects a misspelt field instead of ignoring it', () => {
    expect(messages(caseSchema, { ...validCase, concept: ['大整合共治'] })).toMatchInlineSnapshot(
      `"（整体）：不认识的字段：concept。是否想写 concepts？可用字段：title、kind、date、summary、concepts、sites、tags、level、region、sources、points、questions、cites、updated、paragraphNumbers、aliases、draft。"`,
    );
  });

  test('checks sources and their links', () => {
    expect(
      messages(caseSchema, {
        ...validCase,
        sources: [{ publisher: '某单位', url: 'javascript:alert(1)' }],
      }),
    ).toMatchInlineSnapshot(`
      "sources.0.title：缺少必填字段 sources.title（来源标题）。请在这一项里加上 title: …
      sources.0.url：sources.url（来源链接）应当是以 http:// 或 https:// 开头的网址。"
    `);
  });

  test('checks cited paragraph anchors', () => {
    expect(
      messages(caseSchema, { ...validCase, cites: [{ speech: 'x', paragraphs: ['第3段'] }] }),
    ).toMatchInlineSnapshot(
      `"cites.0.paragraphs：cites.paragraphs（段落）的每一项都应写成 p-数字，例如 p-12（见讲话页面上每段前的编号）。"`,
    );
  });

  test('normalises a cited single paragraph to a list, with no background', () => {
    expect(
      caseSchema.parse({ ...validCase, cites: [{ speech: 'x', paragraphs: 'p-3' }] }).cites,
    ).toEqual([{ speech: 'x', paragraphs: ['p-3'], background: [] }]);
  });

  test('reads background paragraphs as paragraphs are read: alone, typed as one text, repeats dropped', () => {
    const cites = (cite: Record<string, unknown>) =>
      caseSchema.parse({ ...validCase, cites: [{ speech: 'x', ...cite }] }).cites;
    expect(cites({ paragraphs: 'p-14', background: 'p-6' })).toEqual([
      { speech: 'x', paragraphs: ['p-14'], background: ['p-6'] },
    ]);
    expect(cites({ background: 'p-6，p-12、p-6' })).toEqual([
      { speech: 'x', paragraphs: [], background: ['p-6', 'p-12'] },
    ]);
    expect(cites({ paragraphs: [], background: ['p-6'] })).toEqual([
      { speech: 'x', paragraphs: [], background: ['p-6'] },
    ]);
  });

  test('drops a background paragraph written again in a later cite of the same speech', () => {
    expect(
      caseSchema.parse({
        ...validCase,
        cites: [
          { speech: 'x', paragraphs: ['p-14'], background: ['p-6'] },
          { speech: 'x', background: ['p-6'] },
        ],
      }).cites,
    ).toEqual([{ speech: 'x', paragraphs: ['p-14'], background: ['p-6'] }]);
  });

  test('a cite needs paragraphs or background, and background anchors are checked like paragraphs', () => {
    expect(
      messages(caseSchema, {
        ...validCase,
        cites: [
          { speech: 'x' },
          { speech: 'y', paragraphs: [] },
          { speech: 'z', paragraphs: ['p-1'], background: ['第6段'] },
          { speech: 'w', background: 7 },
        ],
      }),
    ).toMatchInlineSnapshot(`
      "cites.0.paragraphs：cites.paragraphs（段落）没有写：写上讲话说到这个做法的段落，例如 paragraphs: [p-12]；只交代背景的段落写在 background 里，例如 background: [p-6]。
      cites.1.paragraphs：cites.paragraphs（段落）没有写：写上讲话说到这个做法的段落，例如 paragraphs: [p-12]；只交代背景的段落写在 background 里，例如 background: [p-6]。
      cites.2.background：cites.background（背景段落）的每一项都应写成 p-数字，例如 p-12（见讲话页面上每段前的编号）。
      cites.3.background：cites.background（背景段落）应当是段落编号的列表，例如 [p-12, p-13]。"
    `);
  });

  test('a paragraph both cited for the practice and given as background asks which it is', () => {
    expect(
      messages(caseSchema, {
        ...validCase,
        cites: [
          { speech: 'x', paragraphs: ['p-6', 'p-9'], background: ['p-6'] },
          { speech: 'y', paragraphs: ['p-14'] },
          { speech: 'y', background: ['p-14'] },
        ],
      }),
    ).toMatchInlineSnapshot(`
      "cites.0.background：p-6 既写在 paragraphs（段落）里，又写在 background（背景段落）里，只能留一处：讲话在这一段提出这项要求或说到这个做法，留在 paragraphs；这一段只是交代背景（回顾情况、指出问题、讲道理），留在 background。
      cites.2.background：p-14 既写在 paragraphs（段落）里，又写在 background（背景段落）里，只能留一处：讲话在这一段提出这项要求或说到这个做法，留在 paragraphs；这一段只是交代背景（回顾情况、指出问题、讲道理），留在 background。"
    `);
  });

  test('infers the level as one of the fixed values', () => {
    expectTypeOf<CaseData['level']>().toEqualTypeOf<
      '市' | '区县' | '街道' | '乡镇' | '社区' | '村' | undefined
    >();
  });
});

describe('aliases', () => {
  test('accepts earlier file names, a single one as a list', () => {
    expect(siteSchema.parse({ ...validSite, aliases: 'jiu-mingzi' }).aliases).toEqual([
      'jiu-mingzi',
    ]);
  });

  test('rejects a value that could not have been a file name', () => {
    expect(
      messages(caseSchema, { ...validCase, aliases: ['旧名字', 'Old_Name'] }),
    ).toMatchInlineSnapshot(
      `"aliases：aliases（旧文件名）的每一项都应是原来的文件名（不含 .mdx）：小写字母、数字和连字符，以字母开头。"`,
    );
  });
});

describe('conceptSchema', () => {
  test('accepts a 大…共… title', () => {
    expect(conceptSchema.parse({ title: '大服务共享', summary: '摘要', order: 3 }).title).toBe(
      '大服务共享',
    );
  });

  test('rejects a title that does not read 大…共…, and a bad order', () => {
    expect(messages(conceptSchema, { title: '服务共享', summary: '摘要', order: 0 }))
      .toMatchInlineSnapshot(`
      "title：title（名称）应当是“大…共…”的形式，例如 大党建共建。
      order：order（排序）应当是一个正整数，例如 1。"
    `);
  });
});

describe('siteSchema', () => {
  test('defaults the kind to 其他', () => {
    expect(siteSchema.parse(validSite).kind).toBe('其他');
  });

  test('lists the valid kinds when the kind is wrong', () => {
    expect(messages(siteSchema, { ...validSite, kind: '小区' })).toMatchInlineSnapshot(
      `"kind：kind（类型）的值“小区”不在可选范围内。可选值：城市社区、农村社区、街道、乡镇、党组织、其他。"`,
    );
  });

  test.each(['已有', '部署要求'])('accepts the status %s', (status) => {
    expect(siteSchema.parse({ ...validSite, status }).status).toBe(status);
  });

  test('requires the status and says how to decide it, with no default', () => {
    expect(messages(siteSchema, { title: '某社区', summary: '摘要' })).toMatchInlineSnapshot(
      `"status：缺少必填字段 status（性质）。可选值：已有、部署要求。讲话说已经有的（参观过、作过介绍、已经建成的），写 已有；讲话要求建设、开展或推广的（试点、示范带等），写 部署要求。"`,
    );
  });

  test('names the two statuses when the status is wrong', () => {
    expect(messages(siteSchema, { ...validSite, status: '已有做法' })).toMatchInlineSnapshot(
      `"status：status（性质）的值“已有做法”不在可选范围内。可选值：已有、部署要求。讲话说已经有的（参观过、作过介绍、已经建成的），写 已有；讲话要求建设、开展或推广的（试点、示范带等），写 部署要求。"`,
    );
  });
});
