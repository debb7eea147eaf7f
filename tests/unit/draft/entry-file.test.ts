import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  draftFrontmatter,
  entryFile,
  yamlText,
  type DraftValue,
} from '../../../src/common/draft/entry-file.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';

const text = (value: string): DraftValue => ({ kind: 'text', value });
const names = (...value: string[]): DraftValue => ({ kind: 'names', value });
const frontmatterOf = (file: string) => parse(file.split('---\n')[1]!) as Record<string, unknown>;

describe('the entry file the 投稿 page writes', () => {
  test('reads back, with the YAML parser, as exactly the frontmatter the page validated', () => {
    const fields: Array<[string, DraftValue]> = [
      ['title', text('“书记问评”中的专题问评: 一是 #1')],
      ['kind', text('已有做法')],
      [
        'summary',
        text('- 以短横开头的摘要，带 \'single\' 和 "double" 引号，还有 {花括号} 和 [方括号]'),
      ],
      ['date', text('约2019')],
      ['region', text('true')],
      ['concepts', names('大党建共建', '大整合共治')],
      ['tags', names('a, b', '[括号]', '2019', 'yes', '网格化')],
      [
        'sources',
        {
          kind: 'sources',
          value: [{ title: '“X”文件', date: '2019-05-20', url: 'https://example.org/a?b=1#c' }],
        },
      ],
      [
        'cites',
        {
          kind: 'cites',
          value: [{ speech: 'shequ-zhili-dangjian-tuijinhui-2022', paragraphs: ['p-7', 'p-13'] }],
        },
      ],
      ['points', { kind: 'sentences', value: ['1. 第一句：有冒号', '', '② 第二句'] }],
    ];
    const file = entryFile(fields, '## 做法\n\n正文。');
    const read = frontmatterOf(file);
    expect(read).toEqual(draftFrontmatter(fields));
    expect(SCHEMAS.cases.safeParse(read).success).toBe(true);
  });

  test('writes paragraphs ticked 只作背景 as background, and a list only where something is ticked', () => {
    const speech = 'shequ-zhili-dangjian-tuijinhui-2022';
    const fields: Array<[string, DraftValue]> = [
      ['title', text('某案例')],
      ['kind', text('部署要求')],
      ['summary', text('摘要。')],
      [
        'cites',
        {
          kind: 'cites',
          value: [
            { speech, paragraphs: ['p-14'], background: ['p-6', 'p-12'] },
            { speech: '另一篇讲话', paragraphs: [], background: ['p-3'] },
            { speech: '没勾段落的讲话', paragraphs: [], background: [] },
            { speech: '旧草稿的讲话', paragraphs: ['p-2'] },
          ],
        },
      ],
    ];
    const file = entryFile(fields, '## 做法\n\n正文。');
    expect(file).toContain(
      [
        'cites:',
        `  - speech: ${speech}`,
        '    paragraphs: [p-14]',
        '    background: [p-6, p-12]',
        '  - speech: 另一篇讲话',
        '    background: [p-3]',
        '  - speech: 旧草稿的讲话',
        '    paragraphs: [p-2]',
      ].join('\n'),
    );
    const read = frontmatterOf(file);
    expect(read).toEqual(draftFrontmatter(fields));
    expect(SCHEMAS.cases.parse(read).cites).toEqual([
      { speech, paragraphs: ['p-14'], background: ['p-6', 'p-12'] },
      { speech: '另一篇讲话', paragraphs: [], background: ['p-3'] },
      { speech: '旧草稿的讲话', paragraphs: ['p-2'], background: [] },
    ]);
  });

  test('quotes only what YAML would misread, and a value wrapped whole in Chinese quotes', () => {
    expect(
      ['社区议事会', '“三个一”', 'true', '2019', '约2019', '#话题', 'a: b', '- 项', "它's"].map(
        (value) => yamlText(value),
      ),
    ).toMatchInlineSnapshot(`
      [
        "社区议事会",
        "'“三个一”'",
        "'true'",
        "'2019'",
        "约2019",
        "'#话题'",
        "'a: b'",
        "'- 项'",
        "它's",
      ]
    `);
    expect(yamlText('2019-05', false, true)).toBe('2019-05');
    expect(yamlText('甲，乙', true)).toBe('甲，乙');
    expect(yamlText('a, b', true)).toBe("'a, b'");
  });

  test('types pasted text, drops empty fields and ends the body with one line break', () => {
    expect(
      entryFile(
        [
          ['title', text('  社区议事会(测试)  ')],
          ['summary', text('社区定期召开议事会,听取居民意见.')],
          ['region', text('')],
          ['tags', names()],
        ],
        '\n\n## 做法\r\n\r\n正文。\n\n\n',
      ),
    ).toMatchInlineSnapshot(`
      "---
      title: 社区议事会（测试）
      summary: 社区定期召开议事会，听取居民意见.
      ---

      ## 做法

      正文。
      "
    `);
  });
});
