import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { ALL_EVAL_QUERIES } from '../../scripts/lib/search-queries.ts';
import {
  judge,
  openSearchPage,
  pageTexts,
  searchBundle,
  siteSearch,
} from '../../scripts/lib/search-eval.ts';
import { searchResults } from '../helpers/search-page.ts';
import { browseOrder } from '../helpers/browse-order.ts';

let session: SiteSession;
let evalPage: Page;
const texts = pageTexts(SITE_DIST);
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
  evalPage = await openSearchPage(session.browser, session.server.url, await searchBundle());
});
afterAll(async () => session?.close());

describe('the search evaluation on the real content (npm run eval:search)', () => {
  test.each(
    ALL_EVAL_QUERIES.filter(({ query }) =>
      [...texts.values()].some((text) => text.includes(query)),
    ),
  )(
    '$kind $query: every page holding it is listed, the first ten all hold it, and nothing else is listed as a match',
    async ({ kind, query }) => {
      const result = judge(kind, query, texts, await siteSearch(evalPage, query));
      expect(result).toMatchObject({ recall: 1, exactFirst: 1, precision: 1, outcome: 'exact' });
    },
  );

  test.each(
    ALL_EVAL_QUERIES.filter(
      ({ query }) => ![...texts.values()].some((text) => text.includes(query)),
    ),
  )('$kind $query, found nowhere, is answered as found nowhere', async ({ kind, query }) => {
    expect(judge(kind, query, texts, await siteSearch(evalPage, query))).toMatchObject({
      saidNone: true,
      outcome: 'none',
    });
  });
});

describe('the search page', () => {
  const statusOf = (page: Page) => page.locator('[data-search-status]').innerText();

  test('with no query shows the filters and the newest entries', async () => {
    const page = await session.open('/search/');
    const results = await searchResults(page);
    // The most recently changed first, as the status line says.
    expect(results.slice(0, 1)).toEqual(browseOrder().slice(0, 1));
    expect(results.length).toBe(texts.size);
    expect(await statusOf(page)).toMatch(/按最后更新从新到旧，共 \d+ 个条目/);
    expect(await page.locator('select').count()).toBe(6);
  });

  test('shows type, kind, a labelled date, concepts and the passage with the query marked', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('区域化党建联盟')}`);
    await searchResults(page);
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('p').first().innerText()).toMatch(
      /^案例 · (已有做法|部署要求)( · 时间 约?\d{4}年.*)? · 大整合共治$/,
    );
    expect(await first.locator('mark').allInnerTexts()).toContain('区域化党建联盟');
  });

  test('opens the paragraph that holds the match and marks the query there', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('治国安邦')}`);
    await searchResults(page);
    const link = page.locator('[data-search-results] > li > a').first();
    expect(await link.getAttribute('href')).toBe(
      `/speeches/shequ-zhili-dangjian-tuijinhui-2022/?hl=${encodeURIComponent('治国安邦')}#p-5`,
    );
    await link.click();
    await page.waitForURL('**#p-5');
    expect(await page.locator('#p-5').innerText()).toContain('治国安邦');
    expect(await page.locator('#p-5').evaluate((element) => element.matches(':target'))).toBe(true);
    await page.locator('#p-5 mark.search-hit').first().waitFor();
    expect(await page.locator('mark.search-hit').allInnerTexts()).toEqual(['治国安邦']);
    expect(await page.locator('#p-5 mark.search-hit').isVisible()).toBe(true);
  });

  test('marks a phrase that runs across a glossary term on arrival', async () => {
    // 网格化 is a glossary button inside the sentence, so the match spans two elements.
    const page = await session.open(
      `/cases/dangjian-zhihui-jingwu/?hl=${encodeURIComponent('与网格化服务')}#p-5`,
    );
    await page.locator('#p-5 mark.search-hit').first().waitFor();
    expect((await page.locator('#p-5 mark.search-hit').allInnerTexts()).join('')).toBe(
      '与网格化服务',
    );
  });

  test('says plainly when nothing holds the query, and suggests a close concept', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('段简')}`);
    expect(await searchResults(page)).toEqual([]);
    expect(await statusOf(page)).toBe('没有找到包含“段简”的页面。');
    const near = await session.open(`/search/?q=${encodeURIComponent('大整合共晓')}`);
    await searchResults(near);
    expect(await statusOf(near)).toContain('是不是要找“大整合共治”？');
  });

  test('labels looser matches as such when the phrase itself is found nowhere', async () => {
    // Typed without a space: 服务 党建, with one, asks for pages holding both (search-thumb.test.ts).
    const page = await session.open(`/search/?q=${encodeURIComponent('服务党建')}`);
    const results = await searchResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(await statusOf(page)).toContain('没有找到包含“服务党建”的页面。下面');
    for (const facts of await page
      .locator('[data-search-results] > li > p:first-of-type')
      .allInnerTexts())
      expect(facts).toMatch(/^部分匹配/);
  });
});
