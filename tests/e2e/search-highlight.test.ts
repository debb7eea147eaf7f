import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';

// 网格 occurs in this case's title, text and 学习要点, inside 网格化, 网格员 and on its own; 网格化 is a glossary term.
const CASE = '/cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/';

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** The highlighter's file in the build, as boot.ts imports it. */
const HIGHLIGHTER = `/_astro/${readdirSync(join(SITE_DIST, '_astro')).find((name) => /^highlight\..*\.js$/.test(name))}`;

/**
 * Opens `path` as a search result does, recording uncaught exceptions and console
 * errors, and returns once the highlighter has run: importing the module boot.ts
 * imported resolves only after boot's own call on it.
 */
async function arrive(path: string): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await session.open(path, {
    setup: async (context) => {
      context.on('weberror', (error) => errors.push(String(error.error())));
      context.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
    },
  });
  // A string, so that Vitest leaves this import() alone: it runs in the page.
  await page.evaluate(`import(${JSON.stringify(HIGHLIGHTER)}).then(() => undefined)`);
  return { page, errors };
}

/** The text of `selector` as the highlighter reads it, with each run of marked text in 【】. */
const markedText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((scope) => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('.para-num, [popover], script, style')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      text += node.parentElement?.closest('mark.search-hit') ? `【${data}】` : data;
    }
    // A mark cut at an element boundary (a glossary term) reads as one.
    return text.replaceAll('】【', '');
  });

/** `text` with its marks taken off and put back where `pattern` matches. */
const markedAt = (text: string, pattern: RegExp) =>
  text
    .replace(/[【】]/g, '')
    .replace(pattern, (match) => `【${match}】`)
    .replaceAll('】【', '');

const hl = (query: string) => `?hl=${encodeURIComponent(query)}`;

describe('arriving from a search result', () => {
  test.each([
    ['网格化 网格', /网格化?/g],
    ['网格 网格化', /网格化?/g],
    ['网格 网格', /网格/g],
    ['网格化服务中心 服务', /网格化服务中心|服务/g],
    ['.* 网格员 (网格)', /网格员/g],
  ])(
    '?hl=%s marks every occurrence in the entry, overlapping words as one mark, and throws nothing',
    async (query, pattern) => {
      const { page, errors } = await arrive(`${CASE}${hl(query)}`);
      expect(errors).toEqual([]);
      const text = await markedText(page, 'article');
      expect(text).toContain('【');
      expect(text).toBe(markedAt(text, pattern));
      expect(await page.locator('mark.search-hit mark').count()).toBe(0);
      await page.context().close();
    },
  );

  test('with a paragraph in the link marks every occurrence there and nowhere else', async () => {
    const probe = await session.open(CASE);
    const id = await probe.locator('article p.para', { hasText: '若干网格' }).getAttribute('id');
    await probe.context().close();
    const { page, errors } = await arrive(`${CASE}${hl('网格 网格化')}#${id}`);
    expect(errors).toEqual([]);
    const text = await markedText(page, `#${id}`);
    expect(text.match(/【/g)?.length).toBeGreaterThan(3);
    expect(text).toBe(markedAt(text, /网格化?/g));
    expect(await page.locator(`mark.search-hit:not(#${id} mark)`).count()).toBe(0);
    expect(await page.locator(`#${id}`).evaluate((element) => element.matches(':target'))).toBe(
      true,
    );
    await page.context().close();
  });

  test.each(['#%E0%A4%A', '#%', '#%E0', '#%ZZ', '#p-1%'])(
    'with a mangled fragment %s marks nothing and throws nothing',
    async (hash) => {
      const { page, errors } = await arrive(`${CASE}${hl('网格')}${hash}`);
      expect(await page.locator('mark.search-hit').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  test.each(['%E0%A4%A', '%', '%ZZ', '%E7%BD%91%E6'])(
    'with mangled words ?hl=%s marks nothing and throws nothing',
    async (query) => {
      const { page, errors } = await arrive(`${CASE}?hl=${query}`);
      expect(await page.locator('mark.search-hit').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
