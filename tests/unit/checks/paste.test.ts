import { describe, expect, test } from 'vitest';
import { checkFixture } from '../../helpers/check-project.ts';
import { formatReport } from '../../../src/checks/finding.ts';

/** A case's file: the base fixture's valid fields, with `fields` and `body` as the editor pasted them. */
const caseFile = (fields: string, body = '## 做法\n\n正文。\n') => `---\n${fields}\n---\n\n${body}`;

const VALID = 'title: 粘贴的案例\nkind: 已有做法\nsummary: 从别处复制来的案例。';

let runs = 0;

/** The content check's report on one file laid over the valid base fixture, only that file's findings. */
async function reportOn(text: string, path = 'content/cases/zhantie.mdx'): Promise<string> {
  runs += 1;
  const { findings } = await checkFixture('_base', { [path]: text }, `paste-${runs}`);
  return formatReport(findings.filter((finding) => finding.file === path));
}

describe('paste mistakes in the frontmatter, each named on its own line', () => {
  test('a full-width colon after a field name, and a Chinese field name', async () => {
    expect(
      await reportOn(caseFile('title：粘贴的案例\nkind: 已有做法\n摘要：从别处复制来的案例。')),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:2:6 错误 [字段格式 yaml-syntax] 字段名 title 后面是全角冒号“：”，应当是半角冒号“:”加一个空格。
          改法：写成 title: 粘贴的案例
      content/cases/zhantie.mdx:4:1 错误 [字段格式 yaml-syntax] 字段名要用英文写：“摘要”应写作 summary，冒号也要用半角。
          改法：写成 summary: 从别处复制来的案例。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a colon without its space, and one followed by a full-width space', async () => {
    expect(
      await reportOn(caseFile('title: 粘贴的案例\nkind:已有做法\nsummary:　从别处复制来的案例。')),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:3:5 错误 [字段格式 yaml-syntax] 字段名 kind 的冒号后面少了一个空格，整行会被当成一段文字。
          改法：写成 kind: 已有做法
      content/cases/zhantie.mdx:4:8 错误 [字段格式 yaml-syntax] 字段名 summary 的冒号后面是全角空格，应当是半角空格。
          改法：写成 summary: 从别处复制来的案例。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('tabs and full-width spaces as indentation', async () => {
    expect(
      await reportOn(
        caseFile(`${VALID}\nsources:\n\t- title: 测试讲话\n\u3000\u3000date: 2022-06`),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:6:1 错误 [字段格式 yaml-syntax] 这一行开头用制表符（Tab）缩进；字段区只认半角空格。
          改法：把行首的空白改成半角空格：下一层的行比上一层多缩进两个空格，例如“  - title: …”。
      content/cases/zhantie.mdx:7:1 错误 [字段格式 yaml-syntax] 这一行开头用全角空格缩进；字段区只认半角空格。
          改法：把行首的空白改成半角空格：下一层的行比上一层多缩进两个空格，例如“  - title: …”。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a value with “colon space” in it, a value broken over two lines, a field written twice', async () => {
    expect(
      await reportOn(
        caseFile(
          'title: 粘贴的案例\nkind: 已有做法\nsummary: 讲话指出: 要加强领导。\nregion: X市\nregion: X县',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:4:10 错误 [字段格式 yaml-syntax] 值里有“冒号加空格”，冒号前面的文字会被当成另一个字段名。
          改法：把值里的冒号改成全角“：”（中文本该用全角），或用英文双引号把整个值括起来，例如 summary: "……"。
      content/cases/zhantie.mdx:6:1 错误 [字段格式 yaml-syntax] 字段 region 写了两次。
          改法：保留一行，删除另一行。
      内容检查发现 2 个错误、0 个提醒。"
    `);
    expect(
      await reportOn(
        caseFile('title: 粘贴的案例\nkind: 已有做法\nsummary: 第一句话。\n第二句话。'),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:5:1 错误 [字段格式 yaml-syntax] 这一行不是“字段名: 值”的形式，可能是上一行的值断成了两行。
          改法：把这一行接到上一行的末尾，写成一行；若它本身是一个字段，写成 字段名: 值（冒号用半角，后面加空格）。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('--- turned into dashes by Word, and a block that never ends', async () => {
    expect(await reportOn(`——-\n${VALID}\n—-—\n\n正文。\n`)).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:1:1 错误 [字段格式 yaml-syntax] 字段区的分隔行应当是三个半角减号 ---，这里是“——-”（Word、WPS 常把 --- 自动改成破折号或全角符号）。
          改法：把这一行改成 ---（三个半角减号，没有空格）。
      content/cases/zhantie.mdx:5:1 错误 [字段格式 yaml-syntax] 字段区的分隔行应当是三个半角减号 ---，这里是“—-—”（Word、WPS 常把 --- 自动改成破折号或全角符号）。
          改法：把这一行改成 ---（三个半角减号，没有空格）。
      内容检查发现 2 个错误、0 个提醒。"
    `);
    expect(await reportOn(`---\n${VALID}\n\n## 做法\n\n正文。\n`)).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:5:1 错误 [字段格式 yaml-syntax] 字段区没有用一行 --- 结束。
          改法：在最后一个字段的下一行写 ---（三个半角减号），正文写在它下面；这里的第 5 行空行可以直接改成 ---。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a value wrapped in Chinese quotation marks, in any field, and the way to keep them', async () => {
    expect(
      await reportOn(
        caseFile(
          'title: “重点镇改革”\nkind: 已有做法\nsummary: 从别处复制来的案例。\nregion: ‘X市’\ntags: [“重点镇”]',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:2:8 错误 [标点 punctuation] 整个值被中文引号括起来了：“重点镇改革”。引号会原样显示在页面上。
          改法：字段的值不需要引号，写成 title: 重点镇改革；若引号本来就是标题的一部分，用英文单引号把整个值括起来：title: '“重点镇改革”'。
      content/cases/zhantie.mdx:5:9 错误 [标点 punctuation] 整个值被中文引号括起来了：‘X市’。引号会原样显示在页面上。
          改法：字段的值不需要引号，写成 region: X市；若引号本来就是内容的一部分，用英文单引号把整个值括起来：region: '‘X市’'。
      content/cases/zhantie.mdx:6:8 错误 [标点 punctuation] 整个值被中文引号括起来了：“重点镇”。引号会原样显示在页面上。
          改法：字段的值不需要引号，写成 tags: 重点镇；若引号本来就是内容的一部分，用英文单引号把整个值括起来：tags: '“重点镇”'。
      内容检查发现 3 个错误、0 个提醒。"
    `);
    expect(
      await reportOn(
        caseFile(`title: '“重点镇改革”'\nkind: 已有做法\nsummary: 从别处复制来的案例。`),
      ),
    ).toMatchInlineSnapshot(`"内容检查通过，没有发现问题。"`);
  });

  test('half-width punctuation and invisible characters in values', async () => {
    expect(
      await reportOn(
        caseFile(
          'title: 粘贴的案例\nkind: 已有做法\nsummary: 讲话指出,要加强(组织)领导.\nregion: X\u200b市',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:4:10 错误 [标点 punctuation] 字段 summary 里有 1 处半角句点“.”跟在中文后面。
          改法：句末的“.”改成句号“。”；序号后面的改成顿号“、”，例如“一、”。
      content/cases/zhantie.mdx:4:14 提醒 [排版 typography] 这个文件里有 4 处排版要改正（半角标点 3 处，看不见的字符 1 处），网站会自动改正，不用手改。第一处：把“,”改成“，”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      内容检查发现 1 个错误、1 个提醒。"
    `);
  });

  test('a field name that is a list or a map, as YAML’s ? and { } can write one', async () => {
    expect(await reportOn(caseFile(`${VALID}\n? ? ? 名称\n: 值`))).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:5:3 错误 [字段格式 yaml-syntax] 这里的字段名不是一段文字，而是一个列表或一组字段（YAML 的 ? 或 {…} 写法）。
          改法：每行写成“字段名: 值”，字段名用英文字母；值以 ? [ { 开头时，用英文双引号把整个值括起来，例如 summary: "……"。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('dates written the Chinese way or with full-width digits, impossible and future dates', async () => {
    expect(
      await reportOn(
        caseFile(
          `title: 粘贴的案例\nkind: 已有做法\ndate: 2022年6月27日\nsummary: 从别处复制来的案例。\nupdated: ２０２２－０７－０１\nsources:\n  - title: 测试讲话\n    date: 2022.6\n  - title: 另一篇\n    date: 2099-01-01`,
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:4:7 错误 [日期 date] 日期要写成“年-月-日”的形式（半角数字和减号），这里是“2022年6月27日”。
          改法：写成 2022-06-27。
      content/cases/zhantie.mdx:6:10 错误 [日期 date] 日期要写成“年-月-日”的形式（半角数字和减号），这里是“２０２２－０７－０１”。
          改法：写成 2022-07-01。
      content/cases/zhantie.mdx:9:11 错误 [日期 date] 日期要写成“年-月-日”的形式（半角数字和减号），这里是“2022.6”。
          改法：写成 2022-06。
      content/cases/zhantie.mdx:11:11 错误 [日期 date] 日期 2099-01-01 在今天之后。
          改法：写来源或讲话实际的日期；不知道确切日期时，只写年份（如 2019），是推断的在前面加“约”。
      内容检查发现 4 个错误、0 个提醒。"
    `);
    expect(
      await reportOn(
        caseFile(
          'title: 粘贴的案例\ndate: 2022-02-30\nsummary: 从别处复制来的案例。\nkind: 已有做法',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:3:7 错误 [日期 date] 日期“2022-02-30”不存在。
          改法：应写成“年-月-日”，月份 01–12，日期不超过当月天数，例如 2022-06-27。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});

describe('lists typed as one text are read as the editor meant them', () => {
  test('without brackets, or separated by ，、；, items are split and each is checked', async () => {
    expect(
      await reportOn(
        caseFile(
          `${VALID}\nconcepts: 大服务共享, 大整合共治\nsites: 测试社区\ntags: [重点镇，乡镇改革、基层改革]`,
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:5:16 提醒 [排版 typography] 这个文件里有 2 处排版要改正（半角标点 1 处，多余的空格 1 处），网站会自动改正，不用手改。第一处：把“,”改成“，”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      内容检查发现 0 个错误、1 个提醒。"
    `);
    expect(await reportOn(caseFile(`${VALID}\nconcepts: 大服务共享，大整合共享`)))
      .toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:5:17 错误 [引用 reference] 字段 concepts：找不到名为“大整合共享”的理念。
          改法：是否想写“大整合共治”？可写中文名称或文件名，可选：大服务共享（da-fuwu-gongxiang）、大整合共治（da-zhenghe-gongzhi）。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});

describe('paste mistakes in the body, each named on its own line', () => {
  test('a heading without its space, or with full-width ＃', async () => {
    expect(
      await reportOn(
        caseFile(VALID, '##做法\n\n正文。\n\n＃＃ 成效\n\n正文。\n\n###经验启示\n\n正文。\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:7:1 错误 [正文格式 markdown] 标题的 ## 后面少了一个空格，这一行不会成为标题，而会原样显示“##做法”。
          改法：写成 ## 做法（半角 #，后面空一格）；若这不是标题，在 # 前加反斜杠 \\。
      content/cases/zhantie.mdx:11:1 错误 [正文格式 markdown] 标题的 ＃＃ 是全角符号，这一行不会成为标题。
          改法：写成 ## 成效（半角 #，后面空一格）；若这不是标题，在 # 前加反斜杠 \\。
      content/cases/zhantie.mdx:15:1 错误 [正文格式 markdown] 标题的 ### 后面少了一个空格，这一行不会成为标题，而会原样显示“###经验启示”。
          改法：写成 ### 经验启示（半角 #，后面空一格）；若这不是标题，在 # 前加反斜杠 \\。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('first-line indents, Word bullets, lines that run into one paragraph', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n　　第一段，首行缩进。\n第二段，没有空行。\n\n• 第一项\n• 第二项\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:1 提醒 [排版 typography] 这个文件里有 2 处排版要改正（多余的空格 2 处），网站会自动改正，不用手改。第一处：把全角空格删掉。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      content/cases/zhantie.mdx:10:1 错误 [正文格式 markdown] 这一行会和上一行连成同一段，连接处还会多出一个空格。
          改法：若是新的一段，在两行之间空一行；若是同一段，把这一行接到上一行的末尾。
      content/cases/zhantie.mdx:12:1 错误 [正文格式 markdown] 这一行用“•”开头，不会成为列表，几行会连成一段。
          改法：列表的每一项用半角减号加空格开头：- 内容。
      content/cases/zhantie.mdx:13:1 错误 [正文格式 markdown] 这一行用“•”开头，不会成为列表，几行会连成一段。
          改法：列表的每一项用半角减号加空格开头：- 内容。
      内容检查发现 3 个错误、1 个提醒。"
    `);
  });

  test('<br>, HTML comments and other HTML', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n第一行<br>第二行<br/>第三行。\n\n<!-- 备注：\n待核实 -->\n\n<p>段落</p>\n\n- 列表里<br>也不行\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:4 错误 [正文格式 markdown] 正文里不能用 <br> 换行。
          改法：删除 <br>。要分段，在两段之间空一行；一段之内不需要换行，网站会自动折行。
      content/cases/zhantie.mdx:9:11 错误 [正文格式 markdown] 正文里不能用 <br/> 换行。
          改法：删除 <br/>。要分段，在两段之间空一行；一段之内不需要换行，网站会自动折行。
      content/cases/zhantie.mdx:11:1 错误 [正文格式 markdown] 正文里不能写 HTML 注释 <!-- -->，MDX 不支持这种写法。
          改法：删除这段注释；需要留给编辑的说明，请写在以 _ 开头的文件里。
      content/cases/zhantie.mdx:14:1 错误 [元素 mdx-element] 内容里不能使用 <p>。只允许普通 Markdown 和这些组件：<SpeechQuote>、<Note>、<Figure>。
          改法：直接写段落，段与段之间空一行。
      content/cases/zhantie.mdx:16:6 错误 [正文格式 markdown] 正文里不能用 <br> 换行。
          改法：删除 <br>。要分段，在两段之间空一行；一段之内不需要换行，网站会自动折行。
      内容检查发现 5 个错误、0 个提醒。"
    `);
  });

  test('a component with Chinese quotation marks or full-width brackets', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n<SpeechQuote speech=“ceshi-jianghua” at=“p-2”>第一节正文。</SpeechQuote>\n\n＜Note title="说明"＞说明。＜/Note＞\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:1 错误 [正文格式 markdown] 属性值要用英文双引号 " "，这里是中文引号：<SpeechQuote speech=“ceshi-jianghua” at=
          改法：写成 <SpeechQuote speech="ceshi-jianghua" at="p-2">
      content/cases/zhantie.mdx:11:1 错误 [正文格式 markdown] 组件的尖括号要用半角 < >，这里是全角：＜Note title="说明"＞
          改法：写成 <Note title="说明">
      content/cases/zhantie.mdx:11:21 错误 [正文格式 markdown] 组件的尖括号要用半角 < >，这里是全角：＜/Note＞
          改法：写成 </Note>
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('links and images written with full-width marks, and a bare address followed by Chinese', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n见［政府网］（https://www.gov.cn/）和【链接】(https://www.gov.cn/)。\n\n！[示意图](../images/shiyi.png)\n\n网址是https://www.gov.cn。\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:2 错误 [正文格式 markdown] 这个链接用了全角符号，不会成为链接：［政府网］（https://www.gov.cn/）
          改法：写成 [政府网](https://www.gov.cn/)（方括号、圆括号和感叹号都用半角）。
      content/cases/zhantie.mdx:9:29 错误 [正文格式 markdown] 这个链接用了全角符号，不会成为链接：【链接】(https://www.gov.cn/)
          改法：写成 [链接](https://www.gov.cn/)（方括号、圆括号和感叹号都用半角）。
      content/cases/zhantie.mdx:11:1 错误 [正文格式 markdown] 这个图片用了全角符号，不会成为图片：！[示意图](../images/shiyi.png)
          改法：写成 ![示意图](../images/shiyi.png)（方括号、圆括号和感叹号都用半角）。
      content/cases/zhantie.mdx:13:4 错误 [正文格式 markdown] 网址后面紧跟着中文或全角标点，它们被当成了网址的一部分，链接会打不开：https://www.gov.cn。
          改法：在网址和后面的文字之间加一个空格，或写成 [文字](网址)。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('a link with full-width marks after a stray bracket is read from its own bracket', async () => {
    // The label stops at the next opening bracket, which is also what keeps a line of
    // thousands of [ from being read once for each of them.
    expect(await reportOn(caseFile(VALID, '## 做法\n\n见[注［政府网］（https://www.gov.cn/）。\n')))
      .toMatchInlineSnapshot(`
        "content/cases/zhantie.mdx:9:4 错误 [正文格式 markdown] 这个链接用了全角符号，不会成为链接：［政府网］（https://www.gov.cn/）
            改法：写成 [政府网](https://www.gov.cn/)（方括号、圆括号和感叹号都用半角）。
        内容检查发现 1 个错误、0 个提醒。"
      `);
  });

  test('** that stays visible next to Chinese punctuation or with spaces inside', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n**一是加强领导。**各单位要落实。\n\n讲话要求**“三个一”**。\n\n** 加粗 **文字。\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:1 错误 [正文格式 markdown] 这里的 ** 没有变成加粗，会原样显示。
          改法：加粗写成 **文字**：** 紧贴文字，里面不留空格；紧挨着中文标点时 Markdown 不认，把标点移到 ** 外面，例如把 **加粗：** 改成 **加粗**：，把 **“三个一”** 改成 “**三个一**”。
      content/cases/zhantie.mdx:11:5 错误 [正文格式 markdown] 这里的 ** 没有变成加粗，会原样显示。
          改法：加粗写成 **文字**：** 紧贴文字，里面不留空格；紧挨着中文标点时 Markdown 不认，把标点移到 ** 外面，例如把 **加粗：** 改成 **加粗**：，把 **“三个一”** 改成 “**三个一**”。
      content/cases/zhantie.mdx:13:1 错误 [正文格式 markdown] 这里的 ** 没有变成加粗，会原样显示。
          改法：加粗写成 **文字**：** 紧贴文字，里面不留空格；紧挨着中文标点时 Markdown 不认，把标点移到 ** 外面，例如把 **加粗：** 改成 **加粗**：，把 **“三个一”** 改成 “**三个一**”。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('half-width punctuation in Chinese text and invisible characters', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n讲话指出,要加强(组织)领导.\n\n共1,000人，10:30开会。\n\n网格\u200b化服务中心。\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:5 提醒 [排版 typography] 这个文件里有 4 处排版要改正（半角标点 3 处，看不见的字符 1 处），网站会自动改正，不用手改。第一处：把“,”改成“，”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      content/cases/zhantie.mdx:9:15 错误 [标点 punctuation] 半角句点“.”跟在中文后面。
          改法：句末的“.”改成句号“。”；序号后面的改成顿号“、”，例如“一、”。
      内容检查发现 1 个错误、1 个提醒。"
    `);
  });

  test('every mistake of a file is reported at once, syntax errors included', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n少于<5个。\n\n一对{花括号。\n\n<Note>没有结束标签。\n\n最后一段,半角逗号。\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:3 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的“<”后面不是标签名：MDX 把 < 当作标签的开始。
          改法：要写小于号，请改用全角的“＜”，或改写成“少于”“不足”。
      content/cases/zhantie.mdx:11:3 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的花括号 { } 没有配对：MDX 把花括号当作代码。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/zhantie.mdx:13:1 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：<Note> 没有结束标签。
          改法：在它的内容之后加上 </Note>。
      content/cases/zhantie.mdx:15:5 提醒 [排版 typography] 这个文件里有 1 处排版要改正（半角标点 1 处），网站会自动改正，不用手改。第一处：把“,”改成“，”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      内容检查发现 3 个错误、1 个提醒。"
    `);
  });
});

describe('the template’s placeholders and date', () => {
  test('a model site’s status left as the template wrote it says how to decide it', async () => {
    expect(
      await reportOn(
        '---\ntitle: 新示范点\nsummary: 一两句话。\nstatus: 【请填写：已有 或 部署要求】\n---\n\n介绍。\n',
        'content/sites/xin-shifandian.mdx',
      ),
    ).toMatchInlineSnapshot(`
      "content/sites/xin-shifandian.mdx:4:9 错误 [模板占位 placeholder] 模板里的占位文字“【请填写：已有 或 部署要求】”还没有换成真实内容，会原样发布。
          改法：讲话说已经有的（参观过、作过介绍、已经建成的），写 status: 已有；讲话要求建设、开展或推广的（试点、示范带等），写 status: 部署要求。这一行不能删。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('are refused wherever they are left', async () => {
    expect(
      await reportOn(
        caseFile(
          'title: 新案例\nkind: 【请填写：已有做法 或 部署要求】\nsummary: 【请填写：一两句话说明这个做法】\nsources:\n  - title: 【请填写：来源文件的标题】',
          '## 背景\n\n【请填写】\n\n## 做法\n\n已经写好的做法。\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:3:7 错误 [模板占位 placeholder] 模板里的占位文字“【请填写：已有做法 或 部署要求】”还没有换成真实内容，会原样发布。
          改法：来源说已经开展、取得了成绩的，写 kind: 已有做法；讲话或文件要求去做的，写 kind: 部署要求。这一行不能删。
      content/cases/zhantie.mdx:4:10 错误 [模板占位 placeholder] 模板里的占位文字“【请填写：一两句话说明这个做法】”还没有换成真实内容，会原样发布。
          改法：换成来源能支持的真实内容；确实没有可写的，删去这一行。
      content/cases/zhantie.mdx:6:12 错误 [模板占位 placeholder] 模板里的占位文字“【请填写：来源文件的标题】”还没有换成真实内容，会原样发布。
          改法：换成来源能支持的真实内容；确实没有可写的，删去这一行。
      content/cases/zhantie.mdx:11:1 错误 [模板占位 placeholder] 模板里的占位文字“【请填写】”还没有换成真实内容，会原样发布。
          改法：换成真实内容；这一节确实没有可写的内容时，连同它的小标题一起删除。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('a placeholder after a stray 【 is named alone', async () => {
    // A placeholder holds no other 【, which also keeps a line of thousands of 【请填写 from
    // being read once for each of them.
    expect(await reportOn(caseFile(VALID, '## 做法\n\n【请填写【请填写】\n')))
      .toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:5 错误 [模板占位 placeholder] 模板里的占位文字“【请填写】”还没有换成真实内容，会原样发布。
          改法：换成真实内容；这一节确实没有可写的内容时，连同它的小标题一起删除。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('the older template’s phrases too', async () => {
    expect(
      await reportOn(
        caseFile(
          `${VALID}`,
          '## 背景\n\n（请填写）\n\n## 成效\n\n（来源说明了成效才写，否则删去本节）\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:1 错误 [模板占位 placeholder] 模板里的占位文字“（请填写）”还没有换成真实内容，会原样发布。
          改法：换成真实内容；这一节确实没有可写的内容时，连同它的小标题一起删除。
      content/cases/zhantie.mdx:13:1 错误 [模板占位 placeholder] 模板里的占位文字“（来源说明了成效才写，否则删去本节）”还没有换成真实内容，会原样发布。
          改法：换成真实内容；这一节确实没有可写的内容时，连同它的小标题一起删除。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });
});

describe('a quotation that differs from the speech', () => {
  test('is named at its first differing character, with where it is in both texts', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n<SpeechQuote speech="ceshi-jianghua" at="p-2">第一节正问。</SpeechQuote>\n\n<SpeechQuote speech="ceshi-jianghua" at="part-1-2">\n（二）第二节\n\n第二节正文，多了字。\n</SpeechQuote>\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:51 错误 [引文 quote] 引文与讲话原文不一致：引文第 5 个字是“问”，原文（《测试讲话》第 2 段第 5 个字）是“文”。引文 “第一节正【问】。”，原文 “第一节正【文】。”。
          改法：从讲话页面复制这一段原文，替换引文（空格多少、标点全角半角不算不一致）。
      content/cases/zhantie.mdx:14:6 错误 [引文 quote] 引文与讲话原文不一致：引文第 12 个字是“，”，原文（《测试讲话》（二）第二节第 12 个字）是“。”。引文 “第二节第二节正文【，】多了字。”，原文 “二节第二节正文【。】”。
          改法：从讲话页面复制这一段原文，替换引文（空格多少、标点全角半角不算不一致）。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });
});

describe('a quotation left empty', () => {
  test('is named, with the passage to paste', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n<SpeechQuote speech="ceshi-jianghua" at="p-2" />\n\n<SpeechQuote speech="ceshi-jianghua" at="part-1-2"></SpeechQuote>\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:1 错误 [引文 quote] <SpeechQuote> 里没有引文，页面上会是一个空的引用框。
          改法：在 <SpeechQuote …> 和 </SpeechQuote> 之间粘贴讲话第 2 段的原文（从讲话页面复制）。
      content/cases/zhantie.mdx:11:1 错误 [引文 quote] <SpeechQuote> 里没有引文，页面上会是一个空的引用框。
          改法：在 <SpeechQuote …> 和 </SpeechQuote> 之间粘贴讲话“（二）第二节”一节的原文（从讲话页面复制）。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });
});

describe('a quotation word for word, but from another paragraph', () => {
  test('names the paragraph it is from, and the at to write', async () => {
    expect(
      await reportOn(
        caseFile(
          VALID,
          '## 做法\n\n<SpeechQuote speech="ceshi-jianghua" at="p-2">第二节正文。</SpeechQuote>\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/zhantie.mdx:9:1 错误 [引文 quote] 引文出自《测试讲话》第 3 段（p-3），不是 at 写的 p-2。
          改法：把 at="p-2" 改成 at="p-3"。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});

describe('in a speech, a cause is reported before (and instead of) what it causes', () => {
  const registry =
    '/\n/speeches/ceshi-jianghua/\n/speeches/ceshi-jianghua/#p-2\n/speeches/ceshi-jianghua/#part-1\n/speeches/ceshi-jianghua/#part-1-1\n/speeches/ceshi-jianghua/#part-1-2\n';
  const speech = (heading: string) =>
    `---\ntitle: 测试讲话\ndate: 2022-06-27\nsummary: 测试用讲话。\nconcepts: [大整合共治]\n---\n\n同志们：\n\n${heading}\n\n### （一）第一节\n\n第一节正文。\n\n### (二)第二节\n\n第二节正文。\n\n## 二、第二部分\n\n一是……的引言。\n\n### 一是第一点\n\n第一点正文。\n`;

  test('a malformed part heading: one finding, not the registry and numbering errors it would cause', async () => {
    runs += 1;
    const { findings } = await checkFixture(
      '_base',
      {
        'content/speeches/ceshi-jianghua.mdx': speech('##一、第一部分'),
        'content/_published-urls.txt': registry,
      },
      `paste-${runs}`,
    );
    expect(formatReport(findings)).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:10:1 错误 [正文格式 markdown] 标题的 ## 后面少了一个空格，这一行不会成为标题，而会原样显示“##一、第一部分”。
          改法：写成 ## 一、第一部分（半角 #，后面空一格）；若这不是标题，在 # 前加反斜杠 \\。
      content/speeches/ceshi-jianghua.mdx:16:5 提醒 [排版 typography] 这个文件里有 2 处排版要改正（半角标点 2 处），网站会自动改正，不用手改。第一处：把“(”改成“（”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      内容检查发现 1 个错误、1 个提醒。"
    `);
  });
});

describe('the same mistakes in other fields, collections and places', () => {
  const site = (fields: string, body = '示范点的介绍。\n') =>
    ['content/sites/zhantie-shequ.mdx', `---\n${fields}\nstatus: 已有\n---\n\n${body}`] as const;
  const term = (fields: string, body = '术语的解释。\n') =>
    ['content/glossary/zhantie-shuyu.mdx', `---\n${fields}\n---\n\n${body}`] as const;
  const speech = (fields: string, body: string) =>
    ['content/speeches/zhantie-jianghua.mdx', `---\n${fields}\n---\n\n${body}`] as const;
  const aCase = (fields: string, body?: string) =>
    ['content/cases/zhantie.mdx', caseFile(fields, body)] as const;
  const SITE = 'title: 粘贴的社区\nsummary: 示范点。';
  const TERM = 'title: 粘贴术语\nsummary: 术语。';
  const SPEECH = 'title: 粘贴的讲话\ndate: 2022-06-27\nsummary: 讲话。';

  test.each([
    [
      'a full-width colon in a source of a case',
      aCase(`${VALID}\nsources:\n  - title：测试讲话`),
      [['6', 'yaml-syntax']],
    ],
    ['a full-width colon after region', aCase(`${VALID}\nregion：X市`), [['5', 'yaml-syntax']]],
    [
      'a tab before a cited paragraph list',
      aCase(`${VALID}\ncites:\n\t- speech: ceshi-jianghua\n\t  paragraphs: [p-2]`),
      [
        ['6', 'yaml-syntax'],
        ['7', 'yaml-syntax'],
      ],
    ],
    [
      'a site summary wrapped in Chinese quotation marks',
      site('title: 粘贴的社区\nsummary: “一个示范点”'),
      [['3', 'punctuation']],
    ],
    [
      'a synonym wrapped in Chinese quotation marks',
      term(`${TERM}\nsynonyms: [“别称”]`),
      [['4', 'punctuation']],
    ],
    [
      'a speech’s meeting wrapped in Chinese quotation marks',
      speech(`${SPEECH}\nmeeting: “推进会”`, '同志们：\n'),
      [['5', 'punctuation']],
    ],
    [
      'a Chinese date in a source',
      aCase(`${VALID}\nsources:\n  - title: 测试讲话\n    date: 2022年6月`),
      [['7', 'date']],
    ],
    [
      'an invisible character in a title',
      site('title: 粘贴的\u200b社区\nsummary: 示范点。'),
      [['2', 'typography']],
    ],
    [
      'a placeholder left in a site’s summary',
      site('title: 粘贴的社区\nsummary: 【请填写：一两句话介绍这个示范点】'),
      [['3', 'placeholder']],
    ],
    [
      'a placeholder left in a term’s body',
      term(TERM, '【请填写：解释这个术语】\n'),
      [['6', 'placeholder']],
    ],
    [
      'a fourth-level heading without its space',
      aCase(VALID, '## 做法\n\n####具体措施\n\n正文。\n'),
      [['9', 'markdown']],
    ],
    [
      'a heading without its space in a quotation block',
      aCase(VALID, '## 做法\n\n>##引文标题\n'),
      [['9', 'markdown']],
    ],
    [
      'a full-width ＃ heading on a site page',
      site(SITE, '＃＃ 基本情况\n\n正文。\n'),
      [['7', 'markdown']],
    ],
    [
      '<br /> in a quotation block',
      aCase(VALID, '## 做法\n\n> 第一行<br />第二行\n'),
      [['9', 'markdown']],
    ],
    [
      'an HTML comment in a glossary entry',
      term(TERM, '解释。\n\n<!-- 待核实 -->\n'),
      [['8', 'markdown']],
    ],
    ['Word bullets ● in a case', aCase(VALID, '## 做法\n\n● 第一项\n'), [['9', 'markdown']]],
    [
      'Chinese quotation marks in a figure caption',
      aCase(
        VALID,
        '## 做法\n\n<Figure caption=“示意图”>\n\n![示意图](../images/shiyi.png)\n\n</Figure>\n',
      ),
      [['9', 'markdown']],
    ],
    [
      '** next to a full-width colon in a list item',
      aCase(VALID, '## 做法\n\n- **时间：**每月一次\n'),
      [['9', 'markdown']],
    ],
    [
      'lines that run together in a quotation block',
      aCase(VALID, '## 做法\n\n> 第一句。\n第二句。\n'),
      [['10', 'markdown']],
    ],
    [
      'a quotation from another paragraph than at says',
      aCase(
        VALID,
        '## 做法\n\n<SpeechQuote speech="ceshi-jianghua" at="p-2">第二节正文。</SpeechQuote>\n',
      ),
      [['9', 'quote']],
    ],
    [
      'a misquotation inside a note',
      aCase(
        VALID,
        '## 做法\n\n<Note>\n\n<SpeechQuote speech="测试讲话" at="p-3">第二节正文！</SpeechQuote>\n\n</Note>\n',
      ),
      [['11', 'quote']],
    ],
    [
      'half-width brackets in a speech’s section heading',
      speech(SPEECH, '同志们：\n\n## 一、第一部分\n\n### (一)第一节\n\n正文。\n'),
      [['11', 'typography']],
    ],
    [
      'half-width marks in a glossary synonym and a term body',
      term('title: 粘贴术语\nsummary: 术语。\nsynonyms: [网格(化)]', '解释:就是这样。\n'),
      [['4', 'typography']],
    ],
    [
      'a no-break space in a speech note, and a trailing full-width space in its meeting',
      speech(`${SPEECH}\nnote: 照录\u00a0原文。\nmeeting: 推进会\u3000`, '同志们：\n\n正文。\n'),
      [['5', 'typography']],
    ],
    [
      'straight quotes in a study question and in a table cell',
      aCase(
        `${VALID}\nquestions:\n  - 怎样理解"大党建"?`,
        '## 做法\n\n| 做法 | 说明 |\n| --- | --- |\n| 议事 | "X"商议 |\n',
      ),
      [['6', 'typography']],
    ],
    [
      'a straight quote without its partner in a list item',
      aCase(VALID, '## 做法\n\n- 打造"X党旗红品牌\n'),
      [['9', 'punctuation']],
    ],
    [
      'a straight quote without its partner in a summary',
      site('title: 粘贴的社区\nsummary: 打造"X党旗红品牌。'),
      [['3', 'punctuation']],
    ],
    [
      'Chinese quotation marks inside a properly quoted attribute value, which are text',
      aCase(VALID, '## 做法\n\n<Note title="关于“X”的说明">说明。</Note>\n'),
      [],
    ],
    [
      'a file saved with a byte-order mark and Windows line ends',
      [
        'content/sites/zhantie-shequ.mdx',
        `\ufeff---\r\n${SITE.replace('\n', '\r\n')}\r\nstatus: 已有\r\n---\r\n\r\n介绍。\r\n`,
      ] as const,
      [],
    ],
  ] as const)('%s', async (_, [path, text], expected) => {
    runs += 1;
    const { findings } = await checkFixture('_base', { [path]: text }, `paste-${runs}`);
    expect(
      findings
        .filter((finding) => finding.file === path)
        .map((finding) => [String(finding.line), finding.rule]),
    ).toEqual(expected);
  });
});

describe('references read names as the site shows them', () => {
  test('a model site titled with half-width brackets is found under the full-width name, and two such titles are one title', async () => {
    const site =
      '---\ntitle: 粘贴的社区(试点)\nsummary: 示范点。\nstatus: 部署要求\n---\n\n介绍。\n';
    const { findings } = await checkFixture(
      '_base',
      {
        'content/sites/zhantie-shequ.mdx': site,
        'content/sites/zhantie-shequ-2.mdx': site.replace('(试点)', '（试点）'),
        'content/cases/zhantie.mdx': caseFile(`${VALID}\nsites: [粘贴的社区（试点）]`),
      },
      'paste-names',
    );
    expect(findings.map((finding) => [finding.file, finding.rule])).toEqual([
      ['content/sites/zhantie-shequ.mdx', 'duplicate-title'],
      ['content/sites/zhantie-shequ.mdx', 'typography'],
    ]);
  });
});
