import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { readQr } from '../helpers/read-qr.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const SPEECH_TITLE = '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话';
const CASE = '/cases/quyuhua-dangjian-lianmeng/';
const VIEWPORTS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
];

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

const allowClipboard = (context: BrowserContext) =>
  context.grantPermissions(['clipboard-read', 'clipboard-write']);
/** A browser where neither the Clipboard API nor the older copy command works, as on some intranet browsers. */
const noClipboard = async (context: BrowserContext) => {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    document.execCommand = () => false;
  });
};
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Opens the tools of paragraph `id` from its number, as a reader taps it. */
async function openTools(page: Page, id: string) {
  await page.locator(`#${id} a.para-num`).click();
  const tools = page.locator(`.para-tools[data-for="${id}"]`);
  await tools.waitFor();
  return tools;
}

describe.each(VIEWPORTS)('paragraph tools at $name size', ({ viewport }) => {
  test('复制链接 copies the link to the paragraph and says so', async () => {
    const page = await session.open(SPEECH, { viewport, setup: allowClipboard });
    const tools = await openTools(page, 'p-14');
    expect(await page.locator('#p-14 a.para-num').getAttribute('aria-expanded')).toBe('true');
    await tools.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => tools.locator('[role="status"]').innerText()).toBe('已复制本段链接。');
    expect(await clipboardText(page)).toBe(`${session.server.url}${SPEECH}#p-14`);
    await page.context().close();
  });

  test('复制引用 copies 《title》（when the speech was given）part (section) paragraph and the link', async () => {
    const page = await session.open(SPEECH, { viewport, setup: allowClipboard });
    const tools = await openTools(page, 'p-14');
    await tools.getByRole('button', { name: '复制引用' }).click();
    const citation = `《${SPEECH_TITLE}》（约2019年）第三部分（二）第14段 ${session.server.url}${SPEECH}#p-14`;
    await expect.poll(() => clipboardText(page)).toBe(citation);
    expect(await tools.locator('[role="status"]').innerText()).toContain(citation);
    await page.context().close();
  });

  test('where the browser will not copy, the text is shown selected for copying by hand', async () => {
    const page = await session.open(CASE, { viewport, setup: noClipboard });
    const tools = await openTools(page, 'p-1');
    await tools.getByRole('button', { name: '复制链接' }).click();
    const box = tools.getByRole('textbox', { name: '请选中后复制' });
    await box.waitFor();
    expect(await box.inputValue()).toBe(`${session.server.url}${CASE}#p-1`);
    expect(
      await box.evaluate(
        (area: HTMLTextAreaElement) =>
          document.activeElement === area &&
          area.selectionStart === 0 &&
          area.selectionEnd === area.value.length,
      ),
    ).toBe(true);
    expect(await tools.locator('[role="status"]').innerText()).toContain('浏览器不允许自动复制');
    await page.context().close();
  });

  test('the page reference copies a GB/T 7714 reference with today as the date of access', async () => {
    const page = await session.open(SPEECH, { viewport, setup: allowClipboard });
    await page.getByRole('button', { name: '复制参考文献' }).click();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    // The speech names no speaker (the source is anonymised), so the reference starts with its title.
    expect(
      await page.locator('[data-reference-author]').getAttribute('data-reference-author'),
    ).toBe('');
    // Dated by this page's last change (never the repost's 2022-06-27, which belongs to another page).
    const updated = await page.locator('[data-reference]').getAttribute('data-reference-date');
    expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect
      .poll(() => clipboardText(page))
      .toBe(
        `${SPEECH_TITLE}[EB/OL]. 城乡社区治理与基层党建知识库. (${updated})[${today}]. ${session.server.url}${SPEECH}.`,
      );
    expect(await page.locator('[data-reference]').innerText()).toBe(await clipboardText(page));
    await page.context().close();
  });
});

describe('paragraph tools by keyboard', () => {
  test('Enter on a paragraph number opens the tools with focus on the first; Escape closes them and returns focus', async () => {
    const page = await session.open(SPEECH);
    await page.locator('#p-3 a.para-num').focus();
    await page.keyboard.press('Enter');
    await page.locator('.para-tools[data-for="p-3"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制链接');
    await page.keyboard.press('Escape');
    await page.locator('.para-tools').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p-3');
    await page.context().close();
  });
});

