import { describe, expect, test } from 'vitest';
import { withPageSlash } from '../../../src/entries/markdown/site-links.ts';
import { reportsOn } from '../../helpers/check-project.ts';

/** The content check's report on files laid over the valid base fixture. */
const reportOn = reportsOn('site-links');

const caseWith = (body: string) =>
  `---\ntitle: 链接案例\nkind: 已有做法\nsummary: 摘要。\n---\n\n${body}\n`;
const siteWith = (body: string) =>
  `---\ntitle: 链接社区\nsummary: 摘要。\nstatus: 已有\nkind: 城市社区\n---\n\n${body}\n`;

describe('links to pages of the site, before the build', () => {
  test('a page that does not exist is refused at its line, with the nearest address by file name or title', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseWith(
          '见[案例](/cases/hege-anly/)。\n\n又见[社区](/sites/测试社区/)、[草稿](/sites/caogao-shequ/)和[别处](/sites/wu-ci-ye/)。',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/a.mdx:7:2 错误 [站内链接 site-link] 链接“/cases/hege-anly/”指向的页面不存在。
          改法：是否想写 /cases/hege-anli/？
      content/cases/a.mdx:9:3 错误 [站内链接 site-link] 链接“/sites/测试社区/”指向的页面不存在。
          改法：是否想写 /sites/ceshi-shequ/？
      content/cases/a.mdx:9:22 错误 [站内链接 site-link] 链接“/sites/caogao-shequ/”指向一篇草稿（draft: true），草稿不发布，这个页面不存在。
          改法：等那一篇发布（删掉它的 draft: true）后再加这个链接，或者先删掉链接、只留文字。
      content/cases/a.mdx:9:49 错误 [站内链接 site-link] 链接“/sites/wu-ci-ye/”指向的页面不存在。
          改法：核对地址：可从网站上打开那个页面，复制地址栏里 /sites/ 起的部分。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('a link written as a path to a source file is refused with the site address, in a model-site profile', async () => {
    expect(
      await reportOn({
        'content/sites/a.mdx': siteWith(
          '见[案例](../cases/hege-anli.mdx)、[同类](./ceshi-shequ.mdx#gaikuang)和[讲话](content/speeches/ceshi-jianghua.mdx)。',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "content/sites/a.mdx:8:2 错误 [站内链接 site-link] 链接“../cases/hege-anli.mdx”写成了文件路径，网站上没有这个地址（代码仓库的预览能打开，网站上打不开）。
          改法：写成站内地址 /cases/hege-anli/。
      content/sites/a.mdx:8:31 错误 [站内链接 site-link] 链接“./ceshi-shequ.mdx#gaikuang”写成了文件路径，网站上没有这个地址（代码仓库的预览能打开，网站上打不开）。
          改法：写成站内地址 /sites/ceshi-shequ/#gaikuang。
      content/sites/a.mdx:8:64 错误 [站内链接 site-link] 链接“content/speeches/ceshi-jianghua.mdx”写成了文件路径，网站上没有这个地址（代码仓库的预览能打开，网站上打不开）。
          改法：写成站内地址 /speeches/ceshi-jianghua/。
      内容检查发现 3 个错误、0 个提醒。"
    `);
  });

  test('a relative address and a reference-style link are refused too, in a glossary term', async () => {
    const term =
      '---\ntitle: 新术语\nsummary: 摘要。\n---\n\n一般而言，见[案例](cases/hege-anli/)和[讲话][j]。\n\n[j]: /speeches/ceshi-jianghua/#p-99\n';
    expect(await reportOn({ 'content/glossary/a.mdx': term })).toMatchInlineSnapshot(`
      "content/glossary/a.mdx:6:7 错误 [站内链接 site-link] 链接“cases/hege-anli/”写成了相对地址，它会随所在页面变成别的地址。
          改法：写成站内地址 /cases/hege-anli/。
      content/glossary/a.mdx:8:1 错误 [站内链接 site-link] 链接“/speeches/ceshi-jianghua/#p-99”指向讲话里不存在的段落 p-99。
          改法：打开 /speeches/ceshi-jianghua/，对照每段前的编号改写 # 后面的部分。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('passes pages, speech paragraphs, crossings, files and other hosts', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseWith(
          '见[案例](/cases/hege-anli/)、[讲话](/speeches/ceshi-jianghua/#p-1)、[社区](/sites/ceshi-shequ)、[订阅](/rss.xml)、[检索](/search/)、[本页](#bei-jing)和[外站](https://example.org/x.mdx)。',
        ),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });
});

describe('withPageSlash', () => {
  test.each([
    ['/sites/ceshi-shequ', '/sites/ceshi-shequ/'],
    ['/speeches/x#p-3', '/speeches/x/#p-3'],
    ['/cases/x/', '/cases/x/'],
    ['/rss.xml', '/rss.xml'],
    ['/search?q=1', '/search/?q=1'],
  ])('%s → %s', (href, expected) => {
    expect(withPageSlash(href)).toBe(expected);
  });
});
