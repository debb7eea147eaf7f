import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { SITE_DIST } from '../helpers/paths.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { PAGE_OF_EACH_TYPE } from '../helpers/page-types.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE = '/cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/';
const OTHER_CASE = '/cases/quyuhua-dangjian-lianmeng/';

/** One page of each type the site has, the comparison and the 404 page too. */
const PAGES = [
  ...PAGE_OF_EACH_TYPE,
  `/compare/?cases=${CASE.split('/')[2]},${OTHER_CASE.split('/')[2]}`,
  '/no-such-page/',
];

/** The reader's saved display choices, as the header switches store them. */
const MODES: Array<{ name: string; storage: Record<string, string> }> = [
  { name: '默认', storage: {} },
  { name: '深色', storage: { 'kb-theme': 'dark' } },
  { name: '大字', storage: { 'kb-size': 'large' } },
  { name: '深色大字', storage: { 'kb-theme': 'dark', 'kb-size': 'large' } },
  { name: '特大', storage: { 'kb-size': 'xlarge' } },
];

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** Records every Content-Security-Policy violation a page reports, from before its first script. */
async function watchViolations(context: BrowserContext, storage: Record<string, string> = {}) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript((saved) => {
    for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
        ),
      true,
    );
  }, storage);
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('the Content-Security-Policy', () => {
  test('is in every built page: scripts only from the site and the hashes of its inline scripts, no unsafe-inline, nothing from elsewhere', () => {
    for (const path of htmlPages(SITE_DIST)) {
      const html = readPage(SITE_DIST, path);
      const policy = html
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content');
      expect(policy, path).toBeDefined();
      const directives = new Map(
        policy!
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('base-uri'), path).toEqual(["'self'"]);
      expect(directives.get('form-action'), path).toEqual(["'self'"]);
      const scripts = directives.get('script-src')!;
      expect(
        scripts.filter((source) => !source.startsWith("'sha256-")),
        path,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*/);
      // Every inline script of the page is allowed by its own hash, and there is no other kind of inline code.
      for (const script of html.querySelectorAll('script:not([src])')) {
        const hash = createHash('sha256').update(script.innerHTML).digest('base64');
        expect(scripts, path).toContain(`'sha256-${hash}'`);
      }
      expect(
        html
          .querySelectorAll('*')
          .filter((element) => Object.keys(element.attributes).some((name) => /^on/i.test(name))),
        path,
      ).toEqual([]);
    }
  });

  describe.each(MODES)('in $name', ({ storage }) => {
    // One browser profile per mode, each page opened in turn; the watcher starts afresh on every load.
    let page: Page;
    beforeAll(async () => {
      page = await session.open('/favicon.svg', {
        setup: (context) => watchViolations(context, storage),
      });
    });
    afterAll(async () => page?.context().close());

    test.each(PAGES)('%s loads and runs with no violation', async (path) => {
      await page.goto(session.server.url + path);
      // Pages that fetch after loading (sites list, pack texts, compared cases) are watched until those are in.
      if (/^\/(search|pack|compare)\//.test(path)) await page.waitForLoadState('networkidle');
      if (storage['kb-size'])
        expect(await page.evaluate(() => document.documentElement.dataset.size)).toBe(
          storage['kb-size'],
        );
      await page.emulateMedia({ media: 'print' });
      await page.emulateMedia({ media: 'screen' });
      expect(await violations(page)).toEqual([]);
    });
  });

  test('lets every tool run: paragraph tools, copy, QR dialog, read-aloud bar, glossary popover, 学习单, Word, search, comparison and print', async () => {
    const page = await session.open('/favicon.svg', {
      setup: (context) => watchViolations(context),
    });
    await page.goto(session.server.url + SPEECH);
    await page.locator('#p-14 a.para-num').click();
    const tools = page.locator('.para-tools');
    await tools.getByRole('button', { name: '复制链接' }).click();
    await tools.locator('[role="status"]', { hasText: '已复制' }).waitFor();
    await tools.getByRole('button', { name: '复制引用' }).click();
    await tools.getByRole('button', { name: '二维码' }).click();
    await page.locator('dialog.qr-dialog svg').waitFor();
    await page.locator('dialog.qr-dialog').getByRole('button', { name: '关闭' }).click();
    await tools.getByRole('button', { name: '加入学习单' }).click();
    await page.locator('[data-pack-count]', { hasText: '（1）' }).waitFor();
    // Headless Chromium has no Chinese voice: the reading bar says so (the reading itself: read-aloud.test.ts).
    await page.getByRole('button', { name: '朗读全文' }).click();
    await page.getByRole('region', { name: '朗读' }).getByRole('button', { name: '关闭' }).click();
    expect(await violations(page)).toEqual([]);

    await page.goto(session.server.url + CASE);
    await page.locator('article button.term').first().click();
    await page.locator('.term-popover:popover-open').waitFor();
    await page.getByRole('button', { name: '复制参考文献' }).click();
    await page.getByRole('button', { name: '加入学习单' }).click();
    await page.locator('[data-pack-count]', { hasText: '（2）' }).waitFor();
    await page.goto(session.server.url + OTHER_CASE);
    await page.getByRole('button', { name: '加入学习单' }).click();
    await page.locator('[data-pack-count]', { hasText: '（3）' }).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.goto(`${session.server.url}/search/?q=${encodeURIComponent('网格化')}`);
    await page.locator('[data-search-results] > li').first().waitFor();
    await page.locator('[data-search-results] input[data-compare-case]').first().click();
    expect(await violations(page)).toEqual([]);

    await page.goto(`${session.server.url}/pack/`);
    await page.locator('course-pack .pack-items').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Word 文档' }).click();
    await download;
    await page.getByRole('button', { name: '复制分享链接' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: '对照这些案例' }).click();
    await page.locator('.compare-table').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  test('blocks a script injected into a page, inline or as an event handler', async () => {
    const page = await session.open('/favicon.svg', {
      setup: (context) => watchViolations(context),
    });
    const injected = readFileSync(join(SITE_DIST, CASE, 'index.html'), 'utf8').replace(
      '<article',
      '<script>window.__ran = "inline"</script><img src="/favicon.svg?x" onload="window.__ran = \'handler\'" alt=""><article',
    );
    await page.route('**/injected/', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: injected }),
    );
    await page.goto(`${session.server.url}/injected/`);
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => (window as unknown as { __ran?: string }).__ran),
    ).toBeUndefined();
    const seen = await violations(page);
    expect(seen.filter((line) => line.startsWith('script-src-elem blocked inline'))).toHaveLength(
      1,
    );
    expect(seen.filter((line) => line.startsWith('script-src-attr blocked inline'))).toHaveLength(
      1,
    );
    // The page's own scripts still run.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await page.context().close();
  });
});