describe('a QR code for projection', () => {
  test.each(VIEWPORTS)(
    'at $name size fills most of the screen and reads back as the paragraph link; closing returns focus',
    async ({ viewport }) => {
      const page = await session.open(SPEECH, { viewport });
      const tools = await openTools(page, 'p-14');
      await tools.getByRole('button', { name: '二维码' }).click();
      const code = page.locator('dialog.qr-dialog[open] svg');
      await code.waitFor();
      const box = (await code.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThan(
        Math.min(viewport.width, viewport.height) * 0.6,
      );
      // Codes carry the deployed address (SITE_URL), as a phone in the classroom needs.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(await readQr(await code.screenshot())).toBe(`${canonical}#p-14`);
      await page.keyboard.press('Escape');
      await page.locator('dialog.qr-dialog').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p-14');
      await page.context().close();
    },
  );
});

describe('one paragraph, one name', () => {
  const PACK = '/pack/';
  const packHeadings = (page: Page) =>
    page.locator('course-pack .pack-items > li > a').allInnerTexts();

  test('#p-14 is 14 beside it, in the QR dialog, in 复制引用, in the 学习单 and on the concept page', async () => {
    const page = await session.open(SPEECH, { setup: allowClipboard });
    const url = `${session.server.url}${SPEECH}#p-14`;
    expect(await page.locator('#p-14 a.para-num').innerText()).toBe('14');
    const tools = await openTools(page, 'p-14');
    expect(await tools.getAttribute('aria-label')).toBe('第14段的工具');

    await tools.getByRole('button', { name: '二维码' }).click();
    const dialog = page.locator('dialog.qr-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('figcaption').innerText()).toBe(`扫码打开第14段：${url}`);
    await page.keyboard.press('Escape');
    await page.locator('dialog.qr-dialog').waitFor({ state: 'detached' });

    const citation = `《${SPEECH_TITLE}》（约2019年）第三部分（二）第14段 ${url}`;
    await tools.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => clipboardText(page)).toBe(citation);

    await tools.getByRole('button', { name: '加入学习单' }).click();
    await expect.poll(() => tools.locator('[role="status"]').innerText()).toBe('已加入学习单。');
    await page.goto(session.server.url + PACK);
    await page.locator('course-pack .pack-items').waitFor();
    expect(await packHeadings(page)).toEqual([`1. ${SPEECH_TITLE} 第三部分（二）第14段`]);

    // The concept page lists the paragraph by the same name, and cites it as 复制引用 does.
    await page.goto(`${session.server.url}/concepts/da-zhenghe-gongzhi/`);
    const wording = page.locator('[data-concept-wording] figure', {
      has: page.locator(`a[href$="${SPEECH}#p-14"]`),
    });
    expect(await wording.locator(`figcaption a[href$="#p-14"]`).innerText()).toBe(
      '第三部分（二）第14段',
    );
    // Its citation carries the published address (SITE_URL), as the concept page's canonical link does.
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!)
      .origin;
    expect(await wording.locator('[data-wording-citation]').innerText()).toBe(
      citation.replace(session.server.url, site),
    );
    await page.context().close();
  });

  test('a part-four paragraph is cited by its 一是…四是 section’s own words and the number beside it', async () => {
    const page = await session.open(SPEECH, { setup: allowClipboard });
    const number = await page.locator('#p-18 a.para-num').innerText();
    const tools = await openTools(page, 'p-18');
    await tools.getByRole('button', { name: '复制引用' }).click();
    await expect
      .poll(() => clipboardText(page))
      .toBe(
        `《${SPEECH_TITLE}》（约2019年）第四部分“二是强化改革创新”第${number}段 ${session.server.url}${SPEECH}#p-18`,
      );
    expect(number).toBe('18');
    await page.context().close();
  });

  test('a 学习单 saved with an older name of a paragraph shows the name the page gives it now', async () => {
    // Stored as packs were before: format 1 in this browser, the locator counted within its section.
    const old = Buffer.from(
      JSON.stringify({
        v: 1,
        title: '学习单',
        items: [
          { url: SPEECH, anchor: 'p-14', title: SPEECH_TITLE, locator: '第三部分（二）第1段' },
        ],
        questions: [],
      }),
    ).toString('base64url');
    const page = await session.open('/', {
      setup: async (context) => {
        await context.addInitScript((value) => localStorage.setItem('kb-pack', value), old);
      },
    });
    await page.goto(session.server.url + PACK);
    await page.locator('course-pack .pack-items').waitFor();
    await expect
      .poll(() => packHeadings(page))
      .toEqual([`1. ${SPEECH_TITLE} 第三部分（二）第14段`]);
    await page.context().close();
  });
});
