import { describe, expect, test } from 'vitest';
import { reportsOn } from '../../helpers/check-project.ts';

/** The content check's report on files laid over the valid base fixture. */
const reportOn = reportsOn('yaml-comments');

const caseWith = (fields: string) =>
  `---\ntitle: 话题标签\nkind: 已有做法\nsummary: 摘要。\n${fields}\n---\n\n正文。\n`;

describe('a space and # inside a value, which YAML takes as a comment', () => {
  test('is refused at the # when a Weibo hashtag cuts a summary short, with the line quoted as the fix', async () => {
    const file =
      '---\ntitle: 话题标签\nkind: 已有做法\nsummary: 学习经验 #基层治理# 值得推广。\n---\n\n正文。\n';
    expect(await reportOn({ 'content/cases/a.mdx': file })).toMatchInlineSnapshot(`
      "content/cases/a.mdx:4:15 错误 [字段格式 yaml-syntax] “#基层治理# 值得推广。”前面有空格：YAML 把空格加 # 当作注释的开始，后面的文字都被丢掉了，这个值只剩“学习经验”。
          改法：用英文引号把值括起来，写成 summary: "学习经验 #基层治理# 值得推广。"；如果 # 后面是写给自己的备注，就把它删掉。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('is refused in a list item, a nested source title and a speech field', async () => {
    const speech =
      '---\ntitle: 一次讲话\nsummary: 摘要。\nmeeting: 全市工作会议 #会议#\n---\n\n同志们：\n\n正文。\n';
    expect(
      await reportOn({
        'content/cases/a.mdx': caseWith(
          'tags:\n  - 基层治理 #党建\nsources:\n  - title: 来源 #话题',
        ),
        'content/speeches/b.mdx': speech,
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/a.mdx:6:10 错误 [字段格式 yaml-syntax] “#党建”前面有空格：YAML 把空格加 # 当作注释的开始，后面的文字都被丢掉了，这个值只剩“基层治理”。
          改法：用英文引号把值括起来，写成 - "基层治理 #党建"；如果 # 后面是写给自己的备注，就把它删掉。
      content/cases/a.mdx:8:15 错误 [字段格式 yaml-syntax] “#话题”前面有空格：YAML 把空格加 # 当作注释的开始，后面的文字都被丢掉了，这个值只剩“来源”。
          改法：用英文引号把值括起来，写成 - title: "来源 #话题"；如果 # 后面是写给自己的备注，就把它删掉。
      content/speeches/b.mdx:4:17 错误 [字段格式 yaml-syntax] “#会议#”前面有空格：YAML 把空格加 # 当作注释的开始，后面的文字都被丢掉了，这个值只剩“全市工作会议”。
          改法：用英文引号把值括起来，写成 meeting: "全市工作会议 #会议#"；如果 # 后面是写给自己的备注，就把它删掉。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('in a [ ] list is one finding at the #, not a second one about the unclosed list', async () => {
    expect(await reportOn({ 'content/cases/a.mdx': caseWith('tags: [基层治理, #党建]') }))
      .toMatchInlineSnapshot(`
      "content/cases/a.mdx:5:14 错误 [字段格式 yaml-syntax] “#党建”前面有空格：YAML 把空格加 # 当作注释的开始，后面的文字都被丢掉了，这一项成了空的，方括号列表也没有关上。
          改法：用英文引号把值括起来，写成 tags: [基层治理, "#党建"]；如果 # 后面是写给自己的备注，就把它删掉。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('quotes with single quotes a value that holds a straight double quote', async () => {
    expect(
      await reportOn({
        'content/glossary/a.mdx':
          '---\ntitle: 新术语\nsummary: 又称"新词" #话题\n---\n\n一般而言，正文。\n',
      }),
    ).toMatchInlineSnapshot(`
      "content/glossary/a.mdx:3:17 错误 [字段格式 yaml-syntax] “#话题”前面有空格：YAML 把空格加 # 当作注释的开始，后面的文字都被丢掉了，这个值只剩“又称"新词"”。
          改法：用英文引号把值括起来，写成 summary: '又称"新词" #话题'；如果 # 后面是写给自己的备注，就把它删掉。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('passes the template’s own notes once uncommented, and a # inside quotes or a web address', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseWith(
          'date: 2019  # 做法的时间：来源写明了才填\nlevel: 社区  # 可选：市、区县、街道、乡镇、社区、村\ntags: ["#党建#"]\nsources:\n  - title: 来源\n    url: https://example.org/a#b',
        ),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });
});
