import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { PAGE_OF_EACH_TYPE } from '../helpers/page-types.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE = '/cases/quyuhua-dangjian-lianmeng/';

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

const pressed = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
const rootData = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));
/** Relative luminance of the page background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement)
      .backgroundColor.match(/\d+(\.\d+)?/g)!
      .map(Number)
      .map((value) => value / 255);
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  });
/** Body text size and line height on a reading page, in px and as a ratio. */
const bodyText = (page: Page) =>
  page
    .locator('p.para')
    .first()
    .evaluate((paragraph) => {
      const style = getComputedStyle(paragraph);
      return {
        size: parseFloat(style.fontSize),
        ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      };
    });

describe.each([
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
])('display modes at $name size', ({ viewport }) => {
  test('大字 makes body text at least 18 px at 1.8 line height and every control at least 48 px, and stays on across pages and reloads', async () => {
    const page = await session.open('/', { viewport });
    expect(await pressed(page, '大字')).toBe('false');
    await page.getByRole('button', { name: '大字', exact: true }).click();
    expect(await pressed(page, '大字')).toBe('true');
    await page.goto(session.server.url + SPEECH);
    expect((await rootData(page)).size).toBe('large');
    expect(await pressed(page, '大字')).toBe('true');
    const text = await bodyText(page);
    expect(text.size).toBeGreaterThanOrEqual(18);
    expect(text.ratio).toBeGreaterThanOrEqual(1.79);
    for (const path of PAGE_OF_EACH_TYPE) {
      await page.goto(session.server.url + path);
      await page.reload();
      expect((await rootData(page)).size, path).toBe('large');
      // Links and terms inside running text are exempt, as in WCAG 2.5.8: they are as tall as the line.
      // So is the skip link until it is focused.
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, summary, input, select, textarea',
          ),
        ]
          .filter((control) => control.checkVisibility() && !control.matches('.sr-only'))
          .filter((control) => {
            // In a sentence: laid out inline, with other words around it in the same block.
            if (!getComputedStyle(control).display.startsWith('inline')) return true;
            let block = control.parentElement!;
            while (getComputedStyle(block).display.startsWith('inline'))
              block = block.parentElement!;
            return (
              (block.textContent ?? '').trim().length <= (control.textContent ?? '').trim().length
            );
          })
          // A tick box's target is its whole label: a tap anywhere on it ticks the box.
          .map((control) => ({
            control,
            box: (control.matches('input')
              ? (control.closest('label') ?? control)
              : control
            ).getBoundingClientRect(),
          }))
          .filter(({ box }) => box.height < 48 || box.width < 48)
          .map(
            ({ control, box }) =>
              `${control.tagName} “${control.textContent?.trim().slice(0, 12)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
          ),
      );
      expect(small, path).toEqual([]);
    }
    // Switched off on a reading page, whose body text then goes back to its usual size.
    await page.goto(session.server.url + SPEECH);
    await page.getByRole('button', { name: '大字', exact: true }).click();
    await page.reload();
    expect((await rootData(page)).size).toBeUndefined();
    expect((await bodyText(page)).size).toBeLessThan(18);
    await page.context().close();
  });

  test('深色 turns the page dark and stays on across pages and reloads', async () => {
    const page = await session.open(SPEECH, { viewport });
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.getByRole('button', { name: '深色', exact: true }).click();
    expect(await pressed(page, '深色')).toBe('true');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await page.goto(session.server.url + CASE);
    await page.reload();
    expect((await rootData(page)).theme).toBe('dark');
    expect(await pressed(page, '深色')).toBe('true');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await page.context().close();
  });
});

describe('dark mode and the system setting', () => {
  test('follows a system set to dark until the reader chooses, and the reader’s choice then wins', async () => {
    const page = await session.open(SPEECH, { colorScheme: 'dark' });
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    expect(await pressed(page, '深色')).toBe('true');
    expect((await rootData(page)).theme).toBeUndefined();
    await page.getByRole('button', { name: '深色', exact: true }).click();
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.reload();
    expect((await rootData(page)).theme).toBe('light');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.context().close();
  });

  test('a remembered choice is applied by the page head before any script file arrives, so there is no flash', async () => {
    const page = await session.open(SPEECH);
    await page.getByRole('button', { name: '深色', exact: true }).click();
    await page.getByRole('button', { name: '大字', exact: true }).click();
    // Hold back every script file: what remains is the inline script in <head>, which runs before the body is drawn.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(session.server.url + CASE);
    expect(await rootData(page)).toMatchObject({ theme: 'dark', size: 'large' });
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await page.context().close();
  });
});
