import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { readQr } from '../helpers/read-qr.ts';
import { axeViolations } from '../helpers/axe.ts';
import { DISPLAY_MODES } from '../helpers/display-modes.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE = '/cases/dangjian-zhihui-jingwu/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

describe('printed on A4', () => {
  test.each([SPEECH, CASE, '/concepts/da-zhenghe-gongzhi/'])(
    '%s prints the text and a QR code back to the page, without navigation or link paths',
    async (path) => {
      const page = await session.open(path, { viewport: DESKTOP });
      expect(await page.locator('.page-qr').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      const code = page.locator('.page-qr svg');
      expect(await code.isVisible()).toBe(true);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(await readQr(await code.screenshot({ scale: 'css' }))).toBe(canonical);
      expect(await page.locator('.page-qr').innerText()).toContain(canonical);
      for (const chrome of [
        'body > header',
        'body > footer',
        'nav',
        '[data-display-toggle]',
        '.toc',
        '.pagefind-ui, form[role="search"]',
      ]) {
        const shown = await page
          .locator(chrome)
          .evaluateAll(
            (elements) =>
              elements.filter((element) => (element as HTMLElement).checkVisibility()).length,
          );
        expect(shown, chrome).toBe(0);
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
      // A path means nothing on paper: the site's own links print none (the QR code and the
      // citation give the page's full address); links to other sites print theirs.
      const link = page.locator('main article a[href^="/"]:not(.para-num)').first();
      expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(
        'none',
      );
      // Headings stay with the text after them.
      expect(
        await page
          .locator('main h2')
          .first()
          .evaluate((element) => getComputedStyle(element).breakAfter),
      ).toBe('avoid');
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.context().close();
    },
  );
});

describe('glossary terms', () => {
  test('the first use opens its definition by keyboard, and Escape closes it and returns focus', async () => {
    const page = await session.open(CASE);
    const term = page.locator('article button.term', { hasText: '网格化' });
    expect(await term.count()).toBe(1);
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('#term-wanggehua');
    await expect
      .poll(() => popover.evaluate((element) => element.matches(':popover-open')))
      .toBe(true);
    expect(await popover.innerText()).toContain('网格员');
    expect(await popover.getByRole('link', { name: '查看“网格化”词条' }).getAttribute('href')).toBe(
      '/glossary/wanggehua/',
    );
    await page.keyboard.press('Escape');
    await expect
      .poll(() => popover.evaluate((element) => element.matches(':popover-open')))
      .toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('网格化');
    await page.context().close();
  });

  test('a tap on a phone opens the definition inside the screen', async () => {
    const page = await session.open(CASE, { viewport: PHONE });
    await page
      .locator('article button.term', { hasText: '网格化' })
      .tap()
      .catch(() => page.locator('article button.term', { hasText: '网格化' }).click());
    const box = (await page.locator('#term-wanggehua').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('link', { name: '查看“网格化”词条' }).click();
    await page.waitForURL('**/glossary/wanggehua/');
    expect(await page.locator('h1').innerText()).toBe('网格化');
    await page.context().close();
  });
});

describe('the table of contents', () => {
  test('on a wide screen stays beside the text while reading, and its links move to the section', async () => {
    const page = await session.open(SPEECH, { viewport: DESKTOP });
    const sidebar = page.locator('nav.toc-sidebar');
    expect(await sidebar.isVisible()).toBe(true);
    expect(await page.locator('details.toc').isVisible()).toBe(false);
    await page.locator('#p-18').scrollIntoViewIfNeeded();
    const box = (await sidebar.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(DESKTOP.height / 2);
    const link = sidebar.locator('a').nth(2);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${target}`);
    const heading = (await page.locator(target).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(DESKTOP.height / 2);
    await page.context().close();
  });

  test('on a phone is folded above the text and opens with a tap', async () => {
    const page = await session.open(SPEECH, { viewport: PHONE });
    expect(await page.locator('nav.toc-sidebar').isVisible()).toBe(false);
    const details = page.locator('details.toc');
    expect(await details.isVisible()).toBe(true);
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    expect(await details.locator('a').first().isVisible()).toBe(true);
    await page.context().close();
  });

  test('a short case has none', async () => {
    const page = await session.open('/cases/quyuhua-dangjian-lianmeng/', { viewport: DESKTOP });
    expect(await page.locator('.toc, .toc-sidebar').count()).toBe(0);
    await page.context().close();
  });
});

describe('the speech on a phone', () => {
  /** The 字号 steps, as html[data-size] and the saved kb-size name them. */
  const SIZES = [
    { label: '标准', size: undefined },
    { label: '大', size: 'large' },
    { label: '特大', size: 'xlarge' },
  ];
  const openInSize = (size: string | undefined, viewport: { width: number; height: number }) =>
    session.open(SPEECH, {
      viewport,
      setup: async (context) => {
        await context.addInitScript((saved) => {
          if (saved) localStorage.setItem('kb-size', saved);
        }, size);
      },
    });
  const bar = (page: Page) => page.getByRole('navigation', { name: '回到目录或顶部' });

  test.each([
    { name: 'phone', viewport: PHONE },
    { name: 'desktop', viewport: DESKTOP },
  ])(
    'at $name size the first line of the text is on the first screen in every 字号',
    async ({ viewport }) => {
      const seen: Record<string, number> = {};
      for (const { label, size } of SIZES) {
        const page = await openInSize(size, viewport);
        const first = page.locator('article .prose p').first();
        expect(await first.getAttribute('id')).toBe('p-1');
        const { top, line } = await first.evaluate((paragraph) => ({
          top: paragraph.getBoundingClientRect().top,
          line: parseFloat(getComputedStyle(paragraph).lineHeight),
        }));
        seen[label] = Math.round(top + line);
        await page.context().close();
      }
      for (const [label, bottom] of Object.entries(seen))
        expect(bottom, `${label}: ${JSON.stringify(seen)}`).toBeLessThanOrEqual(viewport.height);
    },
  );

  test('its facts are one line of date above the text, the rest folded into 详情, opened with a tap and printed in full', async () => {
    const page = await session.open(SPEECH, { viewport: PHONE });
    const details = page.locator('article header details');
    const summary = details.locator('summary');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await summary.innerText()).toMatch(/^讲话日期\s*约2019年\s*详情$/);
    const labels = details.locator('dl dt');
    expect(await labels.first().isVisible()).toBe(false);
    await summary.click();
    expect(await labels.allInnerTexts()).toEqual([
      '讲话日期',
      '发布日期',
      '会议',
      '整理说明',
      '理念',
      '示范点',
    ]);
    expect(await details.getByText(/^依据：/).isVisible()).toBe(true);
    expect(await details.getByRole('link', { name: '大党建共建' }).isVisible()).toBe(true);
    // Folded again, paper still gets every fact, and not the line that unfolds them.
    await summary.click();
    await page.emulateMedia({ media: 'print' });
    expect(await labels.first().isVisible()).toBe(true);
    expect(await summary.isVisible()).toBe(false);
    await page.context().close();
  });

  test('目录 and 顶部 stay at hand once the contents have scrolled away, keep clear of the page’s end and of focus, and work by keyboard', async () => {
    const page = await session.open(SPEECH, { viewport: PHONE });
    expect(await bar(page).isVisible()).toBe(false);
    await page.locator('#p-10').scrollIntoViewIfNeeded();
    await expect.poll(() => bar(page).isVisible()).toBe(true);
    const strip = (await bar(page).boundingBox())!;
    expect(Math.round(strip.y + strip.height)).toBe(PHONE.height);
    for (const link of await bar(page).getByRole('link').all()) {
      const box = (await link.boundingBox())!;
      expect(box.width, await link.innerText()).toBeGreaterThanOrEqual(44);
      expect(box.height, await link.innerText()).toBeGreaterThanOrEqual(44);
    }
    expect(await axeViolations(page)).toEqual([]);

    // 目录 opens the folded contents and brings them into view.
    await bar(page).getByRole('link', { name: '目录' }).click();
    await page.waitForURL('**#toc');
    expect(await page.locator('details.toc').getAttribute('open')).not.toBeNull();
    const firstEntry = (await page.locator('details.toc nav a').first().boundingBox())!;
    expect(firstEntry.y).toBeGreaterThanOrEqual(0);
    expect(firstEntry.y + firstEntry.height).toBeLessThanOrEqual(PHONE.height);

    // At the very end the page's last line sits above the bar, not under it.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const lastLine = (await page.locator('body > footer a').last().boundingBox())!;
    const stripAtEnd = (await bar(page).boundingBox())!;
    expect(lastLine.y + lastLine.height).toBeLessThanOrEqual(stripAtEnd.y);

    // By keyboard: after the last paragraph come 目录 and 顶部, on screen and not under the bar.
    await page.locator('a.para-num').last().focus();
    const reached: string[] = [];
    for (let count = 0; count < 10 && !reached.includes('顶部'); count += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return {
          text: element.textContent?.trim() ?? '',
          top: box.top,
          bottom: box.bottom,
          outline: getComputedStyle(element).outlineStyle,
        };
      });
      reached.push(focus.text);
      if (focus.text === '目录' || focus.text === '顶部') {
        expect(focus.outline).not.toBe('none');
        expect(focus.bottom).toBeLessThanOrEqual(PHONE.height);
      } else {
        // Whatever else takes focus on the way is scrolled clear of the bar.
        expect(focus.bottom, focus.text).toBeLessThanOrEqual((await bar(page).boundingBox())!.y);
      }
    }
    expect(reached.slice(-2)).toEqual(['目录', '顶部']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await page.context().close();
  });

  test('the bar passes axe in every display mode, and is neither printed nor shown beside the desktop contents', async () => {
    const page = await session.open(SPEECH, { viewport: PHONE });
    await page.locator('#p-10').scrollIntoViewIfNeeded();
    const found: Record<string, string[]> = {};
    for (const mode of DISPLAY_MODES) {
      await mode.apply(page);
      await expect.poll(() => bar(page).isVisible()).toBe(true);
      found[mode.name] = await axeViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(DISPLAY_MODES.map((mode) => [mode.name, []])));
    await page.emulateMedia({ media: 'print' });
    expect(await bar(page).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(DESKTOP);
    await page.locator('#p-18').scrollIntoViewIfNeeded();
    expect(await bar(page).isVisible()).toBe(false);
    expect(await page.locator('nav.toc-sidebar').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('breadcrumbs and previous/next', () => {
  test('a case page leads up to its list and on to the next case', async () => {
    const page = await session.open(CASE, { viewport: PHONE });
    const crumbs = page.getByRole('navigation', { name: '位置' });
    expect(await crumbs.getByRole('link').allInnerTexts()).toEqual(['首页', '案例']);
    const next = page.locator('a[rel="next"]');
    const title = (await next.locator('span').nth(1).innerText()).trim();
    await next.click();
    expect(await page.locator('h1').innerText()).toBe(title);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(CASE);
    await page.context().close();
  });
});

describe('loading only what is used', () => {
  test('a reading page loads one small script; the paragraph tools arrive on the first tap', async () => {
    const page = await session.open('/', { viewport: PHONE });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(session.server.url + SPEECH);
    await page.waitForLoadState('networkidle');
    const before = [...scripts];
    expect(before.length).toBeLessThanOrEqual(2);
    await page.locator('#p-2 a.para-num').click();
    await page.locator('.para-tools').waitFor();
    expect(scripts.length).toBeGreaterThan(before.length);
    await page.context().close();
  });
});
