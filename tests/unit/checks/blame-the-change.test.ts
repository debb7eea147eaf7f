import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkChange, checkFixture } from '../../helpers/check-project.ts';
import { ROOT } from '../../helpers/paths.ts';

const SPEECH = 'content/speeches/ceshi-jianghua.mdx';

let runs = 0;

/**
 * The report on `published` (files the target branch has, untouched) and `added`
 * (the merge request's), laid over the base fixture, with and without the target.
 * Each published file sorts after the added one, so file order alone would blame it.
 */
async function reportOnChange(
  published: Record<string, string>,
  added: Record<string, string>,
): Promise<{ withTarget: string; alone: string }> {
  runs += 1;
  const { report: alone } = await checkFixture(
    '_base',
    { ...published, ...added },
    `blame-alone-${runs}`,
  );
  const { report: withTarget } = await checkChange(published, added, `blame-${runs}`);
  return { withTarget, alone };
}

const caseFile = (title: string, extra = '') =>
  `---\ntitle: ${title}\nkind: 已有做法\nsummary: 摘要。\n${extra}---\n\n正文。\n`;
const term = (title: string, synonyms: string) =>
  `---\ntitle: ${title}\nsummary: 一种做法。\nsynonyms: [${synonyms}]\n---\n\n一般而言，正文。\n`;

describe('where two files conflict, the finding is on the file the change added', () => {
  test('a new case with a published case’s title', async () => {
    const { withTarget, alone } = await reportOnChange(
      { 'content/cases/z-yishi.mdx': caseFile('社区议事协商') },
      { 'content/cases/a-yishi.mdx': caseFile('社区议事协商') },
    );
    expect(alone).toContain('content/cases/z-yishi.mdx:2:8');
    expect(withTarget).toMatchInlineSnapshot(`
      "content/cases/a-yishi.mdx:2:8 错误 [重复标题 duplicate-title] 标题“社区议事协商”与已发布、本次没有改动的 content/cases/z-yishi.mdx 相同。
          改法：改这一条的标题，让两者能区分开，例如加上地区或年份；已发布的那一条不用动。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a new glossary term whose synonym or title a published term already has', async () => {
    const { withTarget } = await reportOnChange(
      { 'content/glossary/z-yishihui.mdx': term('议事会', '居民议事会') },
      {
        'content/glossary/a-yishi.mdx': term('议事协商', '居民议事会'),
        'content/glossary/b-yishi.mdx': term('居民议事会', '议事'),
      },
    );
    expect(withTarget).toMatchInlineSnapshot(`
      "content/glossary/a-yishi.mdx:4:12 错误 [术语重名 term-name] 同义词“居民议事会”已是 content/glossary/b-yishi.mdx 的标题；正文里的“居民议事会”不知道该链接到哪个术语。
          改法：从 synonyms 里删掉“居民议事会”。两条说的是同一件事的话，把它们合成一条，另一条的文件名写进 aliases，旧网址照样能打开。
      content/glossary/b-yishi.mdx:2:8 错误 [术语重名 term-name] 标题“居民议事会”已是已发布、本次没有改动的 content/glossary/z-yishihui.mdx 的同义词；正文里的“居民议事会”不知道该链接到哪个术语。
          改法：换一个标题；要是两条说的是同一件事，就不必新建这一条，在已发布的那一条里补充内容。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a new file named as a published entry’s old address', async () => {
    const { withTarget, alone } = await reportOnChange(
      {
        'content/sites/z-shequ.mdx':
          '---\ntitle: 老社区\nsummary: 摘要。\nkind: 城市社区\naliases: [a-shequ]\nstatus: 已有\n---\n\n正文。\n',
      },
      {
        'content/sites/a-shequ.mdx':
          '---\ntitle: 新社区\nsummary: 摘要。\nstatus: 已有\nkind: 城市社区\n---\n\n正文。\n',
      },
    );
    expect(alone).toContain('content/sites/z-shequ.mdx:5');
    expect(withTarget).toMatchInlineSnapshot(`
      "content/sites/a-shequ.mdx:1:1 错误 [网址冲突 duplicate-url] 文件名 a-shequ 会生成网址 /sites/a-shequ/，但它已是已发布、本次没有改动的 content/sites/z-shequ.mdx 的旧网址（aliases），培训材料里的旧链接会打开这一页。
          改法：给这个文件换一个名字。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});

describe('a quotation that an edit of the speech breaks', () => {
  test('is reported on the speech the change edited, naming the published file that quotes it', async () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/check/_base', SPEECH), 'utf8');
    const { report } = await checkChange(
      {},
      { [SPEECH]: text.replace('第一节正文。', '第一节的正文。') },
      'blame-quote',
    );
    expect(report).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:1:1 错误 [引文 quote] 改动后，已发布、本次没有改动的 content/cases/hege-anli.mdx 第 20 行的引文和讲话对不上了：引文与讲话原文不一致：引文第 4 个字是“正”，原文（《测试讲话》第 2 段第 4 个字）是“的”。引文 “第一节【正】文。”，原文 “第一节【的】正文。”。
          改法：讲话要逐字照录原文。这是更正录入错误的话，在这个合并请求里把引用它的文件也照改；不是有意的改动，就恢复讲话原来的文字。
      content/speeches/ceshi-jianghua.mdx:14:1 提醒 [已发布网址 published-url] 已发布的 p-2（第 2 段）改了文字：“第一节正文。”改成了“第一节的正文。”。
          改法：讲话要逐字照录原文：若是更正录入错误，在合并请求里写明依据；引用这一段的案例也要照改。
      内容检查发现 1 个错误、1 个提醒。"
    `);
  });
});
