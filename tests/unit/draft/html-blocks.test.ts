import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { launchChromium } from '../../../scripts/lib/chromium.ts';
import { ROOT } from '../../helpers/paths.ts';

/**
 * htmlBlocks and convertDocx run where they will run: in Chromium, bundled for the
 * browser (mammoth's `browser` files, as Vite picks them), on a page whose CSP
 * forbids eval as the site's does, so that any `new Function` in mammoth, JSZip or
 * underscore on the way would fail the conversion here.
 */
const ENTRY = `
import { htmlBlocks } from './src/client/contribute/convert/html-blocks.ts';
import { convertDocx } from './src/client/contribute/convert/docx.ts';
import { blocksToMarkdown, findHeadings } from './src/common/draft/blocks.ts';
const evalBlocked = () => { try { new Function('return 1')(); return false; } catch { return true; } };
// DevTools lets code it evaluates use eval; a timer's task is the page's own, under its CSP.
const later = (task) => new Promise((resolve, reject) => setTimeout(() => Promise.resolve().then(task).then(resolve, reject)));
Object.assign(window, { draft: { htmlBlocks, convertDocx, blocksToMarkdown, findHeadings, evalBlocked, later } });
`;

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'";

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((request, response) => {
    const isScript = request.url === '/draft.js';
    response.writeHead(200, {
      'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8',
      'content-security-policy': CSP,
    });
    response.end(
      isScript ? script : '<!doctype html><title>t</title><script src="/draft.js"></script>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => 'draft' in window);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

type Draft = typeof import('../../../src/common/draft/blocks.ts') & {
  htmlBlocks: typeof import('../../../src/client/contribute/convert/html-blocks.ts').htmlBlocks;
  convertDocx: typeof import('../../../src/client/contribute/convert/docx.ts').convertDocx;
  evalBlocked(): boolean;
  later<T>(task: () => T | Promise<T>): Promise<T>;
};
declare const draft: Draft;

/** The Markdown htmlBlocks and findHeadings make of some HTML in the page, and the images counted. */
const fromHtml = (html: string, kind: 'speech' | 'document' = 'speech') =>
  page.evaluate(
    ([html, kind]) =>
      draft.later(() => {
        const { blocks, images } = draft.htmlBlocks(html);
        const ran = (window as { ran?: number }).ran;
        return { markdown: draft.blocksToMarkdown(draft.findHeadings(blocks, kind)), images, ran };
      }),
    [html, kind] as const,
  );

/** What convertDocx says of some bytes in the page, its blocks as Markdown. */
const fromDocx = (bytes: Uint8Array, kind: 'speech' | 'document' = 'speech') =>
  page.evaluate(
    ([bytes, kind]) =>
      draft.later(async () => {
        const result = await draft.convertDocx(new Uint8Array(bytes).buffer, kind);
        return result.ok
          ? { markdown: draft.blocksToMarkdown(result.blocks), notes: result.notes }
          : { message: result.message };
      }),
    [[...bytes], kind] as const,
  );

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const image = () =>
  new Paragraph({
    children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })],
  });
const docx = async (children: Array<Paragraph | Table>) =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({
        // WPS and Chinese templates save the heading styles under their Chinese names.
        styles: { paragraphStyles: [{ id: 'cn2', name: '标题 2', run: { bold: true } }] },
        sections: [{ children }],
      }),
    ),
  );

test('the page forbids eval, as the site does, in the context the conversions run in', async () => {
  expect(await page.evaluate(() => draft.later(() => draft.evalBlocked()))).toBe(true);
});

