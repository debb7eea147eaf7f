import { describe, expect, test } from 'vitest';
import {
  blocksToMarkdown,
  findHeadings,
  textBlocks,
  type Block,
  type Run,
} from '../../../src/common/draft/blocks.ts';
import { renderEntryBody } from '../../../src/entries/markdown/render-entry.ts';
import { checkFixture } from '../../helpers/check-project.ts';
import { formatReport } from '../../../src/checks/finding.ts';

const run = (text: string | Run): Run => (typeof text === 'string' ? { text } : text);
const bold = (text: string): Run => ({ text, bold: true });
const p = (...runs: Array<string | Run>): Block => ({ type: 'paragraph', runs: runs.map(run) });

/** What the site renders of a body: the loader's own renderer, as on the page. */
const rendered = (body: string) =>
  renderEntryBody(body, { numbered: false, terms: [], speeches: [], file: 'content/cases/x.mdx' })
    .html;

describe('blocksToMarkdown', () => {
  test('writes headings, paragraphs, lists and tables, ending with one line break', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, runs: [run('做法')] },
      p('第一段。'),
      { type: 'list', ordered: false, items: [[run('甲')], [run('乙')]] },
      { type: 'list', ordered: true, items: [[run('一')], [run('二')]] },
      {
        type: 'table',
        rows: [
          [[run('项目')], [run('说明')]],
          [[run('a|b')], [bold('粗'), run('体')]],
          [[run('一格')]],
        ],
      },
    ];
    expect(blocksToMarkdown(blocks)).toMatchInlineSnapshot(`
      "## 做法

      第一段。

      - 甲
      - 乙

      1. 一
      2. 二

      | 项目 | 说明 |
      | --- | --- |
      | a\\|b | **粗**体 |
      | 一格 |  |
      "
    `);
    expect(blocksToMarkdown([])).toBe('');
  });

  test('puts every text in the site typography, quotes paired across bold and plain runs', () => {
    expect(blocksToMarkdown([p('同志们:今天,我们讲"', bold('三个一'), '"(一)')])).toBe(
      '同志们：今天，我们讲“**三个一**”（一）\n',
    );
  });

  test('escapes what MDX would run and Markdown would read as syntax', () => {
    const body = blocksToMarkdown([
      p('写 {x} 和 <b>加粗</b>，反斜杠 \\ 星号 a*b*c 下划线 _d_ 波浪 1~2 和 3~4 [e](f) &amp;'),
      p('# 不是标题'),
      p('- 不是列表'),
      p('1. 不是编号'),
      p('---'),
      p('==='),
      p('> 不是引文'),
      p('+ 加号'),
    ]);
    expect(body).toMatchInlineSnapshot(`
      "写 \\{x\\} 和 \\<b\\>加粗\\</b\\>，反斜杠 \\\\ 星号 a\\*b\\*c 下划线 \\_d\\_ 波浪 1\\~2 和 3\\~4 \\[e\\](f) \\&amp;

      \\# 不是标题

      \\- 不是列表

      1\\. 不是编号

      \\---

      \\===

      \\> 不是引文

      \\+ 加号
      "
    `);
    expect(rendered(body)).toMatchInlineSnapshot(`
      "<p>写 {x} 和 &#x3C;b>加粗&#x3C;/b>，反斜杠 \\ 星号 a*b*c 下划线 _d_ 波浪 1~2 和 3~4 [e](f) &#x26;amp;</p>
      <p># 不是标题</p>
      <p>- 不是列表</p>
      <p>1. 不是编号</p>
      <p>---</p>
      <p>===</p>
      <p>> 不是引文</p>
      <p>+ 加号</p>"
    `);
  });

  test('a web address becomes a link of itself, so the Chinese after it stays text', () => {
    const body = blocksToMarkdown([p('见https://example.com/a_b中文')]);
    expect(body).toBe('见[https://example.com/a\\_b](https://example.com/a_b)中文\n');
    expect(rendered(body)).toBe(
      '<p>见<a href="https://example.com/a_b">https://example.com/a_b</a>中文</p>',
    );
  });

  test('collapses white space, dropping a line break between Chinese characters', () => {
    expect(blocksToMarkdown([p('  社区\n治理  and\tthe \n end  '), p(bold('   ')), p('　')])).toBe(
      '社区治理 and the end\n',
    );
  });

  test('bold renders next to Chinese punctuation: marks and spaces at its edges are moved out of it', () => {
    const body = blocksToMarkdown([
      p('中文', bold('加粗：'), '后面'),
      p(bold(' “三个一” '), '是'),
      p(bold('一、'), bold('提高站位。')),
      p(bold('：'), '只有标点的加粗不算加粗'),
    ]);
    expect(body).toMatchInlineSnapshot(`
      "中文**加粗**：后面

      “**三个一**” 是

      **一、提高站位**。

      ：只有标点的加粗不算加粗
      "
    `);
    expect(rendered(body)).toMatchInlineSnapshot(`
      "<p>中文<strong>加粗</strong>：后面</p>
      <p>“<strong>三个一</strong>” 是</p>
      <p><strong>一、提高站位</strong>。</p>
      <p>：只有标点的加粗不算加粗</p>"
    `);
  });
});

