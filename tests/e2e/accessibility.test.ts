import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { axeViolations, lowContrastText } from '../helpers/axe.ts';
import { DISPLAY_MODES } from '../helpers/display-modes.ts';
import { searchResults } from '../helpers/search-page.ts';

const pages = htmlPages(SITE_DIST);
let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

describe.each(DISPLAY_MODES)('in the $name display mode', (mode) => {
  test.each(pages)('%s has no WCAG 2.2 AA violation (axe-core)', async (path) => {
    const page = await session.open(path);
    await mode.apply(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the search page with results shown has no WCAG 2.2 AA violation', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('网格化服务中心')}`);
    await mode.apply(page);
    await searchResults(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test.each(pages)(
    '%s: every piece of text contrasts at least 4.5:1 with what is behind it',
    async (path) => {
      const page = await session.open(path);
      await mode.apply(page);
      const low = await lowContrastText(page);
      expect(low).toEqual([]);
      await page.context().close();
    },
  );
});

describe('no horizontal scrolling', () => {
  // 640 CSS pixels is a 1280-pixel window at 200% zoom.
  test.each(pages.flatMap((path) => [320, 640].map((width) => [path, width] as const)))(
    '%s at %i px wide',
    async (path, width) => {
      const page = await session.open(path, { viewport: { width, height: 800 } });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );
});

test('the checks are not silently passing: a planted image without alt and pale text are caught', async () => {
  const page = await session.open('/cases/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><p>浅色文字</p>');
    // Through the style object: the page's Content-Security-Policy blocks style="" attributes.
    (main.lastElementChild as HTMLElement).style.color = '#aaaaaa';
  });
  expect((await axeViolations(page)).some((line) => line.startsWith('image-alt'))).toBe(true);
  expect(await lowContrastText(page)).toEqual([expect.stringContaining('浅色文字')]);
  await page.context().close();
});

test('no page requested anything from another host', () => {
  expect(session.foreignRequests).toEqual([]);
});
