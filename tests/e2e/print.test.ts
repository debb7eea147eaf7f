import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { readPdf, renderPdfPage, type PdfPages } from '../helpers/pdf.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE = '/cases/jiedao-guanli-tizhi-gaige/';
const DESKTOP = { width: 1280, height: 800 };

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** The page printed as the browser's print dialog does, background graphics ticked. */
const printed = async (page: Page) =>
  readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));

/** The lines of a page that are only the closing matter: 最后更新, the QR code's caption and the rest of its address. */
const closingOnly = (line: string) =>
  /^(最后更新|扫码打开本页|编辑此页)/.test(line) || /^[\w./:-]+$/.test(line);

const allText = (pdf: PdfPages) => pdf.sizes.map((_, index) => pdf.text(index + 1)).join('\n');

describe('a reading page on paper', () => {
  test.each([
    SPEECH,
    CASE,
    '/concepts/da-zhenghe-gongzhi/',
    '/sites/jiedao-guanli-tizhi-gaige-shidian/',
  ])(
    '%s prints no site paths, no editor links, no buttons, and ends on a sheet with its text',
    async (path) => {
      const page = await session.open(path, { viewport: DESKTOP });
      const pdf = await printed(page);
      const text = allText(pdf);
      // Concept and site chips, case links and the comparison's titles print no relative path.
      expect(text).not.toMatch(/（\/|\(\//);
      expect(text).not.toContain('编辑此页');
      expect(text).not.toContain('git.example.org');
      expect(text).not.toContain('打印本页');
      expect(text).not.toContain('加入学习单');
      const last = pdf
        .text(pdf.sizes.length)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      expect(
        last.filter((line) => !closingOnly(line)),
        `last sheet: ${last.join(' / ')}`,
      ).not.toEqual([]);
      await page.context().close();
    },
  );

  test('whatever the length of its text, no sheet holds only the closing lines or the page’s QR code', async () => {
    const page = await session.open('/glossary/wanggehua/', { viewport: DESKTOP });
    const alone: number[] = [];
    // One more line of text at a time walks the text's end down a sheet and over the break.
    for (let lines = 0; lines <= 60; lines += 2) {
      await page.evaluate((lines) => {
        const prose = document.querySelector('article .prose')!;
        prose.querySelectorAll('.padding').forEach((line) => line.remove());
        for (let n = 0; n < lines; n++)
          prose.insertAdjacentHTML('beforeend', `<p class="padding">补充的第${n + 1}行。</p>`);
      }, lines);
      const pdf = await printed(page);
      const sheets = pdf.sizes.map((_, index) =>
        pdf
          .text(index + 1)
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      );
      if (sheets.some((sheet) => sheet.every(closingOnly))) alone.push(lines);
    }
    expect(alone, 'padding lengths that left a sheet of closing lines only').toEqual([]);
    await page.context().close();
  });

  test('the speech prints the cases a paragraph is background to under their label, folded on screen or not', async () => {
    const page = await session.open(SPEECH, { viewport: DESKTOP });
    const folded = page.locator('#p-6 ~ details.background-cases').first();
    expect(await folded.getAttribute('open')).toBeNull();
    const count = await folded.locator('a').count();
    expect(count).toBeGreaterThan(5);
    const text = allText(await printed(page)).replace(/\s+/g, '');
    const label = `以本段为背景的案例（${count}）本段是这些案例的背景，没有直接讲到它们的做法。`;
    expect(text).toContain(label);
    const after = text.slice(text.indexOf(label) + label.length);
    for (const title of await folded.locator('a').allTextContents())
      expect(after.startsWith(title) || after.includes(`、${title}`), title).toBe(true);
    await page.context().close();
  });

  test('prints at its own size, not shrunk to fit a screen layout wider than the sheet', async () => {
    const page = await session.open(SPEECH, { viewport: DESKTOP });
    const pdf = await printed(page);
    // A body line of 11 pt characters holds at most about 45 of them across the 178 mm of an A4 sheet.
    const longest = Math.max(
      ...pdf
        .text(2)
        .split('\n')
        .map((line) => line.replace(/\s/g, '').length),
    );
    expect(longest).toBeLessThan(50);
    await page.context().close();
  });

  test('is printed light from a dark screen, chosen or the system’s', async () => {
    const shade = async (pdf: PdfPages) => {
      const { data } = await sharp(renderPdfPage(pdf, 1))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const sorted = [...data].sort((a, b) => a - b);
      return {
        median: sorted[sorted.length >> 1]!,
        dark: sorted[Math.floor(sorted.length * 0.002)]!,
      };
    };
    const light = await session.open(CASE, { viewport: DESKTOP });
    const reference = await shade(await printed(light));
    await light.context().close();
    for (const chosen of [true, false]) {
      const page = await session.open(CASE, {
        viewport: DESKTOP,
        colorScheme: 'dark',
        setup: async (context) => {
          if (chosen) await context.addInitScript(() => localStorage.setItem('kb-theme', 'dark'));
        },
      });
      if (chosen) await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      // Dark on screen…
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      ).toBe('rgb(21, 23, 27)');
      const { median, dark } = await shade(await printed(page));
      // White paper, black text: as the light page prints.
      expect(median).toBeGreaterThanOrEqual(245);
      expect(dark).toBeLessThanOrEqual(60);
      expect(Math.abs(median - reference.median)).toBeLessThanOrEqual(2);
      await page.context().close();
    }
  });
});

describe('打印本页', () => {
  test.each([SPEECH, CASE, '/glossary/wanggehua/'])(
    '%s offers it on screen, by keyboard too, and it opens the browser’s print',
    async (path) => {
      const calls: string[] = [];
      const page = await session.open(path, {
        viewport: DESKTOP,
        setup: async (context) => {
          await context.exposeFunction('reportPrint', () => calls.push('print'));
          await context.addInitScript(() => {
            window.print = () => (window as unknown as { reportPrint(): void }).reportPrint();
          });
        },
      });
      const button = page.getByRole('button', { name: '打印本页' });
      expect(await button.isVisible()).toBe(true);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => calls.length).toBe(1);
      await button.click();
      await expect.poll(() => calls.length).toBe(2);
      await page.emulateMedia({ media: 'print' });
      expect(await button.isVisible()).toBe(false);
      await page.context().close();
    },
  );
});
