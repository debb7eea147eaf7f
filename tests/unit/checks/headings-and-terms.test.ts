import { describe, expect, test } from 'vitest';
import { reportsOn } from '../../helpers/check-project.ts';

/** The content check's report on files laid over the valid base fixture. */
const reportOn = reportsOn('headings-terms');

const caseWith = (body: string) =>
  `---\ntitle: 标题层级\nkind: 已有做法\nsummary: 摘要。\n---\n\n${body}`;

describe('a level-1 heading in a body', () => {
  test('is refused at its line in a case, and the fix says to move the other headings down too', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseWith('# 背景\n\n正文。\n\n## 做法\n\n正文。\n'),
      }),
    ).toMatchInlineSnapshot(`
        "content/cases/a.mdx:7:1 错误 [正文格式 markdown] “背景”是一级标题，和页面标题（title）一样大；正文的标题从二级（##）开始。
            改法：写成 ## 背景；正文里其他的标题也各多加一个 #，层次才不会乱。
        内容检查发现 1 个错误、0 个提醒。"
      `);
  });

  test('is refused when underlined with ===, in a model-site profile', async () => {
    const site =
      '---\ntitle: 一个社区\nsummary: 摘要。\nstatus: 已有\nkind: 城市社区\n---\n\n概况\n===\n\n正文。\n';
    expect(await reportOn({ 'content/sites/a.mdx': site })).toMatchInlineSnapshot(`
      "content/sites/a.mdx:8:1 错误 [正文格式 markdown] “概况”是一级标题，和页面标题（title）一样大；正文的标题从二级（##）开始。
          改法：删掉它下一行的 ===，写成 ## 概况。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('is refused inside a component, in a glossary term', async () => {
    const term =
      '---\ntitle: 新术语\nsummary: 摘要。\n---\n\n一般而言，正文。\n\n<Note title="说明">\n\n# 注意\n\n说明。\n\n</Note>\n';
    expect(await reportOn({ 'content/glossary/a.mdx': term })).toMatchInlineSnapshot(`
      "content/glossary/a.mdx:10:1 错误 [正文格式 markdown] “注意”是一级标题，和页面标题（title）一样大；正文的标题从二级（##）开始。
          改法：写成 ## 注意。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('leaves level-2 and deeper headings alone', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseWith('## 背景\n\n正文。\n\n### 细节\n\n正文。\n'),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });
});

const term = (title: string, synonyms: string) =>
  `---\ntitle: ${title}\nsummary: 一种做法。\n${synonyms}\n---\n\n一般而言，正文。\n`;

describe('glossary names', () => {
  test('a synonym that is another term’s title or synonym is refused at the synonym, in a YAML list or a 、 list, spaces aside', async () => {
    expect(
      await reportOn({
        'content/glossary/a.mdx': term('网格化', 'synonyms: [网格管理, 网格化]'),
        'content/glossary/b.mdx': term('网格管理', 'synonyms: 网格化、 网格 化管理'),
        'content/glossary/c.mdx': term('网格化管理', 'synonyms:\n  - 网格服务'),
        'content/glossary/d.mdx': term('网格员', 'synonyms:\n  - 网格服务'),
      }),
    ).toMatchInlineSnapshot(`
      "content/glossary/a.mdx:4:12 错误 [术语重名 term-name] 同义词“网格管理”已是 content/glossary/b.mdx 的标题；正文里的“网格管理”不知道该链接到哪个术语。
          改法：从 synonyms 里删掉“网格管理”。两条说的是同一件事的话，把它们合成一条，另一条的文件名写进 aliases，旧网址照样能打开。
      content/glossary/b.mdx:4:11 错误 [术语重名 term-name] 同义词“网格化”已是 content/glossary/a.mdx 的标题；正文里的“网格化”不知道该链接到哪个术语。
          改法：从 synonyms 里删掉“网格化”。两条说的是同一件事的话，把它们合成一条，另一条的文件名写进 aliases，旧网址照样能打开。
      content/glossary/b.mdx:4:16 错误 [术语重名 term-name] 同义词“网格 化管理”已是 content/glossary/c.mdx 的标题；正文里的“网格 化管理”不知道该链接到哪个术语。
          改法：从 synonyms 里删掉“网格 化管理”。两条说的是同一件事的话，把它们合成一条，另一条的文件名写进 aliases，旧网址照样能打开。
      content/glossary/d.mdx:5:5 错误 [术语重名 term-name] 同义词“网格服务”已是 content/glossary/c.mdx 的同义词；正文里的“网格服务”不知道该链接到哪个术语。
          改法：从 synonyms 里删掉“网格服务”。两条说的是同一件事的话，把它们合成一条，另一条的文件名写进 aliases，旧网址照样能打开。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('a draft term claims no name, and a term may list its own title', async () => {
    expect(
      await reportOn({
        'content/glossary/a.mdx': term('网格化', 'synonyms: [网格化, 网格管理]'),
        'content/glossary/b.mdx': term('网格管理', 'draft: true'),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });
});
