import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';

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

  test('is reached from the 学习单 holding the cases, the choice in the address', async () => {
    const page = await session.open(`/cases/${WITH.id}/`);
    await page.getByRole('button', { name: '加入学习单' }).click();
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

  test.each([
    ['?cases=' + 'x', '网址里要有两到四个案例'],
    ['?cases=a,b,c,d,e', '网址里要有两到四个案例'],
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
