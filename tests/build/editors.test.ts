import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { hrefs, readPage } from '../helpers/dist.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { searchResults } from '../helpers/search-page.ts';
import { BuiltSite, readRegistry, writeRegistry } from '../../src/checks/url-registry.ts';
import type { BuildResult } from '../helpers/astro-build.ts';

/** A failed build's report: it is the last thing the build prints, from its headline on. */
const messageOf = (result: BuildResult, headline: string) =>
  result.output.slice(Math.max(result.output.indexOf(headline), 0)).trim();

describe('a case copied in from outside, with a new model site, referring by Chinese titles', () => {
  let site: FixtureSite;
  let session: SiteSession;
  beforeAll(async () => {
    site = await fixtureSite('copied-in', 'drafts');
    await site.write(
      'content/sites/xinlai-shequ.mdx',
      '---\ntitle: 新来的社区\nsummary: 从别处复制来的示范点。\nstatus: 已有\nkind: 城市社区\n---\n\n新来的社区的介绍。\n',
    );
    await site.write(
      'content/cases/xinlai-anli.mdx',
      '---\ntitle: 新来的案例\nkind: 已有做法\nsummary: 从别处复制来的案例。\nconcepts: [大服务共享]\nsites: [新来的社区]\n---\n\n## 做法\n\n邻里互助食堂的做法。\n',
    );
    const result = await site.build();
    expect(result.exitCode, result.output).toBe(0);
    session = await startSiteSession(site.dist);
  });
  afterAll(async () => session?.close());

  test('appears on its concept page and its new model-site page', () => {
    expect(
      hrefs(
        readPage(site.dist, '/concepts/da-fuwu-gongxiang/'),
        'section[aria-labelledby="cases"] li > a',
      ),
    ).toContain('/cases/xinlai-anli/');
    expect(
      hrefs(readPage(site.dist, '/sites/xinlai-shequ/'), 'section[aria-labelledby="cases"] li > a'),
    ).toEqual(['/cases/xinlai-anli/']);
    expect(
      hrefs(
        readPage(site.dist, '/concepts/da-fuwu-gongxiang/'),
        'section[aria-labelledby="sites"] li > a',
      ),
    ).toContain('/sites/xinlai-shequ/');
  });

  test('is in the search index and found by a search in the browser', async () => {
    expect(readIndexedPages(site.dist).map((page) => page.url)).toContain('/cases/xinlai-anli/');
    const page = await session.open(`/search/?q=${encodeURIComponent('邻里互助食堂')}`);
    expect(await searchResults(page)).toEqual(['/cases/xinlai-anli/']);
  });
});

describe('permanent URLs', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await fixtureSite('registry', 'drafts');
    const first = await site.build();
    expect(first.exitCode, first.output).toBe(0);
    // What `npm run urls:accept` does after a reviewed build.
    writeRegistry(site.root, new BuiltSite(site.dist).permanentUrls());
    await rm(join(site.root, 'content/cases/fabu-anli.mdx'));
  });

  test('the registry holds the pages and the speech paragraph anchors', () => {
    const registry = readRegistry(site.root)!;
    expect(registry).toEqual(
      expect.arrayContaining([
        '/',
        '/cases/fabu-anli/',
        '/speeches/ceshi-jianghua/#p-2',
        '/speeches/ceshi-jianghua/#part-1-1',
      ]),
    );
    expect(registry.some((url) => /\/\d+\/$/.test(url))).toBe(false);
  });

  test('deleting a published page without an alias fails the build, naming the URL and the fix', async () => {
    await site.write(
      'content/cases/xin-mingzi.mdx',
      readFileSync(
        join(import.meta.dirname, '../fixtures/drafts/content/cases/fabu-anli.mdx'),
        'utf8',
      ),
    );
    const result = await site.build();
    expect(result.exitCode).not.toBe(0);
    expect(messageOf(result, '内容检查未通过')).toMatchInlineSnapshot(`
      "内容检查未通过，网站未生成。
      content/_published-urls.txt:6:1 错误 [已发布网址 published-url] 已发布的网址 /cases/fabu-anli/ 不会再生成，发布后培训材料里的链接将失效。
          改法：若条目改了文件名，在新文件的字段区加上 aliases: [fabu-anli]；若确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('adding the old name as an alias fixes it: the old URL, anchor included, leads to the new page', async () => {
    const text = readFileSync(
      join(import.meta.dirname, '../fixtures/drafts/content/cases/fabu-anli.mdx'),
      'utf8',
    );
    await site.write(
      'content/cases/xin-mingzi.mdx',
      text.replace('---\n\n', 'aliases: [fabu-anli]\n---\n\n'),
    );
    const result = await site.build();
    expect(result.exitCode, result.output).toBe(0);
    const old = readFileSync(join(site.dist, 'cases/fabu-anli/index.html'), 'utf8');
    expect(old).toContain('<meta http-equiv="refresh" content="0;url=/cases/xin-mingzi/">');
    expect(old).toMatch(/<link rel="canonical" href="[^"]*\/cases\/xin-mingzi\/">/);
    expect(new BuiltSite(site.dist).serves('/cases/fabu-anli/')).toBe(true);
    const session = await startSiteSession(site.dist);
    try {
      const page = await session.open('/cases/fabu-anli/#practice');
      await page.waitForURL('**/cases/xin-mingzi/#practice');
      expect(await page.locator('h1').textContent()).toBe('已发布的案例');
    } finally {
      await session.close();
    }
  });

  test('a registered URL that nothing will produce fails the check before the build, even when no entry names it', async () => {
    writeRegistry(site.root, [...readRegistry(site.root)!, '/zhuanti/']);
    const result = await site.build();
    expect(result.exitCode).not.toBe(0);
    expect(messageOf(result, '内容检查未通过')).toMatchInlineSnapshot(`
      "内容检查未通过，网站未生成。
      content/_published-urls.txt:25:1 错误 [已发布网址 published-url] 已发布的网址 /zhuanti/ 不会再生成，发布后培训材料里的链接将失效。
          改法：确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});

describe('content from a pull request cannot run code at build time', () => {
  test('an MDX file that exports code is refused before anything is compiled or run', async () => {
    const marker = join(import.meta.dirname, '../.tmp/pwned-marker');
    await rm(marker, { force: true });
    const site = await fixtureSite('code-injection', 'drafts');
    await site.write(
      'content/cases/e-yi.mdx',
      `---\ntitle: 恶意案例\nkind: 部署要求\nsummary: 试图在构建时运行代码。\n---\n\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n\n正文。\n`,
    );
    const result = await site.build();
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain(
      'content/cases/e-yi.mdx:7:1 错误 [代码 mdx-code] 内容里不能写 import 或 export 语句。',
    );
    expect(existsSync(marker)).toBe(false);
  });
});
