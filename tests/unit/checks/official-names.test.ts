import { describe, expect, test } from 'vitest';
import { reportsOn, type ExtraFile } from '../../helpers/check-project.ts';

/** The content check's report on files laid over the valid base fixture. */
const reportOn = reportsOn('official-names');

/** Two glossary terms keeping official forms (a fullName, a title in quotes) and a speech writing one its own way. */
const GLOSSARY: Record<string, ExtraFile> = {
  'content/glossary/liangxue.mdx':
    '---\ntitle: 两学一做\nfullName: 学党章党规、学系列讲话，做合格党员\nsummary: 一般而言，指学党章党规、学系列讲话，做合格党员。\n---\n\n一般而言，正文。\n',
  'content/glossary/zhuti.mdx':
    '---\ntitle: “不忘初心、牢记使命”主题教育\nsummary: 一般而言，一次党内集中教育。\n---\n\n一般而言，正文。\n',
  'content/speeches/mingcheng.mdx':
    '---\ntitle: 名称测试讲话\ndate: 2022-06-27\nsummary: 测试用讲话。\n---\n\n要以推进“两学一做”学习教育常态化制度化和开展“不忘初心，牢记使命”主题教育为抓手，强化党员道德素质教育。\n',
};

const caseWith = (body: string, fields = '') =>
  `---\ntitle: 名称案例\nkind: 部署要求\nsummary: 摘要。\n${fields}---\n\n${body}\n`;

const check = (files: Record<string, ExtraFile>) => reportOn({ ...GLOSSARY, ...files });

