import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { ROOT, TEST_REPOSITORY_URL } from '../helpers/paths.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import { readQr } from '../helpers/read-qr.ts';
import { searchResults } from '../helpers/search-page.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { checkBuiltLinks } from '../../src/checks/links.ts';
import { builtFiles } from '../../src/postbuild/built-files.ts';
import { REGISTRY_FILE } from '../../src/checks/url-registry.ts';
import { writePreviewCopy } from '../../scripts/lib/preview-copy/write-copy.ts';
import { unreachableAddresses } from '../helpers/relative-links.ts';
import { docxOf } from '../helpers/contribute.ts';

/** A shared intranet host, with the site under a sub-path, as deployers set it. */
const SITE_URL = 'http://intranet.example/zhishiku/';
const BASE = '/zhishiku/';
const CASE = 'cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/';
const OLD_NAME = 'wanggehua-fuwu-zhongxin';

let dist: string;
let session: SiteSession;
beforeAll(async () => {
  const site = await fixtureSite('sub-path', join(ROOT, 'content'));
  // A renamed entry: its old URL must lead to the new one under the sub-path too.
  const file = `content/${CASE.replace(/\/$/, '')}.mdx`;
  const text = readFileSync(join(ROOT, file), 'utf8');
  await site.write(file, text.replace('\n---\n', `\naliases: [${OLD_NAME}]\n---\n`));
  // Registered as published: the build's URL check must find it served through the redirect.
  const registry = readFileSync(join(ROOT, REGISTRY_FILE), 'utf8');
  await site.write(REGISTRY_FILE, `${registry}/cases/${OLD_NAME}/\n`);
  // BASE_URL as some CI systems set it: the site's base path comes from SITE_URL alone.
  const result = await site.build({ SITE_URL, BASE_URL: '/' });
  if (result.exitCode !== 0) throw new Error(result.output);
  dist = site.dist;
  session = await startSiteSession(dist, BASE);
});
afterAll(async () => session?.close());

