import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { axeViolations, lowContrastText } from '../helpers/axe.ts';
import { DISPLAY_MODES } from '../helpers/display-modes.ts';
import { PAGE_OF_EACH_TYPE } from '../helpers/page-types.ts';
import { searchResults } from '../helpers/search-page.ts';

const pages = htmlPages(SITE_DIST);
let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** What each display mode finds on an opened page, the page put through the modes in turn. */
async function findingsByMode(
  page: Page,
  check: (page: Page) => Promise<string[]>,
  modes = DISPLAY_MODES,
) {
  const found: Record<string, string[]> = {};
  for (const mode of modes) {
    await mode.apply(page);
    found[mode.name] = await check(page);
  }
  return found;
}

/** Nothing found in any of `modes`. */
const noneIn = (modes: typeof DISPLAY_MODES) =>
  Object.fromEntries(modes.map((mode) => [mode.name, []]));
const NONE = noneIn(DISPLAY_MODES);

// One page opened per address and put through every mode and width: opening a
// page for each check took most of the test run. What a display mode changes is colour
// and size: every page's text is checked for contrast in every mode, and axe's rules,
// which read the structure, run on every page in the first mode and on one page of each
// type in every mode (for what size can change, such as target sizes).
// One browser profile for all of them, each page loaded in turn at a phone's width.
let page: Page;
beforeAll(async () => {
  page = await session.open('/favicon.svg');
});
afterAll(async () => page?.context().close());

describe.each(pages)('%s', (path) => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(session.server.url + path);
  });

  const everyMode = [...PAGE_OF_EACH_TYPE, '/compare/', '/404.html'].includes(path);
  test(`has no WCAG 2.2 AA violation (axe-core) in ${everyMode ? 'any display mode' : 'the first display mode'}`, async () => {
    const modes = everyMode ? DISPLAY_MODES : DISPLAY_MODES.slice(0, 1);
    expect(await findingsByMode(page, axeViolations, modes)).toEqual(noneIn(modes));
  });

  test('every piece of text contrasts at least 4.5:1 with what is behind it, in every display mode', async () => {
    expect(await findingsByMode(page, lowContrastText)).toEqual(NONE);
  });

  // 640 CSS pixels is a 1280-pixel window at 200% zoom.
  test.each([320, 640])('does not scroll sideways at %i px wide', async (width) => {
    await DISPLAY_MODES[0]!.apply(page);
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the search page with results shown has no WCAG 2.2 AA violation in any display mode', async () => {
  const page = await session.open(`/search/?q=${encodeURIComponent('网格化服务中心')}`);
  await searchResults(page);
  expect(await findingsByMode(page, axeViolations)).toEqual(NONE);
  await page.context().close();
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

test('the display modes are really applied: the dark mode changes the text colour, 大 and 特大 its size', async () => {
  const page = await session.open('/');
  const looks = async () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { color: style.color, size: style.fontSize };
    });
  const seen: Record<string, Awaited<ReturnType<typeof looks>>> = {};
  for (const mode of DISPLAY_MODES) {
    await mode.apply(page);
    seen[mode.slug] = await looks();
  }
  expect(seen['dark']!.color).not.toBe(seen['default']!.color);
  expect(parseFloat(seen['large']!.size)).toBeGreaterThan(parseFloat(seen['default']!.size));
  expect(seen['dark-large']).toEqual({ color: seen['dark']!.color, size: seen['large']!.size });
  expect(parseFloat(seen['xlarge']!.size)).toBeGreaterThan(parseFloat(seen['large']!.size));
  expect(seen['dark-xlarge']).toEqual({ color: seen['dark']!.color, size: seen['xlarge']!.size });
  // Back to the first mode, the page looks as it did: one page can go through them all.
  await DISPLAY_MODES[0]!.apply(page);
  expect(await looks()).toEqual(seen['default']);
  await page.context().close();
});

test('no page requested anything from another host', () => {
  expect(session.foreignRequests).toEqual([]);
});