describe('a campaign name written with other punctuation than the glossary keeps', () => {
  test('is an error in a case body, naming the found text, the official form, the exact replacement and the glossary', async () => {
    expect(
      await check({
        'content/cases/a.mdx': caseWith(
          '一般而言，“两学一做”指学党章党规、学系列讲话、做合格党员；“不忘初心，牢记使命”主题教育是一次党内集中教育。',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/a.mdx:7:13 错误 [正式名称 official-name] 这里写作「学党章党规、学系列讲话、做合格党员」，和术语表里“两学一做”的全称「学党章党规、学系列讲话，做合格党员」字相同、标点不同。
          改法：改成「学党章党规、学系列讲话，做合格党员」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/liangxue.mdx 的 fullName（全称）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/cases/a.mdx:7:31 错误 [正式名称 official-name] 这里写作「“不忘初心，牢记使命”主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「“不忘初心、牢记使命”主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('is an error in every field in the site’s own words and in every collection: summary, points, questions, a site, a concept, a glossary term, a speech’s note', async () => {
    expect(
      await check({
        'content/cases/a.mdx': caseWith(
          '正文。',
          'points:\n  - 开展不忘初心，牢记使命主题教育\nquestions:\n  - 怎样开展“不忘初心，牢记使命”主题教育？\n',
        ).replace('summary: 摘要。', 'summary: 学党章党规，学系列讲话，做合格党员。'),
        'content/sites/a.mdx':
          '---\ntitle: 不忘初心牢记使命主题教育基地\nsummary: 测试用示范点。\nstatus: 已有\nkind: 城市社区\n---\n\n正文。\n',
        'content/concepts/da-zhenghe-gongzhi.mdx':
          '---\ntitle: 大整合共治\nsummary: 摘要。\norder: 2\n---\n\n结合‘不忘初心，牢记使命’主题教育。\n',
        'content/glossary/liangxue.mdx': GLOSSARY[
          'content/glossary/liangxue.mdx'
        ]!.toString().replace(
          '一般而言，正文。',
          '一般而言，指学党章党规、学系列讲话、做合格党员。',
        ),
        'content/speeches/mingcheng.mdx': GLOSSARY[
          'content/speeches/mingcheng.mdx'
        ]!.toString().replace(
          'summary: 测试用讲话。',
          'summary: 部署开展“不忘初心，牢记使命”主题教育。',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/a.mdx:4:10 错误 [正式名称 official-name] 这里写作「学党章党规，学系列讲话，做合格党员」，和术语表里“两学一做”的全称「学党章党规、学系列讲话，做合格党员」字相同、标点不同。
          改法：改成「学党章党规、学系列讲话，做合格党员」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/liangxue.mdx 的 fullName（全称）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/cases/a.mdx:6:7 错误 [正式名称 official-name] 这里写作「不忘初心，牢记使命主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「不忘初心、牢记使命主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/cases/a.mdx:8:9 错误 [正式名称 official-name] 这里写作「“不忘初心，牢记使命”主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「“不忘初心、牢记使命”主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/concepts/da-zhenghe-gongzhi.mdx:7:3 错误 [正式名称 official-name] 这里写作「‘不忘初心，牢记使命’主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「‘不忘初心、牢记使命’主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/glossary/liangxue.mdx:7:7 错误 [正式名称 official-name] 这里写作「学党章党规、学系列讲话、做合格党员」，和术语表里“两学一做”的全称「学党章党规、学系列讲话，做合格党员」字相同、标点不同。
          改法：改成「学党章党规、学系列讲话，做合格党员」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/liangxue.mdx 的 fullName（全称）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/sites/a.mdx:2:8 错误 [正式名称 official-name] 这里写作「不忘初心牢记使命主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「不忘初心、牢记使命主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/speeches/mingcheng.mdx:4:14 错误 [正式名称 official-name] 这里写作「“不忘初心，牢记使命”主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「“不忘初心、牢记使命”主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      内容检查发现 7 个错误、0 个提醒。"
    `);
  });
});

describe('the speech’s own punctuation is kept where the speech is quoted', () => {
  test('in the speech itself, in a <SpeechQuote>, in a quotation of a sentence found in a speech (‘’ nested alike), and in a sentence saying the speech writes the name so', async () => {
    expect(
      await check({
        'content/cases/a.mdx': caseWith(
          [
            '<SpeechQuote speech="mingcheng" at="p-1">要以推进“两学一做”学习教育常态化制度化和开展“不忘初心，牢记使命”主题教育为抓手，强化党员道德素质教育。</SpeechQuote>',
            '讲话提出：“以推进‘两学一做’学习教育常态化制度化和开展‘不忘初心，牢记使命’主题教育为抓手”。',
            '讲话要求以开展“不忘初心，牢记使命”主题教育为抓手。',
          ].join('\n\n'),
        ),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });

  test('but not in a quotation the speech does not hold, nor in a name quoted alone in the site’s own sentence', async () => {
    expect(
      await check({
        'content/cases/a.mdx': caseWith(
          [
            '有人说：“要开展‘不忘初心，牢记使命’主题教育”。',
            '本市开展了“不忘初心，牢记使命”主题教育。',
          ].join('\n\n'),
        ),
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/a.mdx:7:9 错误 [正式名称 official-name] 这里写作「‘不忘初心，牢记使命’主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「‘不忘初心、牢记使命’主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      content/cases/a.mdx:9:6 错误 [正式名称 official-name] 这里写作「“不忘初心，牢记使命”主题教育」，和术语表里的正式名称「“不忘初心、牢记使命”主题教育」字相同、标点不同。
          改法：改成「“不忘初心、牢记使命”主题教育」（npm run fix 会自动改好）。正式写法只记在术语表 content/glossary/zhuti.mdx 的 title（术语）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });
});

describe('the official form', () => {
  test('passes however it is quoted, spaced or typed half-width (the site corrects the comma itself)', async () => {
    expect(
      await check({
        'content/cases/a.mdx': caseWith(
          [
            '开展“不忘初心、牢记使命”主题教育，即不忘初心、牢记使命主题教育。',
            '他说：“要开展‘不忘初心、牢记使命’主题教育”。',
            '“两学一做”即学党章党规、学系列讲话，做合格党员，也写作学党章党规、学系列讲话, 做合格党员。',
          ].join('\n\n'),
        ),
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/a.mdx:11:40 提醒 [排版 typography] 这个文件里有 2 处排版要改正（半角标点 1 处，多余的空格 1 处），网站会自动改正，不用手改。第一处：把“,”改成“，”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      内容检查发现 0 个错误、1 个提醒。"
    `);
  });

  test('is only what published terms keep: a draft term, and a title without marks between its characters, set nothing', async () => {
    expect(
      await reportOn({
        'content/glossary/caogao.mdx':
          '---\ntitle: 守初心、担使命\nsummary: 一般而言，总要求。\ndraft: true\n---\n\n一般而言，正文。\n',
        'content/glossary/liangxue.mdx':
          '---\ntitle: 两学一做\nsummary: 一般而言，学习教育。\n---\n\n一般而言，正文。\n',
        'content/cases/a.mdx': caseWith('守初心，担使命；两学、一做。'),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });

  test('is a Chinese name: a term spelled with Latin letters, digits or pasted code keeps no official punctuation', async () => {
    expect(
      await reportOn({
        'content/glossary/o2o.mdx':
          '---\ntitle: O2O（线上线下）\nsummary: 一般而言，线上线下结合。\n---\n\n一般而言，正文。\n',
        'content/glossary/daima.mdx':
          '---\ntitle: ＜script＞alert(123)＜/script＞\nsummary: 一般而言，一段代码。\n---\n\n一般而言，正文。\n',
        'content/cases/a.mdx': caseWith(
          'O2O线上线下。',
          'points:\n  - <script>alert(123)</script>\n',
        ),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });
});
