import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { cp, mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readContent } from '../helpers/content-files.ts';
import { readPage } from '../helpers/dist.ts';
import { ROOT, SITE_DIST, TMP } from '../helpers/paths.ts';
import { checkBuiltLinks } from '../../src/checks/links.ts';
import { checkFixture } from '../helpers/check-project.ts';
import { siteConfig } from '../../src/site/config.ts';
import { urls } from '../../src/site/urls.ts';

const run = promisify(execFile);
const entries = readContent(join(ROOT, 'content'));

describe('the built site, read by the link check', () => {
  test('has no broken internal link or #fragment, no page unreachable from the home page, none missing from the sitemap', () => {
    expect(checkBuiltLinks(SITE_DIST, siteConfig.url)).toEqual([]);
  });

  test('the link check reports what it should on a damaged copy', async () => {
    const copy = await mkdtemp(join(TMP, 'links-'));
    await cp(SITE_DIST, copy, { recursive: true });
    const speech = join(copy, 'speeches/shequ-zhili-dangjian-tuijinhui-2022/index.html');
    await writeFile(
      speech,
      (await readFile(speech, 'utf8')).replace('href="#p-14"', 'href="#p-140"'),
    );
    await mkdir(join(copy, 'gudao'));
    await cp(join(copy, '404.html'), join(copy, 'gudao/index.html'));
    expect(
      checkBuiltLinks(copy, siteConfig.url).map((problem) => `${problem.page} ${problem.message}`),
    ).toMatchInlineSnapshot(`
      [
        "/speeches/shequ-zhili-dangjian-tuijinhui-2022/ 链接 #p-140 指向的锚点 #p-140 在 /speeches/shequ-zhili-dangjian-tuijinhui-2022/ 上不存在。",
        "/gudao/ 从首页出发沿链接无法到达这个页面（没有任何列表或页面链接到它）。",
        "/gudao/ 这个页面不在站点地图 sitemap.xml 中。",
      ]
    `);
  });
});

describe('every entry page', () => {
  test.each(
    entries.map((entry) => [`/${entry.collection}/${entry.id}/`, entry.collection, entry.id]),
  )('%s shows 最后更新 and 编辑此页', (path, collection, id) => {
    const footer = readPage(SITE_DIST, path).querySelector('main footer');
    expect(footer?.text).toMatch(/最后更新：\d{4}年\d{1,2}月\d{1,2}日/);
    const edit = footer?.querySelectorAll('a').find((link) => link.text === '编辑此页');
    expect(edit?.getAttribute('href')).toBe(urls.edit(`content/${collection}/${id}.mdx`));
    // The forge's own editor path: the tests' repository (git.example.org) is taken for an intranet GitLab.
    const repository = siteConfig.repository!;
    const editPath = { github: 'edit', gitlab: '-/edit', gitea: '_edit' }[repository.forge];
    const prefix = `${repository.url.replace(/\/+$|\.git$/g, '')}/${editPath}/${repository.branch}/content/`;
    expect(edit?.getAttribute('href')?.slice(0, prefix.length)).toBe(prefix);
  });
});

describe('the URLs the content check protects', () => {
  test('are, read from the source, exactly the permanent URLs of the real build', async () => {
    const { BuiltSite } = await import('../../src/checks/url-registry.ts');
    const { loadEntryFiles } = await import('../../src/checks/entry-files.ts');
    const { siteUrlsOf } = await import('../../src/checks/site-urls.ts');
    const fromSource = [...siteUrlsOf(loadEntryFiles(ROOT).entries).permanent.keys()].sort();
    expect(fromSource).toEqual(new BuiltSite(SITE_DIST).permanentUrls().sort());
  });

  test('include everything the registry holds, so no registered URL is lost', async () => {
    const { readRegistry } = await import('../../src/checks/url-registry.ts');
    const { loadEntryFiles } = await import('../../src/checks/entry-files.ts');
    const { siteUrlsOf } = await import('../../src/checks/site-urls.ts');
    const { served } = siteUrlsOf(loadEntryFiles(ROOT).entries);
    expect(readRegistry(ROOT)!.filter((url) => !served.has(url))).toEqual([]);
  });
});

describe('npm run check, as a command', () => {
  test('exits 0 on the real content and 1 with file:line:column findings on bad content', async () => {
    const ok = await run(process.execPath, ['scripts/check-content.ts'], { cwd: ROOT });
    expect(ok.stdout).toContain('内容检查通过');
    const { root: bad } = await checkFixture('mdx-code', {}, 'mdx-code-cli');
    const failed = await run(process.execPath, [join(ROOT, 'scripts/check-content.ts'), bad], {
      cwd: ROOT,
    }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^content\/cases\/daima\.mdx:7:1 错误 \[代码 mdx-code\]/m);
  });
});
