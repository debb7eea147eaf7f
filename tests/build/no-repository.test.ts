import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtFiles } from '../../src/postbuild/built-files.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { NO_REPOSITORY_WARNING } from '../../src/site/config.ts';

// A site built without REPOSITORY_URL (empty counts as unset, as CI systems define it) has no repository
// to send editors to: readers see no editor link, and the 投稿 page hands the file over by download or copy.
let dist: string;
let output: string;
let session: SiteSession;
beforeAll(async () => {
  const site = await fixtureSite('no-repository', 'drafts');
  const result = await site.build({ REPOSITORY_URL: '' });
  expect(result.exitCode, result.output).toBe(0);
  ({ dist, output } = { dist: site.dist, output: result.output });
  session = await startSiteSession(dist);
});
afterAll(async () => session?.close());

describe('a site built without REPOSITORY_URL', () => {
  test('says so when the build ends, as a warning in Chinese, not an error', () => {
    expect(output).toContain(`[构建] 提醒：${NO_REPOSITORY_WARNING}`);
    expect(NO_REPOSITORY_WARNING).toContain('README 部署');
  });

  test('shows no 编辑此页 or 新增案例 link, and names no placeholder host in any file', () => {
    const pages = htmlPages(dist);
    expect(pages).toContain('/cases/');
    for (const path of pages) {
      const text = readPage(dist, path).text;
      expect(text, path).not.toContain('编辑此页');
      expect(text, path).not.toContain('在代码仓库中编辑');
    }
    const texts = builtFiles(dist).filter(({ path }) =>
      /(\/|\.(html|js|json|xml|css|txt))$/.test(path),
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const { file } of texts)
      expect(readFileSync(file, 'utf8'), file).not.toContain('git.example.org');
    // 投稿 stays: it needs no repository.
    expect(
      readPage(dist, '/cases/').querySelector('a[href="/contribute/?type=cases"]'),
    ).not.toBeNull();
  });

  test('offers the 投稿 page’s file for download and copy, and says there is no repository to submit to', async () => {
    const page = await session.open('/contribute/');
    await page.locator('[data-form]').waitFor();
    expect(await page.locator('[data-open-forge]').count()).toBe(0);
    expect(await page.locator('[data-no-repository]').innerText()).toContain(
      '本站没有设置代码仓库',
    );
    await page.fill('#f-cases-title', '社区议事会');
    // The file is named from the title's pinyin once that has loaded.
    await expect.poll(() => page.locator('[data-file-name]').inputValue()).toBe('shequ-yishi-hui');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载文件' }).click();
    expect((await download).suggestedFilename()).toBe('shequ-yishi-hui.mdx');
    expect(await page.getByRole('button', { name: '复制文件内容' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
