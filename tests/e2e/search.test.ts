import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlPages, indexedText, readPage } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { reportedCount, searchResults } from '../helpers/search-page.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import { readContent } from '../helpers/content-files.ts';
import { ROOT } from '../helpers/paths.ts';
import { join } from 'node:path';
import { browseOrder } from '../helpers/browse-order.ts';

/** Ground truth from the built HTML, not from the index: the pages whose searchable text holds `query`. */
function pagesContaining(query: string): string[] {
  return htmlPages(SITE_DIST)
    .filter((path) => indexedText(readPage(SITE_DIST, path)).replace(/\s+/g, '').includes(query))
    .sort();
}

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => {
  await session?.close();
});

describe('search in a real browser', () => {
  test.each(['网格化服务中心', '四所合一', '大服务共享'])(
    'typing %s lists every page that contains it',
    async (query) => {
      const expected = pagesContaining(query);
      expect(expected.length).toBeGreaterThan(0);
      const page = await session.open('/search/');
      await page.getByLabel('检索词').fill(query);
      await page.getByLabel('检索词').press('Enter');
      const results = await searchResults(page);
      expect(results).toEqual(expect.arrayContaining(expected));
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    },
  );

  test('lists only pages whose text holds the query, never one that holds it only in its metadata', async () => {
    const offsets = readIndexedPages(SITE_DIST).flatMap((page) =>
      (page.meta.anchors ?? '').split(',').map((anchor) => anchor.split(':')[1] ?? ''),
    );
    // A number that is only an anchor's offset, in no page's text.
    const offset = offsets.find((n) => n.length >= 2 && pagesContaining(n).length === 0);
    expect(offset).toBeDefined();
    for (const query of [offset!, '讲话日期', '部署要求', '大整合共治']) {
      const page = await session.open(`/search/?q=${encodeURIComponent(query)}`);
      const results = await searchResults(page);
      const holding = pagesContaining(query);
      expect(
        results.filter((path) => !holding.includes(path)),
        query,
      ).toEqual([]);
      expect(await reportedCount(page), query).toBe(results.length);
      await page.context().close();
    }
  });

  test.each([
    ['/search/'],
    [`/search/?q=${encodeURIComponent('网格化服务中心')}`],
    [`/search/?q=${encodeURIComponent('网格化建设中心')}`],
    ['/search/?type=%E6%A1%88%E4%BE%8B'],
  ])(
    '%s moves nothing on screen as its results arrive (cumulative layout shift 0)',
    async (path) => {
      const page = await session.open(path, {
        setup: async (context) => {
          await context.addInitScript(() => {
            const global = window as unknown as { shifts: number };
            global.shifts = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as unknown as Array<{
                value: number;
                hadRecentInput: boolean;
              }>)
                if (!entry.hadRecentInput) global.shifts += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
        },
      });
      await page.locator('[data-search-results][aria-busy="false"] > li').first().waitFor();
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      await page.context().close();
    },
  );

  test('/search/?q= runs the query on load and fills the box', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('四所合一')}`);
    const results = await searchResults(page);
    expect(results).toEqual(expect.arrayContaining(pagesContaining('四所合一')));
    expect(await page.getByLabel('检索词').inputValue()).toBe('四所合一');
  });

  test('a filter narrows the results and is kept in the URL', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('大服务共享')}`);
    const all = await searchResults(page);
    // The filters are folded into 筛选 (search-thumb.test.ts).
    await page.locator('[data-search-filters] > summary').click();
    await page.getByLabel('类型').selectOption('案例');
    const narrowed = await searchResults(page);
    expect(await reportedCount(page)).toBe(narrowed.length);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((path) => path.startsWith('/cases/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('type')).toBe('案例');
    // Closed, so the counts 筛选 loads after opening are not served during the next test's count.
    await page.context().close();
  });

  test('an estimated year is chosen as 约2019年: the menu and the folded 筛选 say so, the URL keeps the year', async () => {
    const page = await session.open('/search/?year=2019');
    const results = await searchResults(page);
    expect(results).toEqual(['/speeches/shequ-zhili-dangjian-tuijinhui-2022/']);
    await expect.poll(() => page.locator('[data-filters-chosen]').innerText()).toBe('约2019年');
    const chosen = page.locator('select[name="year"] option:checked');
    expect(await chosen.getAttribute('value')).toBe('2019');
    expect(await chosen.textContent()).toMatch(/^约2019年/);
    await page.context().close();
  });

  test('/search/ lists the newest entries from its own HTML, loads no index for them, and 显示更多 continues in the index’s order', async () => {
    const entries = readContent(join(ROOT, 'content')).length;
    const listed = readPage(SITE_DIST, '/search/')
      .querySelectorAll('[data-search-results] > li > a')
      .map((link) => link.getAttribute('href'));
    expect(listed).toHaveLength(10);
    // The most recently changed first, as the status line says (按最后更新从新到旧), the address breaking ties.
    expect(listed).toEqual(browseOrder().slice(0, 10));
    const from = session.served.length;
    const page = await session.open('/search/');
    await page.waitForLoadState('networkidle');
    expect(session.served.slice(from).filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(await reportedCount(page)).toBe(entries);
    const all = await searchResults(page);
    expect(all.slice(0, 10)).toEqual(listed);
    expect(new Set(all).size).toBe(entries);
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function's source.
    const indexOrder = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const browse = await pagefind.search(null, { sort: { updated: 'desc' } });
      return Promise.all(browse.results.map((result) => result.data().then((data) => data.url)));
    })()`);
    expect(all).toEqual(indexOrder);
    await page.context().close();
  });

  test('a first search downloads index chunks but no filter lists', async () => {
    const page = await session.open('/search/');
    await page.waitForLoadState('networkidle');
    const from = session.served.length;
    await page.getByLabel('检索词').fill('社区治理');
    await page.getByLabel('检索词').press('Enter');
    await page.locator('[data-search-results][aria-busy="false"] > li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const fetched = session.served.slice(from);
    expect(fetched.filter((path) => path.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
    expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    await page.context().close();
  });

  test('the model-site filter offers every site, read from a file of its own, and a site in the URL stays chosen', async () => {
    const sites = readContent(join(ROOT, 'content'))
      .filter((entry) => entry.collection === 'sites')
      .map((entry) => String(entry.data.title));
    const site = '街道管理体制改革试点';
    const page = await session.open(`/search/?site=${encodeURIComponent(site)}`);
    const results = await searchResults(page);
    await page.locator('[data-search-filters] > summary').click();
    const select = page.locator('select[name="site"]');
    await expect.poll(() => select.locator('option').count()).toBe(sites.length + 1);
    // Opened, the menus count what each value leaves: 街道管理体制改革试点（1）.
    await expect
      .poll(async () =>
        (await select.locator('option').allInnerTexts()).map((label) =>
          label.replace(/（\d+）$/, ''),
        ),
      )
      .toEqual(expect.arrayContaining(sites));
    expect(await select.inputValue()).toBe(site);
    expect(results).toContain('/cases/jiedao-guanli-tizhi-gaige/');
    // The page itself lists none, so it does not grow with the number of sites.
    expect(
      readPage(SITE_DIST, '/search/').querySelectorAll('select[name="site"] option').length,
    ).toBe(1);
  });

  test('a filter in the URL applies on load', async () => {
    const concept = '大整合共治';
    const page = await session.open(
      `/search/?concept=${encodeURIComponent(concept)}&type=${encodeURIComponent('案例')}`,
    );
    const results = await searchResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const path of results)
      expect(
        readPage(SITE_DIST, path)
          .querySelectorAll(`dl a`)
          .map((a) => a.text),
      ).toContain(concept);
  });

  test('no page opened requested anything from another host', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});

describe('reading pages in a real browser', () => {
  test('body text is set in a system CJK font at a line height of about 1.8', async () => {
    const page = await session.open('/speeches/shequ-zhili-dangjian-tuijinhui-2022/');
    const style = await page.locator('#p-4').evaluate((element) => {
      const computed = getComputedStyle(element);
      return {
        family: computed.fontFamily,
        ratio: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize),
        align: computed.textAlign,
      };
    });
    expect(style.family).toContain('PingFang SC');
    expect(style.ratio).toBeGreaterThanOrEqual(1.75);
    expect(style.ratio).toBeLessThanOrEqual(1.9);
    expect(style.align).not.toBe('justify');
  });

  test('a paragraph link opens the page at that paragraph', async () => {
    const page = await session.open('/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14');
    await expect
      .poll(() => page.locator('#p-14').evaluate((element) => element.matches(':target')))
      .toBe(true);
    await page.locator('#p-14 .para-num').click();
    expect(new URL(page.url()).hash).toBe('#p-14');
  });
});
