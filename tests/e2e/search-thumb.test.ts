import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, indexedText, readPage } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { reportedCount, searchResults } from '../helpers/search-page.ts';
import { axeViolations } from '../helpers/axe.ts';

/** The built pages' searchable text, spaces removed, by path: the ground truth. */
const texts = new Map(
  htmlPages(SITE_DIST).map((path) => [
    path,
    indexedText(readPage(SITE_DIST, path)).replace(/\s+/g, ''),
  ]),
);
const holding = (...words: string[]) =>
  [...texts].filter(([, text]) => words.every((word) => text.includes(word))).map(([path]) => path);

const SIZES = ['标准', '大', '特大'] as const;

/**
 * Puts the page in a type size as the header's 字号 does. 特大 scales the root font
 * size to about 150 % (another change of the same issue); where this build has no
 * rule for it yet, the root is scaled so here, so the test measures the same page.
 */
async function setSize(page: Page, size: (typeof SIZES)[number]) {
  await page.evaluate((size) => {
    const root = document.documentElement;
    if (size === '标准') delete root.dataset.size;
    else root.dataset.size = size === '大' ? 'large' : 'xlarge';
    if (size === '特大' && getComputedStyle(root).fontSize === '16px') root.style.fontSize = '150%';
  }, size);
}

const statusOf = (page: Page) => page.locator('[data-search-status]').innerText();
const menu = (page: Page, name: string) => page.locator(`select[name="${name}"]`);
/** Opens the folded filters and waits until their counts are in. */
async function openFilters(page: Page) {
  await page.locator('[data-search-filters] > summary').click();
  await expect
    .poll(() => menu(page, 'type').locator('option').first().innerText())
    .toMatch(/（\d+）$/);
}
/** Chooses a filter value and waits for the list to answer. */
async function choose(page: Page, name: string, value: string) {
  await menu(page, name).selectOption(value);
  return searchResults(page);
}
/** The top of the first result's box, from the top of the page: where it is on the screen the page opens on. */
const firstResultTop = (page: Page) =>
  page
    .locator('[data-search-results] > li')
    .first()
    .evaluate((item) => item.getBoundingClientRect().top + document.documentElement.scrollTop);
const countIn = (label: string) => Number(/（(\d+)）$/.exec(label)?.[1] ?? NaN);

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

