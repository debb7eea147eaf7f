import { describe, expect, test } from 'vitest';
import { entryTemplate } from '../../../src/site/new-entry.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/common/collections.ts';
import { reportsOn } from '../../helpers/check-project.ts';

const reportOnFiles = reportsOn('template-traps');

/** The content check's report on one new file laid over the valid base fixture. */
const reportOn = (file: string, text: string) => reportOnFiles({ [file]: text });

/** The template of `collection` with every placeholder filled in, as an editor would. */
const filled = (collection: CollectionName) =>
  entryTemplate(collection, collection === 'concepts' ? '大协同共进' : '社区议事协商', 3)
    .replace(/kind: 【[^】]*】/, 'kind: 已有做法')
    .replace(/status: 【[^】]*】/, 'status: 部署要求')
    .replace(/【请填写[^】]*】/g, '已经写好的内容');

/** The file with `from` replaced by `to`, which must be in it. */
function edited(text: string, from: string | RegExp, to: string): string {
  const result = text.replace(from, to);
  expect(result).not.toBe(text);
  return result;
}

const CASE = 'content/cases/xin-anli.mdx';

describe('filling in the template', () => {
  test.each(COLLECTIONS)(
    'uncommenting every optional field of the %s template gives a valid file',
    async (collection) => {
      const text = filled(collection).replace(/^# (\w+: )/gm, '$1');
      expect(await reportOn(`content/${collection}/xin-tiaomu.mdx`, text)).toBe(
        '内容检查通过，没有发现问题。',
      );
    },
  );

  test('a field uncommented by deleting only its # is named, in a case and a speech', async () => {
    const speech = edited(filled('speeches'), /^# (published: )/m, ' $1');
    expect(
      await reportOn('content/speeches/xin-jianghua.mdx', edited(speech, /^# (meeting: )/m, ' $1')),
    ).toMatchInlineSnapshot(`
      "content/speeches/xin-jianghua.mdx:6:1 错误 [字段格式 yaml-syntax] published: 前面多了一个空格（去掉注释符号 # 时常会留下），这一行就接到了上一个字段下面。
          改法：删掉行首的空格，让 published: 和 title: 左边对齐。
      content/speeches/xin-jianghua.mdx:7:1 错误 [字段格式 yaml-syntax] meeting: 前面多了一个空格（去掉注释符号 # 时常会留下），这一行就接到了上一个字段下面。
          改法：删掉行首的空格，让 meeting: 和 title: 左边对齐。
      内容检查发现 2 个错误、0 个提醒。"
    `);
    expect(await reportOn(CASE, edited(filled('cases'), /^# (level: )/m, ' $1')))
      .toMatchInlineSnapshot(`
      "content/cases/xin-anli.mdx:9:1 错误 [字段格式 yaml-syntax] level: 前面多了一个空格（去掉注释符号 # 时常会留下），这一行就接到了上一个字段下面。
          改法：删掉行首的空格，让 level: 和 title: 左边对齐。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a note kept after a date, when both # were deleted, is named as the note', async () => {
    expect(await reportOn(CASE, edited(filled('cases'), /^# date: 2019 {2}# /m, 'date: 2019  ')))
      .toMatchInlineSnapshot(`
      "content/cases/xin-anli.mdx:8:7 错误 [字段 schema] date（时间）的值在日期 2019 后面还有一段文字“做法的时间：来源写明了才填（2019、2019-05 或 2019-05-20），推断的写 约2019”，日期读不出来。
          改法：只保留日期，写成 date: 2019；这段话若是模板里的说明，直接删掉。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('items written under cites: [] or sources: [] are read as the list they are meant to be', async () => {
    const text = edited(
      edited(
        filled('cases'),
        'cites: []',
        'cites: []\n  - speech: 测试讲话\n    paragraphs: [p-1]',
      ),
      'sources:\n',
      'sources: []\n',
    );
    expect(await reportOn(CASE, text)).toMatchInlineSnapshot(`
      "content/cases/xin-anli.mdx:11:10 错误 [字段格式 yaml-syntax] sources: 后面的 [] 表示空列表，下面各行的“- ”就接不上了。
          改法：删掉 sources: 后面的 []，只写 sources:，下面的各项照旧。
      content/cases/xin-anli.mdx:13:8 错误 [字段格式 yaml-syntax] cites: 后面的 [] 表示空列表，下面各行的“- ”就接不上了。
          改法：删掉 cites: 后面的 []，只写 cites:，下面的各项照旧。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('cites written as paragraph numbers alone say what an item needs', async () => {
    expect(await reportOn(CASE, edited(filled('cases'), 'cites: []', 'cites: [p-1]')))
      .toMatchInlineSnapshot(`
      "content/cases/xin-anli.mdx:13:9 错误 [字段 schema] cites（对应讲话）的每一项要写明哪篇讲话的哪几段，不能只写一个名称或编号。
          改法：写成两行：  - speech: 讲话的文件名或标题，下一行与 speech 对齐写 paragraphs: [p-12, p-13]。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a field of a cite lined up with its dash is named, and the cite still read', async () => {
    const text = edited(
      filled('cases'),
      'cites: []',
      'cites:\n  - speech: 测试讲话\n  paragraphs: [p-999]',
    );
    expect(await reportOn(CASE, text)).toMatchInlineSnapshot(`
      "content/cases/xin-anli.mdx:15:3 错误 [字段格式 yaml-syntax] paragraphs: 和上一项的“-”对齐了；它属于这一项，要和“-”后面的字段对齐。
          改法：在 paragraphs: 前面再加 2 个空格。
      content/cases/xin-anli.mdx:15:16 错误 [讲话段落 cite] 字段 cites.paragraphs：讲话 ceshi-jianghua 没有段落 p-999，它的段落是 p-1 到 p-5。
          改法：请对照讲话页面上每段前的编号。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });
});
