import { describe, expect, test } from 'vitest';
import { checkFixture } from '../../helpers/check-project.ts';
import { runChecks, hasErrors } from '../../../src/checks/index.ts';
import { MAX_IMAGE_BYTES } from '../../../src/entries/content-files.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('the content check', () => {
  test('passes the valid base fixture: every field, reference, component, image and numbering done right', async () => {
    expect((await checkFixture('_base')).report).toMatchInlineSnapshot(
      `"内容检查通过，没有发现问题。"`,
    );
  });

  test('passes the real starter content', async () => {
    const findings = await runChecks(ROOT);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(hasErrors(findings)).toBe(false);
  });
});

describe('each rule, on a fixture that breaks it', () => {
  test('file-name: files that would not become entries', async () => {
    expect((await checkFixture('file-name')).report).toMatchInlineSnapshot(`
      "content/cases/beizhu.md:1:1 错误 [文件名 file-name] 这个文件不会被收录。
          改法：只收录 .mdx 文件。请把它改名为 .mdx；若只是备注，请在文件名前加下划线 _ 。
      content/cases/fenlei:1:1 错误 [文件名 file-name] 这个文件不会被收录。
          改法：栏目文件夹里不能再建子文件夹，请把其中的 .mdx 文件直接放在 content/cases/ 下。
      content/cases/Wang_Ge.mdx:1:1 错误 [文件名 file-name] 这个文件不会被收录。
          改法：文件名“Wang_Ge”会成为网址，只能用小写字母、数字和连字符，并以字母开头，例如 wanggehua-fuwu-zhongxin.mdx。
      content/zhuanti:1:1 错误 [文件名 file-name] 这个文件不会被收录。
          改法：不认识的栏目文件夹“zhuanti”。可用的栏目：speeches、cases、concepts、sites、glossary；图片放在 content/images/。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('yaml-syntax: frontmatter that cannot be read, or is missing', async () => {
    expect((await checkFixture('yaml-syntax')).report).toMatchInlineSnapshot(`
      "content/cases/maohao.mdx:3:5 错误 [字段格式 yaml-syntax] 字段名 date 的冒号后面少了一个空格，整行会被当成一段文字。
          改法：写成 date: 2022-06-27
      content/cases/maohao.mdx:4:17 错误 [字段格式 yaml-syntax] 这里的英文引号没有配对。
          改法：检查英文引号 " 是否成对；中文引号“”不需要配对符号，也不能代替英文引号。
      content/cases/meiyou-ziduan.mdx:1:1 错误 [字段格式 yaml-syntax] 文件开头没有字段区。
          改法：在文件第一行写 ---，接着写 title: 等字段，再用一行 --- 结束。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('schema: missing, impossible, misspelt and forbidden fields, all reported together', async () => {
    expect((await checkFixture('schema')).report).toMatchInlineSnapshot(`
      "content/cases/ziduan-cuowu.mdx:1:1 错误 [字段 schema] 缺少必填字段 title（标题）。
          改法：请在文件开头的 --- 之间加一行 title: …
      content/cases/ziduan-cuowu.mdx:1:1 错误 [字段 schema] 缺少必填字段 kind（性质）。
          改法：可选值：已有做法、部署要求。来源说已经开展、取得了成绩的，写 已有做法；讲话或文件要求去做的，写 部署要求。
      content/cases/ziduan-cuowu.mdx:2:7 错误 [日期 date] 日期“2022-02-30”不存在。
          改法：应写成“年-月-日”，月份 01–12，日期不超过当月天数，例如 2022-06-27。
      content/cases/ziduan-cuowu.mdx:4:1 错误 [字段 schema] 不认识的字段：concept。
          改法：是否想写 concepts？可用字段：title、kind、date、summary、concepts、sites、tags、level、region、sources、points、questions、cites、updated、paragraphNumbers、aliases、draft。
      content/cases/ziduan-cuowu.mdx:5:8 错误 [字段 schema] level（层级）的值“省”不在可选范围内。
          改法：可选值：市、区县、街道、乡镇、社区、村。
      content/cases/ziduan-cuowu.mdx:6:1 错误 [字段 schema] 字段 layout 会让页面加载并运行指定的代码文件，内容中不能使用。
          改法：删除这一行；页面版式由网站统一决定。
      content/cases/ziduan-cuowu.mdx:8:5 错误 [字段 schema] 缺少必填字段 sources.title（来源标题）。
          改法：请在这一项里加上 title: …
      content/cases/ziduan-cuowu.mdx:9:10 错误 [字段 schema] sources.url（来源链接）应当是以 http:// 或 https:// 开头的网址。
      content/concepts/fuwu.mdx:2:8 错误 [字段 schema] title（名称）应当是“大…共…”的形式，例如 大党建共建。
      content/concepts/fuwu.mdx:4:8 错误 [字段 schema] order（排序）应当是一个正整数，例如 1。
      内容检查发现 10 个错误、0 个提醒。"
    `);
  });

  test('reference: concepts, sites and speeches that name nothing published', async () => {
    expect((await checkFixture('reference')).report).toMatchInlineSnapshot(`
      "content/cases/yinyong-cuowu.mdx:5:12 错误 [引用 reference] 字段 concepts：找不到名为“大整合共享”的理念。
          改法：是否想写“大整合共治”？可写中文名称或文件名，可选：大服务共享（da-fuwu-gongxiang）、大整合共治（da-zhenghe-gongzhi）。
      content/cases/yinyong-cuowu.mdx:6:9 错误 [引用 reference] 字段 sites：“草稿社区”是草稿（draft: true），正式网站中没有这个示范点。
          改法：请先发布它，或删去这一项。
      content/cases/yinyong-cuowu.mdx:6:15 错误 [引用 reference] 字段 sites：找不到名为“某某社区”的示范点。
          改法：是否想写“测试社区”？可写中文名称或文件名，可选：测试社区（ceshi-shequ）。
      content/cases/yinyong-cuowu.mdx:8:13 错误 [引用 reference] 字段 cites.speech：找不到名为“不存在的讲话”的讲话。
          改法：可写中文名称或文件名，可选：测试讲话（ceshi-jianghua）。
      content/cases/yinyong-cuowu.mdx:12:1 错误 [引用 reference] <SpeechQuote> 的 speech 属性有误：找不到名为“另一篇讲话”的讲话。
          改法：可写中文名称或文件名，可选：测试讲话（ceshi-jianghua）。
      内容检查发现 5 个错误、0 个提醒。"
    `);
  });

  test('cite: paragraphs and sections the speech does not have', async () => {
    expect((await checkFixture('cite')).report).toMatchInlineSnapshot(`
      "content/cases/duanluo-cuowu.mdx:7:23 错误 [讲话段落 cite] 字段 cites.paragraphs：讲话 ceshi-jianghua 没有段落 p-99，它的段落是 p-1 到 p-5。
          改法：请对照讲话页面上每段前的编号。
      content/cases/duanluo-cuowu.mdx:10:1 错误 [讲话段落 cite] <SpeechQuote> 的 at 属性“part-9-1”在讲话 ceshi-jianghua 中不存在；段落是 p-1 到 p-5，小节如 part-3-1。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('cite: background paragraphs are checked as cited ones are, and one in both lists is an error', async () => {
    const text = [
      '---',
      'title: 背景段落写错的案例',
      'kind: 部署要求',
      'summary: 测试。',
      'cites:',
      '  - speech: ceshi-jianghua',
      '    paragraphs: [p-2]',
      '    background: [p-3, p-98, p-3, p-2]',
      '---',
      '',
      '正文。',
      '',
    ].join('\n');
    const file = { 'content/cases/beijing-cuowu.mdx': text };
    expect((await checkFixture('_base', file, 'cite-background')).report).toMatchInlineSnapshot(`
      "content/cases/beijing-cuowu.mdx:8:17 错误 [字段 schema] p-2 既写在 paragraphs（段落）里，又写在 background（背景段落）里，只能留一处：讲话在这一段提出这项要求或说到这个做法，留在 paragraphs；这一段只是交代背景（回顾情况、指出问题、讲道理），留在 background。
      content/cases/beijing-cuowu.mdx:8:23 错误 [讲话段落 cite] 字段 cites.background：讲话 ceshi-jianghua 没有段落 p-98，它的段落是 p-1 到 p-5。
          改法：请对照讲话页面上每段前的编号。
      content/cases/beijing-cuowu.mdx:8:29 提醒 [重复项 duplicate-item] cites 里讲话“ceshi-jianghua”的“p-3”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      内容检查发现 2 个错误、1 个提醒。"
    `);
  });

  test('mdx-syntax: text the MDX parser cannot read', async () => {
    expect((await checkFixture('mdx-syntax')).report).toMatchInlineSnapshot(`
      "content/cases/jianhao.mdx:7:5 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的“<”后面不是标签名：MDX 把 < 当作标签的开始。
          改法：要写小于号，请改用全角的“＜”，或改写成“少于”“不足”。
      content/cases/kuohao.mdx:7:5 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的花括号 { } 没有配对：MDX 把花括号当作代码。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/weiguanbi.mdx:7:1 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：<Note> 没有结束标签。
          改法：在它的内容之后加上 </Note>。
      content/cases/zhushi.mdx:9:1 错误 [正文格式 markdown] 正文里不能写 HTML 注释 <!-- -->，MDX 不支持这种写法。
          改法：删除这段注释；需要留给编辑的说明，请写在以 _ 开头的文件里。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('mdx-code: import, export and {…} expressions', async () => {
    expect((await checkFixture('mdx-code')).report).toMatchInlineSnapshot(`
      "content/cases/daima.mdx:7:1 错误 [代码 mdx-code] 内容里不能写 import 或 export 语句。
          改法：删除这一行。可用的组件（<SpeechQuote>、<Note>、<Figure>）不需要导入。
      content/cases/daima.mdx:12:5 错误 [代码 mdx-code] 内容里不能写 {…} 表达式：{new Date().getFullYear()}。
          改法：删除花括号和其中的内容；要显示花括号本身，请用全角的 ｛ ｝。
      content/cases/daima.mdx:14:1 错误 [代码 mdx-code] <Note> 的 title 属性不能写成 {…} 表达式。
          改法：写成 title="值"。
      content/cases/daima.mdx:14:1 错误 [代码 mdx-code] <Note> 里不能写 {…} 展开属性。
          改法：删除花括号部分，属性写成 名字="值"。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('mdx-element: script, style, iframe, object, embed, form and anything not allowed', async () => {
    expect((await checkFixture('mdx-element')).report).toMatchInlineSnapshot(`
      "content/cases/yuansu.mdx:7:1 错误 [元素 mdx-element] 内容里不能插入 <script> 元素：它可以运行脚本、加载外部页面或提交数据。
          改法：删除这个元素。需要的话，可用 <SpeechQuote>、<Note>、<Figure> 或普通 Markdown。
      content/cases/yuansu.mdx:9:1 错误 [元素 mdx-element] 内容里不能插入 <style> 元素：它可以运行脚本、加载外部页面或提交数据。
          改法：删除这个元素。需要的话，可用 <SpeechQuote>、<Note>、<Figure> 或普通 Markdown。
      content/cases/yuansu.mdx:9:8 错误 [代码 mdx-code] 内容里不能写 {…} 表达式：{'body { display: none }'}。
          改法：删除花括号和其中的内容；要显示花括号本身，请用全角的 ｛ ｝。
      content/cases/yuansu.mdx:11:1 错误 [元素 mdx-element] 内容里不能插入 <iframe> 元素：它可以运行脚本、加载外部页面或提交数据。
          改法：删除这个元素。需要的话，可用 <SpeechQuote>、<Note>、<Figure> 或普通 Markdown。
      content/cases/yuansu.mdx:13:1 错误 [元素 mdx-element] 内容里不能插入 <object> 元素：它可以运行脚本、加载外部页面或提交数据。
          改法：删除这个元素。需要的话，可用 <SpeechQuote>、<Note>、<Figure> 或普通 Markdown。
      content/cases/yuansu.mdx:15:1 错误 [元素 mdx-element] 内容里不能插入 <embed> 元素：它可以运行脚本、加载外部页面或提交数据。
          改法：删除这个元素。需要的话，可用 <SpeechQuote>、<Note>、<Figure> 或普通 Markdown。
      content/cases/yuansu.mdx:17:1 错误 [元素 mdx-element] 内容里不能插入 <form> 元素：它可以运行脚本、加载外部页面或提交数据。
          改法：删除这个元素。需要的话，可用 <SpeechQuote>、<Note>、<Figure> 或普通 Markdown。
      content/cases/yuansu.mdx:17:37 错误 [元素 mdx-element] 内容里不能插入 <input> 元素：它可以运行脚本、加载外部页面或提交数据。
          改法：删除这个元素。需要的话，可用 <SpeechQuote>、<Note>、<Figure> 或普通 Markdown。
      content/cases/yuansu.mdx:19:5 错误 [元素 mdx-element] 内容里不能使用 <span>。只允许普通 Markdown 和这些组件：<SpeechQuote>、<Note>、<Figure>。
          改法：直接写文字。
      content/cases/yuansu.mdx:19:25 错误 [元素 mdx-element] 内容里不能使用 <Baoming>。只允许普通 Markdown 和这些组件：<SpeechQuote>、<Note>、<Figure>。
          改法：删除这个标签，或改用 <SpeechQuote>、<Note>、<Figure>。
      content/cases/yuansu.mdx:21:1 错误 [元素 mdx-element] 内容里不能写空标签 <>…</>。
          改法：删除 <> 和 </>，保留其中的文字。
      内容检查发现 11 个错误、0 个提醒。"
    `);
  });

  test('mdx-attribute: event handlers, unknown and missing props', async () => {
    expect((await checkFixture('mdx-attribute')).report).toMatchInlineSnapshot(`
      "content/cases/shuxing.mdx:7:1 错误 [属性 mdx-attribute] <Note> 不能有事件属性 onClick：它会在读者的浏览器里运行代码。
          改法：删除 onClick="…"。
      content/cases/shuxing.mdx:9:1 错误 [属性 mdx-attribute] <SpeechQuote> 没有 style 属性。
          改法：可用的属性：speech、at。例如 <SpeechQuote speech="shequ-zhili-dangjian-tuijinhui-2022" at="p-13">原文</SpeechQuote>
      content/cases/shuxing.mdx:11:1 错误 [属性 mdx-attribute] <Figure> 缺少 caption 属性（图片下方的说明文字）。
          改法：例如 <Figure caption="说明文字">
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('mdx-url: javascript:, data: and vbscript: links', async () => {
    expect((await checkFixture('mdx-url')).report).toMatchInlineSnapshot(`
      "content/cases/lianjie.mdx:7:1 错误 [链接 mdx-url] 链接地址“javascript:alert(1)”不安全，会在读者的浏览器里执行代码或嵌入内容。
          改法：只能链接到 http:// 或 https:// 网址，或本站页面（以 / 开头）。
      content/cases/lianjie.mdx:7:28 错误 [链接 mdx-url] 链接地址“data:text/html,<script>alert(1)</script>”不安全，会在读者的浏览器里执行代码或嵌入内容。
          改法：只能链接到 http:// 或 https:// 网址，或本站页面（以 / 开头）。
      content/cases/lianjie.mdx:7:75 错误 [链接 mdx-url] 链接地址“vbscript:msgbox”不安全，会在读者的浏览器里执行代码或嵌入内容。
          改法：只能链接到 http:// 或 https:// 网址，或本站页面（以 / 开头）。
      content/cases/lianjie.mdx:7:102 提醒 [排版 typography] 这个文件里有 2 处排版要改正（半角标点 2 处），网站会自动改正，不用手改。第一处：把“(”改成“（”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。
      content/cases/lianjie.mdx:11:1 错误 [链接 mdx-url] 链接地址“JAVASCRIPT:alert(1)”不安全，会在读者的浏览器里执行代码或嵌入内容。
          改法：只能链接到 http:// 或 https:// 网址，或本站页面（以 / 开头）。
      content/cases/lianjie.mdx:13:1 错误 [链接 mdx-url] <Note> 的 title 属性里有不安全的地址。
          改法：只能使用普通文字或 http(s) 网址。
      内容检查发现 5 个错误、1 个提醒。"
    `);
  });

  test('image: remote, misplaced, missing, SVG, AVIF, disguised and oversized images', async () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    Buffer.from([0xff, 0xd8, 0xff]).copy(big);
    expect((await checkFixture('image', { 'content/images/tai-da.jpg': big })).report)
      .toMatchInlineSnapshot(`
        "content/cases/tupian.mdx:7:1 错误 [图片 image] 图片地址“https://example.com/a.png”不在本站：页面不能从其他网站加载图片（内网读者打不开，也会泄露访问记录）。
            改法：把图片下载后放进 content/images/，写成 ![说明](../images/文件名.jpg)。
        content/cases/tupian.mdx:9:1 错误 [图片 image] 图片“/images/a.png”不在 content/images/ 里。
            改法：把图片放进 content/images/，写成 ![说明](../images/文件名.jpg)。
        content/cases/tupian.mdx:11:1 错误 [图片 image] 图片“../sites/a.png”不在 content/images/ 里。
            改法：把图片放进 content/images/，写成 ![说明](../images/文件名.jpg)。
        content/cases/tupian.mdx:13:1 错误 [图片 image] 找不到图片 content/images/meiyou.png。
            改法：检查文件名的拼写和大小写，并确认图片已经提交。
        content/cases/tupian.mdx:15:1 错误 [图片 image] 图片地址“data:image/png;base64,iVBORw0KGgo=”不在本站：页面不能从其他网站加载图片（内网读者打不开，也会泄露访问记录）。
            改法：把图片下载后放进 content/images/，写成 ![说明](../images/文件名.jpg)。
        content/images/jiazhuang.png:1:1 错误 [图片 image] 文件扩展名是 .png，内容却是 SVG 图片（SVG 可以夹带脚本，网站不收）。
            改法：用看图软件把它另存为真正的 JPEG、PNG 或 WebP 文件。
        content/images/tai-da.jpg:1:1 错误 [图片 image] 图片有 1025 KB，超过 1024 KB（1 MB）的上限。
            改法：缩小尺寸（宽 1600 像素足够）或降低质量后另存。
        content/images/tubiao.svg:1:1 错误 [文件名 file-name] 这个文件不会被收录。
            改法：图片只收 JPEG、PNG、WebP（SVG 图片可以夹带脚本）。请另存为 .jpg、.png 或 .webp。
        content/images/tupian.avif:1:1 错误 [文件名 file-name] 这个文件不会被收录。
            改法：图片只收 JPEG、PNG、WebP（部分手机浏览器不能显示 AVIF）。请另存为 .jpg、.png 或 .webp。
        内容检查发现 9 个错误、0 个提醒。"
      `);
  });

  test('vocabulary: 大XX共X phrases that name no concept', async () => {
    expect((await checkFixture('vocabulary')).report).toMatchInlineSnapshot(`
      "content/cases/yongci.mdx:4:10 错误 [理念用词 vocabulary] “大整合共享”的写法像一个「大…共…」理念，但没有这个理念条目。
          改法：是否想写“大整合共治”？若确实是一个新理念，请先在 content/concepts/ 为它新建条目。
      content/cases/yongci.mdx:5:8 错误 [理念用词 vocabulary] “大党建共建”的写法像一个「大…共…」理念，但没有这个理念条目。
          改法：现有理念：大服务共享、大整合共治。若确实是一个新理念，请先在 content/concepts/ 为它新建条目。
      content/cases/yongci.mdx:10:8 错误 [理念用词 vocabulary] “大服务共赢”的写法像一个「大…共…」理念，但没有这个理念条目。
          改法：是否想写“大服务共享”？若确实是一个新理念，请先在 content/concepts/ 为它新建条目。
      content/cases/yongci.mdx:10:14 错误 [理念用词 vocabulary] “大作为共创”的写法像一个「大…共…」理念，但没有这个理念条目。
          改法：现有理念：大服务共享、大整合共治。若确实是一个新理念，请先在 content/concepts/ 为它新建条目。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('speech-numbering: gaps, wrong levels and mixed numbering', async () => {
    expect((await checkFixture('speech-numbering')).report).toMatchInlineSnapshot(`
      "content/speeches/bianhao-cuowu.mdx:7:1 错误 [讲话编号 speech-numbering] “（一）”出现在第一个部分（一、）之前。
          改法：在它前面加上所属部分的二级标题，例如 ## 一、……
      content/speeches/bianhao-cuowu.mdx:9:1 错误 [讲话编号 speech-numbering] 部分编号不连续：第一部分应从“一、”开始，这里是“二、”。
          改法：检查是否漏写或重复了一个部分，按顺序改正编号。
      content/speeches/bianhao-cuowu.mdx:13:1 错误 [讲话编号 speech-numbering] 编号不连续：“（一）”之后应是“（二）”，这里是“（三）”。
          改法：检查是否有一节的引导句写成了普通段落；应写成 ### （二）……
      content/speeches/bianhao-cuowu.mdx:15:1 错误 [讲话编号 speech-numbering] “（一）”是部分之下的编号，应当是三级标题。
          改法：把这一行改成 ### （一）层级写错
      content/speeches/bianhao-cuowu.mdx:17:1 错误 [讲话编号 speech-numbering] 同一部分里混用了“（一）”和“一是”两种编号。
          改法：同一部分内统一用一种编号。
      content/speeches/bianhao-cuowu.mdx:19:1 错误 [讲话编号 speech-numbering] “三、”是部分的编号，应当是二级标题。
          改法：把这一行改成 ## 三、部分编号写成三级标题
      内容检查发现 6 个错误、0 个提醒。"
    `);
  });

  test('duplicate-title and duplicate-url: same titles, aliases that take another URL', async () => {
    expect((await checkFixture('duplicates')).report).toMatchInlineSnapshot(`
      "content/cases/chongfu-biaoti.mdx:5:11 错误 [网址冲突 duplicate-url] aliases 中的“hege-anli”会生成网址 /cases/hege-anli/，但它已被 content/cases/hege-anli.mdx 的文件名占用。
          改法：aliases 只写本条目以前用过、现在没有别的条目使用的文件名。
      content/cases/hege-anli.mdx:2:8 错误 [重复标题 duplicate-title] 标题“合格的案例”与 content/cases/chongfu-biaoti.mdx 相同。
          改法：改用能区分两者的标题，例如加上地区或年份。
      content/sites/lingyige-shequ.mdx:4:11 错误 [网址冲突 duplicate-url] aliases 中的“jiu-mingzi”会生成网址 /sites/jiu-mingzi/，但它已被 content/sites/disange-shequ.mdx 的 aliases 占用。
          改法：aliases 只写本条目以前用过、现在没有别的条目使用的文件名。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('published-url: registered URLs and speech anchors that would disappear', async () => {
    expect((await checkFixture('published-url')).report).toMatchInlineSnapshot(`
      "content/_published-urls.txt:4:1 错误 [已发布网址 published-url] 已发布的网址 /cases/yijing-shanchu/ 不会再生成，发布后培训材料里的链接将失效。
          改法：若条目改了文件名，在新文件的字段区加上 aliases: [yijing-shanchu]；若确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      content/_published-urls.txt:5:1 错误 [已发布网址 published-url] 已发布的网址 /sites/gaile-mingzi/ 不会再生成，发布后培训材料里的链接将失效。
          改法：若条目改了文件名，在新文件的字段区加上 aliases: [gaile-mingzi]；若确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      content/_published-urls.txt:7:1 错误 [已发布网址 published-url] 已发布的网址 /speeches/ceshi-jianghua/#p-30 不会再生成，发布后培训材料里的链接将失效。
          改法：讲话发布后不要删除或合并段落、小节，段落编号是培训材料引用的依据；若确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });
});
