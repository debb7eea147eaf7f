import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { readPdf } from '../helpers/pdf.ts';

const cases = readContent(join(ROOT, 'content')).filter((entry) => entry.collection === 'cases');
const hasSection = (id: string, name: string) =>
  readFileSync(join(ROOT, 'content/cases', `${id}.mdx`), 'utf8').includes(`\n## ${name}\n`);
// One case that reports 成效 and one that does not, from the content itself.
const WITH = cases.find((entry) => hasSection(entry.id, '成效'))!;
const WITHOUT = cases.find((entry) => !hasSection(entry.id, '成效'))!;

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

const columns = (page: Page) => page.locator('.compare-table thead th a').allInnerTexts();
const rows = (page: Page) => page.locator('.compare-table tbody th').allInnerTexts();

describe('cases side by side', () => {
  test('shows the chosen cases in columns, section by section, with their facts, and says which section a case lacks', async () => {
    const page = await session.open(`/compare/?cases=${WITH.id},${WITHOUT.id}`, {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator('.compare-table').waitFor();
    expect(await columns(page)).toEqual([String(WITH.data.title), String(WITHOUT.data.title)]);
    expect((await rows(page)).slice(0, 4)).toEqual(['背景', '做法', '成效', '经验启示']);
    const kinds = await page
      .locator('.compare-facts')
      .evaluateAll((lists) => lists.map((list) => list.querySelector('dd')!.textContent));
    expect(kinds).toEqual([WITH.data.kind, WITHOUT.data.kind]);
    const effect = page
      .locator('.compare-table tbody tr')
      .nth((await rows(page)).indexOf('成效'))
      .locator('td');
    expect(await effect.nth(1).innerText()).toBe('（本案例没有“成效”部分）');
    // The text is the case's own, from its page.
    const background = readPage(SITE_DIST, `/cases/${WITH.id}/`)
      .querySelectorAll('.prose h2 + p')[0]!
      .text.trim()
      .slice(-12);
    expect(
      await page.locator('.compare-table tbody tr').first().locator('td').first().innerText(),
    ).toContain(background);
    // Nothing copied is a control that does nothing: no term buttons without their definitions, no repeated ids.
    expect(await page.locator('.compare-table button').count()).toBe(0);
    expect(
      await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        return ids.length - new Set(ids).size;
      }),
    ).toBe(0);
    // Side by side on a wide screen; the address keeps the choice.
    const [left, right] = await page
      .locator('.compare-table tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().x));
    expect(right!).toBeGreaterThan(left! + 200);
    await page.context().close();
  });

  test('on a phone, stacks each section with every case’s part of it labelled; on paper, goes across a landscape page', async () => {
    const page = await session.open(`/compare/?cases=${WITH.id},${WITHOUT.id}`);
    await page.locator('.compare-table').waitFor();
    const cell = page.locator('.compare-table tbody td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe(
      JSON.stringify(String(WITH.data.title)),
    );
    const [first, second] = await page
      .locator('.compare-table tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((td) => td.getBoundingClientRect()));
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height - 1);
    await page.emulateMedia({ media: 'print' });
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('table-cell');
    const pageRule = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
        .find((rule) => rule.selectorText === 'compare')
        ?.style.getPropertyValue('size'),
    );
    expect(pageRule?.toLowerCase()).toBe('a4 landscape');
    await page.context().close();
  });

  test('prints on landscape A4 sheets, the table under the title on the first, each case a column wide enough to read', async () => {
    const four = cases.slice(0, 4);
    const page = await session.open(`/compare/?cases=${four.map((entry) => entry.id).join(',')}`, {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator('.compare-table').waitFor();
    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.sizes.length).toBeGreaterThan(0);
    for (const size of pdf.sizes) {
      expect(Math.round(size.width)).toBe(842);
      expect(Math.round(size.height)).toBe(595);
    }
    // Page 1 holds the head row (every case's title starting its column) and the first section,
    // not the title alone; a column is over 150 pt (53 mm) wide, not a few characters.
    expect(pdf.text(1)).toContain('背景');
    // The head row: the words on the line of the first case's title, one starting each column.
    const words = pdf.words(1);
    const title = String(four[0]!.data.title);
    const top = words.find((word) => word.text.length > 1 && title.startsWith(word.text))?.yMin;
    const starts = words
      .filter((word) => top !== undefined && Math.abs(word.yMin - top) < 5)
      .map((word) => word.xMin)
      .sort((a, b) => a - b)
      // pdftotext splits a title where its font changes (quotation marks): a column’s first word is over 140 pt past the last.
      .reduce<number[]>(
        (kept, x) => (kept.length && x < kept.at(-1)! + 140 ? kept : [...kept, x]),
        [],
      );
    expect(starts).toHaveLength(four.length);
    for (let column = 1; column < starts.length; column++)
      expect(starts[column]! - starts[column - 1]!).toBeGreaterThan(150);
    await page.context().close();
  });

  test('is reached from the 学习单 holding the cases, the choice in the address', async () => {
    const page = await session.open(`/cases/${WITH.id}/`);
    await page.getByRole('button', { name: '加入学习单' }).click();
    // Added once the tools have loaded; leaving the page sooner would cancel it.
    await expect.poll(() => page.locator('[data-pack-count]').innerText()).toBe('（1）');
    await page.goto(`${session.server.url}/cases/${WITHOUT.id}/`);
    await page.getByRole('button', { name: '加入学习单' }).click();
    await expect.poll(() => page.locator('[data-pack-count]').innerText()).toBe('（2）');
    await page.goto(`${session.server.url}/pack/`);
    await page.getByRole('link', { name: '对照这些案例' }).click();
    await page.locator('.compare-table').waitFor();
    expect(new URL(page.url()).searchParams.get('cases')).toBe(`${WITH.id},${WITHOUT.id}`);
    expect(await columns(page)).toEqual([String(WITH.data.title), String(WITHOUT.data.title)]);
    await page.context().close();
  });

  test('is reached from a list of cases: ticked cases open side by side, the address in its short form', async () => {
    const page = await session.open('/cases/');
    const ticks = page
      .locator('form[data-compare-pick] li')
      .filter({ has: page.getByText('选来对照') });
    const picked = [
      await ticks.nth(0).locator('a').innerText(),
      await ticks.nth(2).locator('a').innerText(),
    ];
    await ticks.nth(0).getByText('选来对照').click();
    await ticks.nth(2).getByText('选来对照').click();
    await page.getByRole('button', { name: '对照所选案例' }).click();
    await page.locator('.compare-table').waitFor();
    expect(await columns(page)).toEqual(picked);
    const ids = new URL(page.url()).searchParams.getAll('cases');
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^[a-z0-9-]+,[a-z0-9-]+$/);
    await page.context().close();
  });

  test('is offered on every list of two or more cases: the cases list and the pages of concepts and sites', () => {
    for (const path of [
      '/cases/',
      '/concepts/da-zhenghe-gongzhi/',
      '/sites/jiedao-guanli-tizhi-gaige-shidian/',
    ]) {
      const form = readPage(SITE_DIST, path).querySelector('form[data-compare-pick]');
      expect(form?.getAttribute('action'), path).toBe('/compare/');
      const ticked = form!
        .querySelectorAll('input[name="cases"]')
        .map((box) => box.getAttribute('value'));
      const listed = form!.querySelectorAll('li > a').map((link) => link.getAttribute('href'));
      expect(
        ticked.map((id) => `/cases/${id}/`),
        path,
      ).toEqual(listed);
      expect(ticked.length, path).toBeGreaterThanOrEqual(2);
    }
    // Not on lists without cases.
    expect(readPage(SITE_DIST, '/speeches/').querySelector('form[data-compare-pick]')).toBeNull();
  });

  test('is reached from search results: cases ticked across searches are kept, named and compared in the order ticked', async () => {
    const page = await session.open('/search/');
    const bar = page.locator('[data-compare-bar]');
    const status = bar.locator('[role="status"]');
    expect(await bar.isVisible()).toBe(false);
    const search = async (query: string) => {
      await page.getByLabel('检索词').fill(query);
      await page.getByRole('button', { name: '检索', exact: true }).click();
      await expect.poll(() => page.locator('[data-search-status]').innerText()).toContain(query);
    };
    /** Searches for a case by its title and returns its result. */
    const find = async (title: string) => {
      await search(title);
      return page.locator('[data-search-results] > li').filter({ hasText: title }).first();
    };
    const first = await find(String(WITH.data.title));
    await first.getByText('选来对照').click();
    await expect
      .poll(() => status.innerText())
      .toBe(`已选《${String(WITH.data.title)}》。再选至少一个案例就能对照。`);
    expect(await bar.getByRole('link', { name: '对照所选案例' }).isVisible()).toBe(false);
    await (await find(String(WITHOUT.data.title))).getByText('选来对照').click();
    await expect.poll(() => status.innerText()).toContain('已选 2 个案例');
    // The first search's tick is still on when its result comes back.
    await search(String(WITH.data.title));
    expect(await first.locator('input').isChecked()).toBe(true);
    await bar.getByRole('link', { name: '对照所选案例' }).click();
    await page.locator('.compare-table').waitFor();
    expect(new URL(page.url()).searchParams.get('cases')).toBe(`${WITH.id},${WITHOUT.id}`);
    await page.context().close();
  });

  test('from search results, takes at most four cases and says why a fifth tick is refused', async () => {
    const page = await session.open('/search/?q=' + encodeURIComponent('党建'));
    const boxes = page.locator('[data-search-results] input[data-compare-case]');
    await boxes.nth(4).waitFor();
    for (let index = 0; index < 5; index += 1) await boxes.nth(index).click();
    expect(await boxes.nth(4).isChecked()).toBe(false);
    expect(await page.locator('[data-compare-status]').innerText()).toMatch(
      /^最多对照 4 个案例：先取消一个再选。/,
    );
    await page.getByRole('button', { name: '清除所选' }).click();
    expect(await page.locator('[data-compare-bar]').isVisible()).toBe(false);
    expect(
      await boxes.evaluateAll((all) => all.some((box) => (box as HTMLInputElement).checked)),
    ).toBe(false);
    await page.context().close();
  });

  test.each([
    ['', '网址里要有两到四个案例'],
    ['?cases=' + 'x', '只选了 1 个案例。对照要两到四个'],
    ['?cases=a,b,c,d,e', '选了 5 个案例，一次最多对照 4 个：请返回上一页，去掉 1 个再对照。'],
    ['?cases=../x,y', '网址里要有两到四个案例'],
    [`?cases=${'WITH'},bu-cunzai`, '找不到这些案例'],
  ])('%s gets a clear message, never a partial table', async (query, message) => {
    const page = await session.open(`/compare/${query.replace('WITH', WITH.id)}`);
    await expect
      .poll(() => page.locator('case-compare [role="status"]').innerText())
      .toContain(message);
    expect(await page.locator('.compare-table').count()).toBe(0);
    await page.context().close();
  });
});
