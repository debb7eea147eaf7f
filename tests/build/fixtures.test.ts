import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { htmlPages, hrefs, readPage } from '../helpers/dist.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import type { BuildResult } from '../helpers/astro-build.ts';
import { ROOT } from '../helpers/paths.ts';

/** A failed build's report, from the line that holds `first` to the end: nothing follows it, not even a stack trace. */
const messageLines = (result: BuildResult, first: string) => {
  const lines = result.output.trim().split('\n');
  return lines.slice(lines.findIndex((line) => line.includes(first))).join('\n');
};

describe('a fixture whose case names a concept and a model site that do not exist', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await (await fixtureSite('bad-refs')).build();
  });

  test('fails the build', () => {
    expect(result.exitCode).not.toBe(0);
  });

  test('names the file, the field, the bad value and the valid choices, for every bad reference', () => {
    expect(messageLines(result, '内容检查未通过')).toMatchInlineSnapshot(`
      "内容检查未通过，网站未生成。
      content/cases/cuowu-yinyong.mdx:5:12 错误 [引用 reference] 字段 concepts：找不到名为“大整合共享”的理念。
          改法：是否想写“大整合共治”？可写中文名称或文件名，可选：大服务共享（da-fuwu-gongxiang）、大整合共治（da-zhenghe-gongzhi）。
      content/cases/cuowu-yinyong.mdx:6:15 错误 [引用 reference] 字段 sites：找不到名为“不存在的社区”的示范点。
          改法：可写中文名称或文件名，可选：测试社区（ceshi-shequ）。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });
});

describe('a fixture with a draft case and a draft model site', () => {
  let dist: string;
  beforeAll(async () => {
    const site = await fixtureSite('drafts');
    const result = await site.build();
    expect(result.exitCode, result.output).toBe(0);
    dist = site.dist;
  });

  test('builds the published entries and resolves references by title and by id', () => {
    const pages = htmlPages(dist);
    expect(pages).toEqual(
      expect.arrayContaining([
        '/cases/fabu-anli/',
        '/sites/gongkai-shequ/',
        '/speeches/ceshi-jianghua/',
      ]),
    );
    const links = hrefs(readPage(dist, '/cases/fabu-anli/'));
    expect(links).toEqual(
      expect.arrayContaining([
        '/concepts/da-fuwu-gongxiang/',
        '/sites/gongkai-shequ/',
        '/speeches/ceshi-jianghua/#p-2',
      ]),
    );
  });

  test('renders the author components through the components mapping, and images from the repository as WebP', () => {
    const page = readPage(dist, '/cases/fabu-anli/');
    const figure = page.querySelector('.prose figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toMatch(
      /^\/_astro\/shiyi\.[\w-]+\.webp$/,
    );
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('示意图');
    expect(figure?.querySelector('figcaption')?.text).toBe('示意图');
    expect(page.querySelector('.prose aside[aria-label="说明"]')?.text).toContain('说明框。');
  });

  test('leaves drafts and _ files out of the pages, the lists, the tag pages and the sitemap', () => {
    const pages = htmlPages(dist);
    expect(pages.filter((path) => /caogao|beiwang/.test(path))).toEqual([]);
    const everything = pages.map((path) => readPage(dist, path).toString()).join('\n');
    expect(everything).not.toMatch(/caogao|草稿案例|草稿社区|备忘/);
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toContain('caogao');
  });

  test('leaves drafts out of the search index', () => {
    const indexed = readIndexedPages(dist);
    expect(indexed.map((page) => page.url)).toContain('/cases/fabu-anli/');
    expect(
      indexed.filter((page) => /caogao/.test(page.url) || /专用词/.test(page.content)),
    ).toEqual([]);
  });
});

describe('a fixture with files the loaders would pass over', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const site = await fixtureSite('misplaced', 'drafts');
    await site.write('content/cases/Wang_Ge.mdx', '---\ntitle: 大写文件名\n---\n');
    await site.write('content/cases/beizhu.md', '---\ntitle: 扩展名不对\n---\n');
    await site.write('content/zhuanti/sisuo-heyi.mdx', '---\ntitle: 未知栏目\n---\n');
    // Saved by Notepad as 'ANSI': refused, never published as mojibake.
    await site.write(
      'content/sites/jishiben-shequ.mdx',
      readFileSync(join(ROOT, 'tests/fixtures/encodings/gbk.mdx')),
    );
    result = await site.build();
  });

  test('fails the build and names each file with how to fix it', () => {
    expect(result.exitCode).not.toBe(0);
    expect(messageLines(result, '个文件不会被收录')).toMatchInlineSnapshot(`
      "content/cases/beizhu.md:1:1 错误 [文件名 file-name] 这个文件不会被收录。
          改法：只收录 .mdx 文件。请把它改名为 .mdx；若只是备注，请在文件名前加下划线 _ 。
      content/cases/Wang_Ge.mdx:1:1 错误 [文件名 file-name] 这个文件不会被收录。
          改法：文件名“Wang_Ge”会成为网址，只能用小写字母、数字和连字符，并以字母开头，例如 wanggehua-fuwu-zhongxin.mdx。
      content/cases/Wang_Ge.mdx:1:1 错误 [字段 schema] 缺少必填字段 kind（性质）。
          改法：可选值：已有做法、部署要求。来源说已经开展、取得了成绩的，写 已有做法；讲话或文件要求去做的，写 部署要求。
      content/cases/Wang_Ge.mdx:1:1 错误 [字段 schema] 缺少必填字段 summary（摘要）。
          改法：请在文件开头的 --- 之间加一行 summary: …
      content/sites/jishiben-shequ.mdx:1:1 错误 [文件编码 encoding] 这个文件的编码是 GBK（GB18030；记事本里叫“ANSI”，WPS 和旧版软件常这样保存），网站只认 UTF-8，照这样发布，页面上的中文会变成乱码。
          改法：用记事本打开这个文件，点“文件 → 另存为”，在“编码”里选“UTF-8”再保存（WPS、Word 另存为“纯文本”时也选 UTF-8）；只用网页编辑器的，把文字重新复制粘贴进网页里的文件即可。本地有项目的，运行 npm run fix 会把它转成 UTF-8。
      content/zhuanti:1:1 错误 [文件名 file-name] 这个文件不会被收录。
          改法：不认识的栏目文件夹“zhuanti”。可用的栏目：speeches、cases、concepts、sites、glossary；图片放在 content/images/。
      内容检查发现 6 个错误、0 个提醒。"
    `);
  });
});
