import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { writePreviewCopy } from '../../scripts/lib/preview-copy/write-copy.ts';
import { builtPages } from '../../src/postbuild/built-files.ts';
import { SITE_DIST, TMP } from '../helpers/paths.ts';
import { searchResults } from '../helpers/search-page.ts';
import { unreachableAddresses } from '../helpers/relative-links.ts';

/**
 * The preview a reviewer downloads where the forge has no review environment: the built
 * site as a folder that opens from disk, with a first page that lists what changed.
 */
let out: string;
let browser: Browser;
beforeAll(async () => {
  out = mkdtempSync(join(TMP, 'preview-copy-'));
  writePreviewCopy(SITE_DIST, out, {
    siteName: '城乡社区治理与基层党建知识库',
    commit: '0123456789abcdef',
    madeAt: '2026-12-03T08:00:00.000Z',
    changes: {
      target: { branch: 'main', commit: 'fedcba9876543210' },
      added: [{ url: '/cases/dangjian-chuangcheng/', label: '“党建+创城”' }],
      changed: [],
      removed: [{ url: '/cases/jiu-mingzi/', label: '旧的案例', withdrawn: '并入其他案例' }],
    },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the preview folder', () => {
  test('every address in every page of the copy leads to a file of the copy, none to the site root', () => {
    expect(builtPages(SITE_DIST).length).toBeGreaterThan(40);
    expect(unreachableAddresses(SITE_DIST, join(out, 'site'))).toEqual([]);
  });

  test('opened from disk, a reviewer goes from the first page to a changed page and on to the speech paragraph it cites, and nothing loads from anywhere but the folder', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('合并请求的预览网站');
    expect(await page.locator('main').innerText()).toContain('撤下的页面（1）');
    await page.getByRole('link', { name: '“党建+创城”' }).click();
    await page.waitForURL(/site\/cases\/dangjian-chuangcheng\/index\.html$/);
    await expect.poll(() => page.locator('.preview-banner').isVisible()).toBe(true);
    // The page is styled (the site's stylesheet loaded from the folder), not bare HTML.
    expect(
      await page
        .locator('header')
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('a[href*="speeches/"][href*="#p-"]').first().click();
    await page.waitForURL(/site\/speeches\/[a-z0-9-]+\/index\.html#p-\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    await page.getByRole('link', { name: '首页' }).first().click();
    await page.waitForURL(/site\/index\.html$/);
    await page.getByRole('link', { name: '预览说明和改动的页面' }).click();
    await page.waitForURL(/\/index\.html$/);
    expect(await page.locator('h1').textContent()).toBe('合并请求的预览网站');
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  test('served by any web server from its site folder, the copy searches as the site does', async () => {
    const server = await serveStatic(join(out, 'site'), '/');
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/search/index.html?q=${encodeURIComponent('网格化')}`);
      expect(await searchResults(page)).toContain('/glossary/wanggehua/');
      await page.close();
    } finally {
      await server.close();
    }
  });
});
