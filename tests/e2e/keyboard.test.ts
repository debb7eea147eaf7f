import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { SITE_DIST, ROOT } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { searchResults } from '../helpers/search-page.ts';
import { readContent } from '../helpers/content-files.ts';

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** What has keyboard focus: a short description, its visible focus outline, and whether it is on screen. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: element.textContent?.trim().slice(0, 20) ?? '',
      href: element.getAttribute('href'),
      id: element.id,
      outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
      onScreen:
        box.width > 1 &&
        box.height > 1 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth,
    };
  });

/** Presses Tab until `match` holds for the focused element, at most `limit` times. */
async function tabTo(
  page: Page,
  match: (element: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 60,
) {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (match(element)) return element;
  }
  throw new Error('按 Tab 到不了目标元素');
}

describe('keyboard only', () => {
  test('the first Tab shows a visible skip link that moves focus to the main content', async () => {
    const page = await session.open('/cases/jiedao-guanli-tizhi-gaige/');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: '跳到正文', href: '#main', onScreen: true });
    expect(skip.outline).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.waitForURL('**#main');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
    ).toBe(true);
  });

  test('every link and control on a page shows a visible focus outline', async () => {
    const page = await session.open('/');
    const seen = new Set<string>();
    for (let count = 0; count < 40; count += 1) {
      await page.keyboard.press('Tab');
      const element = await focused(page);
      if (element.tag === 'body' || seen.has(`${element.tag}${element.href}${element.text}`)) break;
      seen.add(`${element.tag}${element.href}${element.text}`);
      expect(element.outline, `${element.tag} ${element.text}`).toBeGreaterThanOrEqual(2);
      expect(element.onScreen, `${element.tag} ${element.text}`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  test('search: reach the box, type, press Enter, then Tab to the first result and open it', async () => {
    const page = await session.open('/search/');
    await tabTo(page, (element) => element.id === 'q');
    await page.keyboard.type('四所合一');
    await page.keyboard.press('Enter');
    const [first] = await searchResults(page);
    const link = await tabTo(
      page,
      (element) => element.href !== null && new URL(element.href, 'http://x').pathname === first,
    );
    expect(link.onScreen).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === first);
  });

  test('search filters are reachable and change the results by keyboard', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('大服务共享')}`);
    const all = await searchResults(page);
    // The filters are folded into 筛选: Tab to it and open it with Enter, as with any fold.
    await tabTo(page, (element) => element.tag === 'summary' && element.text.startsWith('筛选'));
    await page.keyboard.press('Enter');
    await tabTo(page, (element) => element.tag === 'select');
    await page.keyboard.press('ArrowDown');
    const narrowed = await searchResults(page);
    expect(narrowed.length).toBeLessThan(all.length);
  });

  test('paragraph numbers are reachable by Tab, mark their paragraph and open its tools', async () => {
    const page = await session.open('/speeches/shequ-zhili-dangjian-tuijinhui-2022/');
    const number = await tabTo(page, (element) => element.href === '#p-4');
    expect(number.outline).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.waitForURL('**#p-4');
    expect(await page.locator('#p-4').evaluate((element) => element.matches(':target'))).toBe(true);
    await expect.poll(() => focused(page).then((element) => element.text)).toBe('复制链接');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.para-tools').count()).toBe(0);
    expect((await focused(page)).href).toBe('#p-4');
  });

  test('the table of contents opens with the keyboard and its links work', async () => {
    const page = await session.open('/speeches/shequ-zhili-dangjian-tuijinhui-2022/');
    // Past the speech's 详情, which folds its facts, to the folded contents.
    await tabTo(page, (element) => element.tag === 'summary' && element.text === '目录');
    await page.keyboard.press('Enter');
    const link = await tabTo(page, (element) => element.href === '#part-3-2');
    expect(link.onScreen).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**#part-3-2');
  });
});

describe('with JavaScript turned off', () => {
  const reading = [
    '/',
    '/cases/',
    ...readContent(join(ROOT, 'content')).map((entry) => `/${entry.collection}/${entry.id}/`),
  ];

  // One browser profile with scripts off, each page opened in turn: a profile per page took most of the time.
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    const context = await session.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => page?.context().close());

  test.each(reading)('%s shows its whole content and works', async (path) => {
    errors.length = 0;
    const response = await page.goto(session.server.url + path);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
    // Nothing on a reading page waits for a script to reveal it.
    expect(await page.locator('main [hidden]').count()).toBe(0);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
    expect(errors).toEqual([]);
  });

  test('the search page says plainly that it needs JavaScript and offers the lists instead', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/search/?q=x`);
    const status = page.locator('[data-search-status]');
    expect(await status.innerText()).toContain('检索需要浏览器启用 JavaScript');
    expect(
      await status
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(['/cases/', '/concepts/', '/sites/']);
    expect(await status.locator('a').first().isVisible()).toBe(true);
    await context.close();
  });
});