describe('filters folded into one 筛选', () => {
  test.each(SIZES)(
    'in %s at 390×844, after choosing two filters the first result is on the first screen',
    async (size) => {
      const page = await session.open(`/search/?q=${encodeURIComponent('社区')}`);
      await searchResults(page);
      await setSize(page, size);
      await openFilters(page);
      await choose(page, 'type', '案例');
      const results = await choose(page, 'kind', '已有做法');
      expect(results.length).toBeGreaterThan(0);
      await page.getByRole('button', { name: '收起筛选，看结果' }).click();
      expect(await page.locator('[data-search-filters] > summary').innerText()).toMatch(
        /^筛选（2）\s*案例、已有做法/,
      );
      const top = await firstResultTop(page);
      expect(top).toBeLessThan(844);
      expect(new URL(page.url()).searchParams.get('kind')).toBe('已有做法');
      await page.context().close();
    },
  );

  test.each(SIZES)('in %s at 1280×800 the first result is on the first screen', async (size) => {
    const page = await session.open(
      `/search/?q=${encodeURIComponent('社区')}&type=${encodeURIComponent('案例')}`,
      { viewport: { width: 1280, height: 800 } },
    );
    await searchResults(page);
    await setSize(page, size);
    const top = await firstResultTop(page);
    expect(top).toBeLessThan(800);
    await page.context().close();
  });

  test('each value shows how many results it leaves, as many as choosing it lists', async () => {
    const query = '社区';
    const page = await session.open(`/search/?q=${encodeURIComponent(query)}`);
    const all = await searchResults(page);
    await openFilters(page);
    let checked = 0;
    for (const name of ['type', 'kind', 'level', 'concept']) {
      const labels = await menu(page, name).locator('option').allInnerTexts();
      // 全部 counts what is left with this menu's filter off: here, every result.
      expect(countIn(labels[0]!), name).toBe(all.length);
      const values = await menu(page, name)
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      for (const [index, value] of values.entries()) {
        const count = countIn(labels[index]!);
        if (!value || count === 0) continue;
        const narrowed = await choose(page, name, value);
        expect(narrowed.length, `${name}=${value}`).toBe(count);
        expect(await reportedCount(page)).toBe(count);
        checked += 1;
        await choose(page, name, '');
      }
    }
    expect(checked).toBeGreaterThan(5);
    await page.context().close();
  });

  test('a value that would leave nothing reads （0） and cannot be chosen; the counts follow the other filters', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('社区')}`);
    await searchResults(page);
    await openFilters(page);
    await choose(page, 'type', '讲话');
    // Speeches have no 案例性质: every kind would leave nothing.
    await expect
      .poll(() => menu(page, 'kind').locator('option:not([value=""])').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringMatching(/（0）$/)]));
    const kinds = await menu(page, 'kind')
      .locator('option:not([value=""])')
      .evaluateAll((options) =>
        options.map((option) => [option.textContent, (option as HTMLOptionElement).disabled]),
      );
    expect(kinds.length).toBeGreaterThan(0);
    for (const [label, disabled] of kinds) {
      expect(label).toMatch(/（0）$/);
      expect(disabled).toBe(true);
    }
    // Values that leave some stay open to choose.
    expect(await menu(page, 'type').locator('option:disabled').count()).toBe(0);
    await page.context().close();
  });

  test('when the filters leave nothing, says the filters did it, and 清除筛选 shows the results', async () => {
    const query = '社区';
    const expected = holding(query);
    const page = await session.open(
      `/search/?q=${encodeURIComponent(query)}&type=${encodeURIComponent('讲话')}&kind=${encodeURIComponent('已有做法')}`,
    );
    expect(await searchResults(page)).toEqual([]);
    expect(await statusOf(page)).toContain(
      `“${query}”有 ${expected.length} 条结果，但都不符合所选的筛选条件。`,
    );
    expect(await statusOf(page)).not.toContain('是不是要找');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => reportedCount(page)).toBe(expected.length);
    expect((await searchResults(page)).sort()).toEqual(expected.sort());
    const url = new URL(page.url());
    expect([...url.searchParams.keys()]).toEqual(['q']);
    expect(await page.locator('[data-search-filters] > summary').innerText()).toMatch(/^筛选\s/);
    await page.context().close();
  });
});

describe('words typed apart', () => {
  test.each(['社区 党员', '社区　党员'])(
    '%s lists exactly the pages holding both, marks both, and opens a page with both marked',
    async (query) => {
      const expected = holding('社区', '党员');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(holding('社区').length);
      const page = await session.open('/search/');
      await page.getByLabel('检索词').fill(query);
      await page.getByLabel('检索词').press('Enter');
      const results = await searchResults(page);
      expect([...results].sort()).toEqual(expected.sort());
      expect(await statusOf(page)).toBe(`同时包含“社区”和“党员”的页面共 ${expected.length} 个。`);
      // Pages that hold the words side by side, as typed, come first.
      const together = holding('社区党员');
      expect(results.slice(0, together.length).sort()).toEqual(together.sort());
      const marks = await page
        .locator('[data-search-results] .search-excerpt mark')
        .allInnerTexts();
      expect(marks).toEqual(expect.arrayContaining(['社区']));
      expect(marks.some((mark) => mark.includes('党员'))).toBe(true);
      const link = page.locator('[data-search-results] > li > a').first();
      expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('hl')).toBe(
        '社区 党员',
      );
      await link.click();
      await page.locator('mark.search-hit').first().waitFor();
      await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
      const hits = new Set(await page.locator('mark.search-hit').allInnerTexts());
      const scope = await page.locator(new URL(page.url()).hash || 'article').innerText();
      for (const word of ['社区', '党员'])
        if (scope.includes(word)) expect([...hits].some((hit) => hit.includes(word))).toBe(true);
      await page.context().close();
    },
  );

  test('a phrase without spaces is still exact: every result holds it, in one piece', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('社区治理')}`);
    const results = await searchResults(page);
    expect([...results].sort()).toEqual(holding('社区治理').sort());
    expect(await statusOf(page)).toBe(`包含“社区治理”的页面共 ${results.length} 个。`);
    await page.context().close();
  });
});