describe('textBlocks', () => {
  test('makes each non-empty line a paragraph, and lines typed with bullets a list', () => {
    expect(textBlocks('第一段\r\n\r\n　第二段\n• 一项\n●二项\n')).toEqual([
      p('第一段'),
      p('　第二段'),
      { type: 'list', ordered: false, items: [[run('一项')], [run('二项')]] },
    ]);
  });
});

describe('findHeadings', () => {
  const speech: Block[] = [
    p('同志们：'),
    p(bold('一、提高政治站位，切实增强做好城乡社区治理和落实基层党建工作重点任务的责任感和紧迫感')),
    p('（一）为什么要加强城乡社区治理'),
    p('城乡社区是居民群众安居乐业的家园。一是要提高认识。二是要加强学习。'),
    p(bold('（二）运用好基层创新这个重要法宝。'), '基层群众的创新最及时。'),
    p('一是要鼓励创新，这是一个句子。二是……'),
    p('二、加强组织领导'),
    p('一是强化组织领导'),
    p('各级党委政府要履行好主体责任。'),
    p('一是强化组织领导'),
    p('二是强化改革创新。'),
    p('1. 完善制度'),
    p('2．健全机制'),
    p('四、跳过的编号不是标题'),
  ];

  test('a speech: numbered heading lines in order become ## and ###, numbered sentences stay paragraphs', () => {
    expect(blocksToMarkdown(findHeadings(speech, 'speech'))).toMatchInlineSnapshot(`
      "同志们：

      ## 一、提高政治站位，切实增强做好城乡社区治理和落实基层党建工作重点任务的责任感和紧迫感

      ### （一）为什么要加强城乡社区治理

      城乡社区是居民群众安居乐业的家园。一是要提高认识。二是要加强学习。

      ### （二）运用好基层创新这个重要法宝

      基层群众的创新最及时。

      一是要鼓励创新，这是一个句子。二是……

      ## 二、加强组织领导

      ### 一是强化组织领导

      各级党委政府要履行好主体责任。

      一是强化组织领导

      ### 二是强化改革创新。

      #### 1. 完善制度

      #### 2．健全机制

      四、跳过的编号不是标题
      "
    `);
  });

  test('a speech: headings from Word styles are re-levelled by their numbering', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 4, runs: [run('一、第一部分')] },
      { type: 'heading', level: 2, runs: [run('(一)第一节')] },
      { type: 'heading', level: 3, runs: [run('结束语')] },
    ];
    expect(
      findHeadings(blocks, 'speech').map((block) => block.type === 'heading' && block.level),
    ).toEqual([2, 3, 3]);
  });

  test('a case or a term: a short, wholly bold paragraph is a level 2 heading; a bold sentence is not', () => {
    const blocks = findHeadings(
      [
        p(bold('背景')),
        p(bold('这是一句加粗的话。')),
        p('做法'),
        { type: 'heading', level: 3, runs: [run('成效')] },
      ],
      'document',
    );
    expect(blocksToMarkdown(blocks)).toMatchInlineSnapshot(`
      "## 背景

      **这是一句加粗的话**。

      做法

      ## 成效
      "
    `);
  });

  test('a converted speech with headings, bold, a list and a table passes the content check', async () => {
    const body = blocksToMarkdown(
      findHeadings(
        [
          ...speech.slice(0, 12),
          { type: 'list', ordered: false, items: [[run('甲')], [bold('乙'), run('：说明')]] },
          {
            type: 'table',
            rows: [
              [[run('项目')], [run('说明')]],
              [[run('a|b {c}')], [bold('粗'), run('"引号"')]],
            ],
          },
          p('写 {x} 和 <b> 以及 # 号'),
          p('- 一行'),
        ],
        'speech',
      ),
    );
    const file = 'content/speeches/tougao-ceshi.mdx';
    const { findings } = await checkFixture(
      '_base',
      { [file]: `---\ntitle: 投稿转换测试讲话\nsummary: 转换器的输出。\n---\n\n${body}` },
      'draft-blocks',
    );
    expect(formatReport(findings.filter((finding) => finding.file === file))).toBe(
      '内容检查通过，没有发现问题。',
    );
  });
});

describe('findHeadings on a speech written with run-in headings', () => {
  const p = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });

  test('a numbered first sentence is set apart as the heading, as the site’s speeches are; an enumeration stays a paragraph', () => {
    const blocks = findHeadings(
      [
        p('一、提高政治站位'),
        p('（一）为什么要加强城乡社区治理。城乡社区是居民群众安居乐业的家园。'),
        p('（二）当前工作情况。近年来取得了较好的成效。'),
        p('二、加强组织领导'),
        p('一是加强领导。二是强化考核。三是严格督查。'),
        p('这一段说一是什么。'),
      ],
      'speech',
    );
    expect(blocksToMarkdown(blocks)).toMatchInlineSnapshot(`
      "## 一、提高政治站位

      ### （一）为什么要加强城乡社区治理

      城乡社区是居民群众安居乐业的家园。

      ### （二）当前工作情况

      近年来取得了较好的成效。

      ## 二、加强组织领导

      一是加强领导。二是强化考核。三是严格督查。

      这一段说一是什么。
      "
    `);
  });
});