describe('the site built for a sub-path (SITE_URL with a path)', () => {
  test('every internal link and asset of every page leads inside the sub-path to something built', () => {
    expect(checkBuiltLinks(dist, SITE_URL)).toEqual([]);
  });

  test('every canonical link, feed item, sitemap entry and QR code carries the full address with the sub-path', () => {
    for (const path of htmlPages(dist).filter((page) => page !== '/404.html')) {
      const canonical = readPage(dist, path)
        .querySelector('link[rel="canonical"]')
        ?.getAttribute('href');
      expect(canonical, path).toMatch(new RegExp(`^${SITE_URL}`));
    }
    const xml = (file: string) => readFileSync(join(dist, file), 'utf8');
    const links = (text: string, tag: string) =>
      [...text.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((match) => match[1]!);
    expect(links(xml('sitemap.xml'), 'loc').length).toBeGreaterThan(40);
    for (const url of [...links(xml('sitemap.xml'), 'loc'), ...links(xml('rss.xml'), 'link')])
      expect(url).toMatch(new RegExp(`^${SITE_URL}`));
    const codes = JSON.parse(xml(`qr/${CASE.replace(/\/$/, '')}.json`)) as Record<string, string>;
    expect(codes['p-1']).toContain(`${SITE_URL}${CASE}#p-1`);
  });

  test('no stylesheet, script or search file names a path outside the sub-path', () => {
    const texts = builtFiles(dist).filter((file) => /\.(html|css|js|json)$/.test(file.path));
    const rootPaths = texts.flatMap(({ file, path }) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /(?:href|src|action)="(\/[^"/][^"]*)"|url\((\/[^)]*)\)/g,
        ),
      ]
        .map((match) => match[1] ?? match[2]!)
        .filter((url) => !url.startsWith(BASE))
        .map((url) => `${path}: ${url}`),
    );
    expect(rootPaths).toEqual([]);
    // Pagefind puts the base path in front of its records' URLs itself (see the search test).
    expect(readIndexedPages(dist).filter((page) => page.url.startsWith(BASE))).toEqual([]);
  });

  test('search runs in the browser, lists pages under the sub-path and opens them, requesting nothing outside it', async () => {
    const page = await session.open(`${BASE}search/?q=${encodeURIComponent('网格化服务中心')}`);
    const results = await searchResults(page);
    expect(results.length).toBeGreaterThan(0);
    const built = (path: string) =>
      path.startsWith(BASE) && existsSync(join(dist, path.slice(BASE.length), 'index.html'));
    expect(results.filter((path) => !built(path))).toEqual([]);
    await page.locator('[data-search-results] > li > a').first().click();
    await page.waitForURL(`**${results[0]}**`);
    expect(await page.locator('h1').innerText()).toBe(
      readPage(dist, results[0]!.slice(BASE.length - 1))
        .querySelector('h1')!
        .text.trim(),
    );
    expect(session.foreignRequests).toEqual([]);
    await page.context().close();
  });

  test('the 投稿 page reads a speech, converts a Word file and hands over a file, requesting nothing outside the sub-path', async () => {
    const page = await session.open(`${BASE}contribute/?type=cases`);
    await page.fill('#f-cases-title', '社区议事会（测试）');
    const cites = page.locator('[data-fields-of="cases"] [data-field="cites"]');
    await cites.locator('select').selectOption('shequ-zhili-dangjian-tuijinhui-2022');
    await cites.locator('input[value="p-9"]').check();
    await page.locator('[data-docx]').setInputFiles({
      name: '案例.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docxOf([{ kind: 'paragraph', runs: [{ text: '社区定期召开议事会。' }] }]),
    });
    await page.locator('[data-import-status]', { hasText: '已导入' }).waitFor();
    await expect
      .poll(() => page.locator('[data-output]').textContent())
      .toContain('paragraphs: [p-9]');
    expect(await page.inputValue('[data-body]')).toContain('社区定期召开议事会。');
    expect(session.foreignRequests).toEqual([]);
    await page.context().close();
  });

  test('the printed page QR code reads back as the page address under the sub-path', async () => {
    const svg = readPage(dist, `/${CASE}`).querySelector('.page-qr svg')!.toString();
    expect(await readQr(svg)).toBe(`${SITE_URL}${CASE}`);
  });

  test('a paragraph QR code reads back as the paragraph address under the sub-path', async () => {
    const page = await session.open(`${BASE}${CASE}`);
    await page.locator('#p-1 a.para-num').click();
    await page.locator('.para-tools').getByRole('button', { name: '二维码' }).click();
    const code = page.locator('dialog.qr-dialog[open] svg');
    await code.waitFor();
    expect(await readQr(await code.screenshot())).toBe(`${SITE_URL}${CASE}#p-1`);
    await page.context().close();
  });

  test('a shared 学习单 link stays under the sub-path and opens the same pack', async () => {
    const page = await session.open(`${BASE}${CASE}`, {
      setup: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    await page.getByRole('button', { name: '加入学习单' }).click();
    await page.getByRole('link', { name: /^学习单/ }).click();
    await page.waitForURL(`**${BASE}pack/`);
    await page.getByRole('button', { name: '复制分享链接' }).click();
    await expect
      .poll(() => page.locator('course-pack [role="status"]').innerText())
      .toContain('已复制分享链接');
    const shared = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(shared.pathname).toBe(`${BASE}pack/`);
    const other = await session.open(shared.pathname + shared.hash);
    await other.locator('course-pack .pack-items > li > a').first().waitFor();
    const href = await other
      .locator('course-pack .pack-items > li > a')
      .first()
      .getAttribute('href');
    expect(href).toBe(`${BASE}${CASE}`);
    await page.context().close();
    await other.context().close();
  });

  test('the old address of a renamed entry leads to its page under the sub-path, keeping the paragraph', async () => {
    const page = await session.open(`${BASE}cases/${OLD_NAME}/#p-2`);
    await page.waitForURL(`**${BASE}${CASE}#p-2`);
    expect(await page.locator('h1').innerText()).toBe(
      readPage(dist, `/${CASE}`).querySelector('h1')!.text.trim(),
    );
    await page.context().close();
  });

  test("the reviewers' preview copy drops the sub-path: every address leads to a file of the copy, and the renamed entry's old page, opened from disk, leads to the new one with its paragraph", async () => {
    const copy = join(dirname(dist), 'sub-path-preview');
    writePreviewCopy(dist, copy, { siteName: '预览', madeAt: new Date().toISOString() });
    expect(unreachableAddresses(dist, join(copy, 'site'))).toEqual([]);
    const page = await session.browser.newPage();
    await page.goto(
      `${pathToFileURL(join(copy, 'site', 'cases', OLD_NAME, 'index.html')).href}#p-2`,
    );
    await page.waitForURL(new RegExp(`/site/${CASE}index\\.html#p-2$`));
    await page.close();
  });

  test('编辑此页 still opens the file in the repository, whatever the sub-path', () => {
    const edit = readPage(dist, `/${CASE}`)
      .querySelectorAll('a')
      .find((link) => link.text.includes('编辑此页'));
    expect(edit?.getAttribute('href')).toBe(
      `${TEST_REPOSITORY_URL}/-/edit/main/content/${CASE.replace(/\/$/, '')}.mdx`,
    );
  });

  test('an unknown address under the sub-path gets the styled 404 page', async () => {
    const response = await fetch(`${session.server.url}${BASE}no-such-page/`);
    expect(response.status).toBe(404);
    const page = await session.open(`${BASE}no-such-page/`);
    expect(await page.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(
      new RegExp(`^${BASE}_astro/`),
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily.length > 0)).toBe(
      true,
    );
    expect(await page.getByRole('link', { name: /首页/ }).first().getAttribute('href')).toBe(BASE);
    await page.context().close();
  });
});