describe('htmlBlocks', () => {
  test("Word's clipboard: styles' headings, bold by tag or style, list paragraphs by their markers, a table, a picture once", async () => {
    const html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm;} --></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>
<body lang=ZH-CN><!--StartFragment-->
<h1><a name="_Toc1"></a><span lang=EN-US>一、提高政治站位</span></h1>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋'>城乡社区是居民群众安居乐业的家园，<b>是社会治理的
基本单元</b>。<o:p></o:p></span></p>
<p class=MsoNormal><b style='mso-bidi-font-weight:normal'><span style='font-family:楷体'>（一）为什么要加强城乡社区治理<o:p></o:p></span></b></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>第一项<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>第二项<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>编号一</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>编号二</p>
<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>（二）</span><![endif]>运用好基层创新</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr><td width=200 valign=top><p class=MsoNormal><b>项目</b></p></td><td><p class=MsoNormal>说明</p></td></tr>
<tr><td><p class=MsoNormal>网格</p></td><td><p class=MsoNormal>每格<br>一人</p></td></tr></table>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="图片_x0020_1"><v:imagedata src="file:///C:/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=133 height=100 src="file:///C:/clip_image002.jpg" v:shapes="图片_x0020_1"><![endif]></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<!--EndFragment--></body></html>`;
    expect(await fromHtml(html)).toMatchInlineSnapshot(`
      {
        "images": 1,
        "markdown": "## 一、提高政治站位

      城乡社区是居民群众安居乐业的家园，**是社会治理的基本单元**。

      ### （一）为什么要加强城乡社区治理

      - 第一项
      - 第二项

      1. 编号一
      2. 编号二

      ### （二）运用好基层创新

      | **项目** | 说明 |
      | --- | --- |
      | 网格 | 每格一人 |
      ",
        "ran": undefined,
      }
    `);
  });

  test("WPS's clipboard: bold in a span's style, spacing spans, a WPS picture as VML alone", async () => {
    const html = `<html><body><!--StartFragment--><p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-weight:bold;mso-spacerun:'yes';">一是强化组织领导。</span><span style="font-family:仿宋_GB2312;mso-spacerun:'yes';">各级党委政府要履行好主体责任。</span></p>
<p class="MsoNormal"><span style="mso-spacerun:'yes';">&#12288;&#12288;</span><span>同志们，任务艰巨。</span></p>
<p class="MsoNormal"><v:shape><v:imagedata src="wps1.png"></v:imagedata></v:shape></p><!--EndFragment--></body></html>`;
    expect(await fromHtml(html)).toMatchInlineSnapshot(`
      {
        "images": 1,
        "markdown": "**一是强化组织领导**。各级党委政府要履行好主体责任。

      同志们，任务艰巨。
      ",
        "ran": undefined,
      }
    `);
  });

  test('a web page: nothing of it runs, links keep their text, a layout table is read as the body', async () => {
    const html = `<div class="article"><h1>网页标题</h1><script>window.ran = 1</script><style>p { color: red }</style>
<p>第一段<a href="https://example.cn/a">链接文字</a>。</p><div>第二段<br>第三段</div>
<img src="x" onerror="window.ran = 2"><iframe src="https://example.cn/"></iframe>
<ul><li>甲<ul><li>甲一</li></ul></li><li><strong>乙</strong>：说明</li></ul>
<table><tr><td><p>排版表格里的一段。</p><p>又一段。</p></td></tr></table>
<p style="display:none">隐藏的字</p><p><span style="font-weight:700">背景</span></p></div>`;
    expect(await fromHtml(html, 'document')).toMatchInlineSnapshot(`
      {
        "images": 1,
        "markdown": "## 网页标题

      第一段链接文字。

      第二段

      第三段

      - 甲
      - 甲一
      - **乙**：说明

      排版表格里的一段。

      又一段。

      ## 背景
      ",
        "ran": undefined,
      }
    `);
  });
});

describe('convertDocx', () => {
  test('a Word file: heading styles (English and Chinese names), bold, a list, a table and an image left out with a note', async () => {
    const bytes = await docx([
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun('一、提高政治站位')],
      }),
      new Paragraph({ style: 'cn2', children: [new TextRun('（一）为什么要加强城乡社区治理')] }),
      new Paragraph({
        children: [new TextRun({ text: '一是', bold: true }), new TextRun('城乡社区是家园：')],
      }),
      new Paragraph({ children: [new TextRun('项目一')], bullet: { level: 0 } }),
      new Paragraph({ children: [new TextRun('项目二')], bullet: { level: 0 } }),
      new Table({
        rows: [
          new TableRow({
            children: ['项目', '说明'].map((t) => new TableCell({ children: [new Paragraph(t)] })),
          }),
          new TableRow({
            children: ['网格', '每格一人'].map(
              (t) => new TableCell({ children: [new Paragraph(t)] }),
            ),
          }),
        ],
      }),
      image(),
    ]);
    expect(await fromDocx(bytes)).toMatchInlineSnapshot(`
      {
        "markdown": "## 一、提高政治站位

      ### （一）为什么要加强城乡社区治理

      **一是**城乡社区是家园：

      - 项目一
      - 项目二

      | 项目 | 说明 |
      | --- | --- |
      | 网格 | 每格一人 |
      ",
        "notes": [
          "文件里的 1 张图片没有转过来，只转了文字。条目要用图片的话：把图片存成 JPEG、PNG 或 WebP（每张不超过 1 MB），放进 content/images/，文件名用小写拼音（例如 wanggehua-zhongxin.jpg），再在正文里要放图片的地方写一行 ![图片说明](../images/文件名.jpg)，图片说明写清图片的内容。",
        ],
      }
    `);
  });

  test('a Word file of images only is a scan; one with nothing is empty', async () => {
    expect(await fromDocx(await docx([image(), image()]))).toMatchInlineSnapshot(`
      {
        "message": "这个 Word 文件里只有 2 张图片，没有文字，多半是扫描件或截图。图片里的字这里认不出来：请先用文字识别（OCR）把图片转成文字，核对无误后粘贴到下面的文字框里。",
      }
    `);
    expect(await fromDocx(await docx([new Paragraph('')]))).toMatchInlineSnapshot(`
      {
        "message": "这个 Word 文件里没有文字。请确认选对了文件；如果文字在页眉、页脚或批注里，请打开文件把它们复制出来，粘贴到下面的文字框里。",
      }
    `);
  });

  test('bytes that are no Word document are told apart before mammoth reads them', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7');
    expect(await fromDocx(pdf)).toEqual({ message: expect.stringContaining('PDF') });
    const whole = await docx([new Paragraph('正文')]);
    expect(await fromDocx(whole.subarray(0, 200))).toEqual({
      message: expect.stringContaining('损坏'),
    });
  });
});