describe('snippets', () => {
  test('a page found by its title shows the opening of its text, never its title again', async () => {
    const title = '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话';
    const page = await session.open(`/search/?q=${encodeURIComponent(title)}`);
    await searchResults(page);
    const items = await page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('a')!.textContent!.trim(),
        excerpt: item.querySelector('.search-excerpt')!.textContent!.trim(),
      })),
    );
    const speech = items.find((item) => item.title === title);
    expect(speech).toBeDefined();
    expect(speech!.excerpt).toMatch(/^今天，我们在这里召开/);
    for (const item of items) expect(item.excerpt.startsWith(item.title), item.title).toBe(false);
    await page.context().close();
  });

  test('a match in the text shows the words around it, the match marked', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('治国安邦')}`);
    await searchResults(page);
    const excerpt = page.locator('[data-search-results] .search-excerpt').first();
    expect(await excerpt.locator('mark').allInnerTexts()).toEqual(['治国安邦']);
    expect((await excerpt.innerText()).length).toBeGreaterThan(20);
    await page.context().close();
  });
});

describe('a search box in the header of every page', () => {
  const CASE = '/cases/dangjian-chuangcheng/';

  test('on a wide screen, the header box leads to /search/?q=… with its results', async () => {
    const page = await session.open(CASE, { viewport: { width: 1280, height: 800 } });
    const box = page.getByRole('search', { name: '全站检索' }).getByLabel('检索词');
    await box.fill('四所合一');
    await box.press('Enter');
    await page.waitForURL('**/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('四所合一');
    expect((await searchResults(page)).sort()).toEqual(holding('四所合一').sort());
    await page.context().close();
  });

  test('on a phone, the menu’s 检索 opens the box, which searches without JavaScript too', async () => {
    const page = await session.open(CASE, {
      setup: async (context) => {
        await context.route('**/*.js', (route) => route.abort());
      },
    });
    const before = await page
      .getByRole('banner')
      .evaluate((header) => header.getBoundingClientRect().height);
    await page.locator('header nav summary', { hasText: '检索' }).click();
    const box = page.getByRole('search', { name: '全站检索' }).getByLabel('检索词');
    await box.fill('社区 党员');
    // Opened, the box lies over the page: the header keeps its height.
    expect(
      await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height),
    ).toBe(before);
    await box.press('Enter');
    await page.waitForURL('**/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('社区 党员');
    await page.context().close();
  });

  test.each(SIZES)('in %s at 320 px, the box and its 检索 fit the screen', async (size) => {
    const page = await session.open(CASE, { viewport: { width: 320, height: 700 } });
    await setSize(page, size);
    await page.locator('header nav summary', { hasText: '检索' }).click();
    await page.getByRole('search', { name: '全站检索' }).waitFor();
    // The box, its field and button, and the menu's 检索: none reaches past the screen's edge or
    // runs wider than its box. (The header's other controls are another part's.)
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.header-search, .header-search :not(.sr-only)')]
        .filter(
          (element) =>
            element.getBoundingClientRect().right > document.documentElement.clientWidth ||
            element.getBoundingClientRect().left < 0 ||
            element.scrollWidth > element.clientWidth + 1,
        )
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(overflow).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('is not printed, and the search page has no second box', async () => {
    const page = await session.open(CASE, { viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('search', { name: '全站检索' }).count()).toBe(0);
    const search = await session.open('/search/', { viewport: { width: 1280, height: 800 } });
    expect(await search.getByRole('search').count()).toBe(1);
    await page.context().close();
    await search.context().close();
  });
});

/** The relative luminance of a computed `rgb(…)` colour (WCAG 2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('the search word on the page a result opens', () => {
  test.each(['light', 'dark'] as const)(
    'stands out from the highlighted paragraph in %s mode',
    async (theme) => {
      const page = await session.open(
        `/speeches/shequ-zhili-dangjian-tuijinhui-2022/?hl=${encodeURIComponent('治国安邦')}#p-5`,
        { colorScheme: theme },
      );
      await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), theme);
      const mark = page.locator('#p-5 mark.search-hit').first();
      await mark.waitFor();
      const colours = await mark.evaluate((mark) => ({
        mark: getComputedStyle(mark).backgroundColor,
        text: getComputedStyle(mark).color,
        paragraph: getComputedStyle(mark.closest('#p-5')!).backgroundColor,
      }));
      // The paragraph is highlighted as the link's target, so the test is of the mark against it.
      expect(colours.paragraph).not.toBe('rgba(0, 0, 0, 0)');
      expect(contrast(colours.mark, colours.paragraph)).toBeGreaterThanOrEqual(1.5);
      expect(contrast(colours.text, colours.mark)).toBeGreaterThanOrEqual(4.5);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
