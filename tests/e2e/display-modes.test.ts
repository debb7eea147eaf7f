import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { PAGE_OF_EACH_TYPE } from '../helpers/page-types.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE = '/cases/quyuhua-dangjian-lianmeng/';
/** A case quoting the speech, with the quotation's source under it. */
const QUOTING_CASE = '/cases/jiceng-zuzhi-jianshe-jumin-zizhi/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

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

/** The 字号 steps, as the header's buttons name them and `html[data-size]` marks them. */
const STEPS = [
  { label: '标准', size: undefined },
  { label: '大', size: 'large' },
  { label: '特大', size: 'xlarge' },
] as const;
const LARGER = STEPS.slice(1);
const stepButtons = (page: Page) => page.getByRole('group', { name: '字号' }).getByRole('button');
/** Which 字号 buttons read as pressed, by label. */
const pressedSteps = (page: Page) =>
  stepButtons(page).evaluateAll((buttons) =>
    buttons
      .filter((button) => button.ariaPressed === 'true')
      .map((button) => button.textContent?.trim()),
  );

/** The controls on the page a finger could miss: under 48 px either way, as “TAG “text” w×h”. */
const smallControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')]
      .filter((control) => control.checkVisibility() && !control.matches('.sr-only'))
      .filter((control) => {
        // Links and terms inside running text are exempt, as in WCAG 2.5.8: they are as tall as the line.
        // So is the skip link until it is focused.
        // In a sentence: laid out inline, with other words around it in the same block.
        if (!getComputedStyle(control).display.startsWith('inline')) return true;
        let block = control.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
        return (block.textContent ?? '').trim().length <= (control.textContent ?? '').trim().length;
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

describe.each([
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
])('display modes at $name size', ({ viewport }) => {
  test('字号 offers 标准, 大 and 特大; in 大 and 特大 body text is at least 18 px at 1.8 line height and every control at least 48 px, and the step stays on across pages and reloads', async () => {
    const page = await session.open('/', { viewport });
    expect(await stepButtons(page).allInnerTexts()).toEqual(['标准', '大', '特大']);
    expect(await pressedSteps(page)).toEqual(['标准']);
    for (const step of LARGER) {
      await stepButtons(page).getByText(step.label, { exact: true }).click();
      expect(await pressedSteps(page)).toEqual([step.label]);
      await page.goto(session.server.url + SPEECH);
      expect((await rootData(page)).size).toBe(step.size);
      expect(await pressedSteps(page)).toEqual([step.label]);
      const text = await bodyText(page);
      expect(text.size).toBeGreaterThanOrEqual(18);
      expect(text.ratio).toBeGreaterThanOrEqual(1.79);
      for (const path of PAGE_OF_EACH_TYPE) {
        await page.goto(session.server.url + path);
        await page.reload();
        expect((await rootData(page)).size, `${step.label} ${path}`).toBe(step.size);
        expect(await smallControls(page), `${step.label} ${path}`).toEqual([]);
      }
    }
    // Back to 标准 on a reading page, whose body text then goes back to its usual size.
    await page.goto(session.server.url + SPEECH);
    await stepButtons(page).getByText('标准', { exact: true }).click();
    await page.reload();
    expect((await rootData(page)).size).toBeUndefined();
    expect(await pressedSteps(page)).toEqual(['标准']);
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
    await page.getByRole('button', { name: '特大', exact: true }).click();
    // Hold back every script file: what remains is the inline script in <head>, which runs before the body is drawn.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(session.server.url + CASE);
    expect(await rootData(page)).toMatchObject({ theme: 'dark', size: 'xlarge' });
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await page.context().close();
  });
});

/** Opens `path` with a 字号 step already saved, as a reader who chose it earlier would. */
const openInStep = (path: string, size: string | undefined, viewport = PHONE) =>
  session.open(path, {
    viewport,
    setup: async (context) => {
      await context.addInitScript((saved) => {
        if (saved) localStorage.setItem('kb-size', saved);
      }, size);
    },
  });

describe('字号 steps', () => {
  test('a 大字 saved before there were three steps opens in 大, and an unknown saved size in 标准', async () => {
    for (const [saved, size, label] of [
      ['large', 'large', '大'],
      ['huge', undefined, '标准'],
    ] as const) {
      const page = await openInStep(SPEECH, saved);
      expect((await rootData(page)).size, saved).toBe(size);
      expect(await pressedSteps(page), saved).toEqual([label]);
      await page.context().close();
    }
  });

  /** Where each kind of text is measured: the page, the window and the element. */
  const TEXTS = [
    { name: 'body text', path: SPEECH, viewport: PHONE, selector: 'p.para' },
    { name: 'breadcrumbs', path: SPEECH, viewport: PHONE, selector: 'nav[aria-label="位置"] a' },
    { name: 'paragraph numbers', path: SPEECH, viewport: PHONE, selector: 'a.para-num' },
    { name: 'footer line', path: SPEECH, viewport: PHONE, selector: 'body > footer p' },
    { name: 'desktop contents', path: SPEECH, viewport: DESKTOP, selector: '.toc-sidebar a' },
    {
      name: 'quotation source',
      path: QUOTING_CASE,
      viewport: PHONE,
      selector: '.speech-quote figcaption',
    },
    {
      name: 'search filter label',
      path: '/search/',
      viewport: PHONE,
      selector: 'form[role="search"] label:has(select)',
    },
    {
      name: 'search result detail',
      path: '/search/',
      viewport: PHONE,
      selector: '[data-search-results] li p',
    },
  ];

  test('each step makes every kind of text at least a fifth larger than the step before: body, breadcrumbs, paragraph numbers, footer, desktop contents, quotation sources, search filters and results', async () => {
    const sizes: Record<string, number[]> = {};
    for (const step of STEPS) {
      // One profile per step, with the step saved, each page loaded in turn in its window.
      const page = await openInStep('/favicon.svg', step.size);
      for (const { name, path, viewport, selector } of TEXTS) {
        await page.setViewportSize(viewport);
        await page.goto(session.server.url + path);
        const text = page.locator(selector).first();
        expect(await text.isVisible(), `${name} in ${step.label}`).toBe(true);
        (sizes[name] ??= []).push(
          await text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
        );
      }
      await page.context().close();
    }
    // Printed with the failure: the sizes in px, 标准 → 大 → 特大.
    const steps = Object.entries(sizes).map(([name, [standard, large, xlarge]]) => ({
      name,
      sizes: [standard, large, xlarge],
      grows: large! / standard! >= 1.2 - 1e-9 && xlarge! / large! >= 1.2 - 1e-9,
    }));
    expect(steps.filter((text) => !text.grows)).toEqual([]);
  });

  test.each(LARGER.map((step) => step.label))(
    'no page scrolls sideways at 320 px, nor at 640 px (a 1280 px window at 200 %), in %s',
    async (label) => {
      const step = LARGER.find((larger) => larger.label === label)!;
      const page = await openInStep('/', step.size, { width: 320, height: 700 });
      const wide: string[] = [];
      for (const path of PAGE_OF_EACH_TYPE) {
        await page.goto(session.server.url + path);
        for (const width of [320, 640]) {
          await page.setViewportSize({ width, height: 700 });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (overflow > 0) wide.push(`${path} at ${width} px: ${overflow} px too wide`);
        }
        await page.setViewportSize({ width: 320, height: 700 });
      }
      expect(wide).toEqual([]);
      await page.context().close();
    },
  );
});
