import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { axeViolations, lowContrastText } from '../helpers/axe.ts';
import { DISPLAY_MODES } from '../helpers/display-modes.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE = '/cases/quyuhua-dangjian-lianmeng/';
const NO_VOICE = '这台设备没有中文语音，无法朗读。可在系统设置中添加中文（普通话）语音。';

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** One call the page made to the speech engine, and what the page showed when it made it. */
interface Call {
  call: 'speak' | 'pause' | 'resume' | 'cancel';
  text?: string;
  lang?: string;
  voice?: string;
  /** The id (or, for a list item, the text) of the block marked as being read, and how many are marked. */
  marked?: string;
  markedCount?: number;
  /** The marked block's box, the top of the bar of controls and the viewport's height, in CSS pixels. */
  top?: number;
  bottom?: number;
  barTop?: number;
  viewport?: number;
}

/**
 * Chromium's speech engine, observed: speak, pause, resume, cancel and getVoices are replaced;
 * every call is recorded with the utterance's text and language, and each utterance "speaks"
 * for `ms` milliseconds (its start and end events fired asynchronously), held while paused.
 * `voices` are the voices the device claims to have; `absent` removes speech synthesis altogether.
 */
function observeSpeech(
  voices: Array<{ lang: string; name: string }>,
  ms = 10,
  absent = false,
  /** The voices are listed only this long after they are first asked for, announced with voiceschanged. */
  lateMs = 0,
) {
  return async (context: BrowserContext) => {
    await context.addInitScript(
      ({ voices, ms, absent, lateMs }) => {
        const calls: Call[] = [];
        const violations: string[] = [];
        Object.assign(window, { __speech: calls, __violations: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
        );
        if (absent) {
          delete (window as { speechSynthesis?: unknown }).speechSynthesis;
          delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
          return;
        }
        const synth = window.speechSynthesis;
        // The voices are plain objects, so the utterance keeps whatever voice it is given.
        Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
          get() {
            return (this as { __voice?: unknown }).__voice ?? null;
          },
          set(voice) {
            (this as { __voice?: unknown }).__voice = voice;
          },
        });
        const queue: SpeechSynthesisUtterance[] = [];
        let speaking: SpeechSynthesisUtterance | undefined;
        let paused = false;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const fire = (utterance: SpeechSynthesisUtterance, type: string) =>
          utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance }));
        const finishLater = () => {
          timer = setTimeout(() => {
            const done = speaking!;
            speaking = undefined;
            fire(done, 'end');
            startNext();
          }, ms);
        };
        const startNext = () => {
          if (speaking || paused) return;
          speaking = queue.shift();
          if (!speaking) return;
          const utterance = speaking;
          setTimeout(() => fire(utterance, 'start'), 0);
          finishLater();
        };
        // As Chrome does, the list is filled in some time after it is first asked for.
        let listed = lateMs === 0;
        let asked = false;
        synth.getVoices = () => {
          if (!listed && !asked) {
            asked = true;
            setTimeout(() => {
              listed = true;
              synth.dispatchEvent(new Event('voiceschanged'));
            }, lateMs);
          }
          return (listed ? voices : []) as unknown as SpeechSynthesisVoice[];
        };
        synth.speak = (utterance) => {
          const marked = document.querySelectorAll<HTMLElement>('.reading-now');
          const box = marked[0]?.getBoundingClientRect();
          calls.push({
            call: 'speak',
            text: utterance.text,
            lang: utterance.lang,
            voice: utterance.voice?.lang,
            marked: marked[0]?.id || marked[0]?.textContent?.trim(),
            markedCount: marked.length,
            top: box?.top,
            bottom: box?.bottom,
            barTop: document.querySelector('.read-aloud-bar')?.getBoundingClientRect().top,
            viewport: innerHeight,
          });
          queue.push(utterance);
          startNext();
        };
        synth.pause = () => {
          calls.push({ call: 'pause' });
          paused = true;
          clearTimeout(timer);
        };
        synth.resume = () => {
          calls.push({ call: 'resume' });
          if (!paused) return;
          paused = false;
          if (speaking) finishLater();
          else startNext();
        };
        synth.cancel = () => {
          calls.push({ call: 'cancel' });
          clearTimeout(timer);
          const dropped = [...(speaking ? [speaking] : []), ...queue.splice(0)];
          speaking = undefined;
          for (const utterance of dropped)
            setTimeout(() =>
              utterance.dispatchEvent(
                new SpeechSynthesisErrorEvent('error', { utterance, error: 'interrupted' }),
              ),
            );
        };
      },
      { voices, ms, absent, lateMs },
    );
  };
}

const ZH_CN = [
  { lang: 'en-US', name: 'English' },
  { lang: 'zh-TW', name: '國語' },
  { lang: 'zh-CN', name: '普通话' },
];
const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: Call[] }).__speech);
const spoken = async (page: Page) => (await calls(page)).filter((call) => call.call === 'speak');
const bar = (page: Page) => page.getByRole('region', { name: '朗读' });

/** Opens a page with the speech engine observed, motion reduced so the scrolling is done when a paragraph starts. */
async function openObserved(path: string, setup = observeSpeech(ZH_CN)) {
  const page = await session.open(path, { setup });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

/** The blocks of the entry's body as a listener should hear them: headings, paragraphs and list items, in order. */
const blocksOf = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'article .prose > :is(h2, h3, p), article .prose > :is(ul, ol) > li',
      ),
    ].map((block) => {
      const copy = block.cloneNode(true) as HTMLElement;
      copy.querySelector('.para-num')?.remove();
      return { id: block.id, text: copy.textContent!.replace(/\s+/g, ' ').trim() };
    }),
  );

/** The spoken texts run together by the block marked while they were spoken. */
function byBlock(said: Call[]) {
  const blocks: Array<{ id: string; pieces: string[] }> = [];
  for (const call of said) {
    const last = blocks.at(-1);
    if (last && last.id === call.marked) last.pieces.push(call.text!);
    else blocks.push({ id: call.marked!, pieces: [call.text!] });
  }
  return blocks;
}

/** Waits until the page has spoken and its reading is over (the bar gone): a short one may be over before it is seen. */
async function readToEnd(page: Page) {
  await expect
    .poll(async () => (await spoken(page)).length, { timeout: 60_000 })
    .toBeGreaterThan(0);
  await page.locator('.read-aloud-bar').waitFor({ state: 'detached', timeout: 60_000 });
}

const readAloudChunk = (path: string) =>
  path.endsWith('.js') &&
  readFileSync(join(SITE_DIST, path), 'utf8').includes('SpeechSynthesisUtterance');

describe('朗读全文 on a speech', () => {
  test('reads every heading and paragraph in order, in zh-CN with the zh-CN voice, long paragraphs in sentences, the one being read marked and on screen', async () => {
    const start = session.served.length;
    const page = await openObserved(SPEECH);
    await page.waitForLoadState('networkidle');
    // Nothing of the reading code is fetched before it is asked for.
    expect(session.served.slice(start).filter(readAloudChunk)).toEqual([]);
    const blocks = await blocksOf(page);
    await page.getByRole('button', { name: '朗读全文' }).click();
    await readToEnd(page);

    const said = await spoken(page);
    expect(session.served.slice(start).filter(readAloudChunk)).toHaveLength(1);
    expect(new Set(said.map((call) => call.lang))).toEqual(new Set(['zh-CN']));
    expect(new Set(said.map((call) => call.voice))).toEqual(new Set(['zh-CN']));
    // Block by block, what was spoken while it was marked is its text, and the blocks come in document order.
    const heard = byBlock(said);
    expect(heard.map((block) => [block.id, block.pieces.join('')])).toEqual(
      blocks.map((block) => [block.id, block.text]),
    );
    expect(blocks.filter((block) => block.id.startsWith('part-')).length).toBeGreaterThan(10);
    // A long paragraph goes in several utterances, each but the last ending a sentence, none long.
    const long = heard.filter((block) => block.pieces.length > 1);
    expect(long.map((block) => block.id)).toContain('p-6');
    for (const { pieces } of long) {
      for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[。！？；;][”’」』）)]*$/);
      for (const piece of pieces)
        expect(piece.length <= 60 || piece.match(/[。！？；;]/g)!.length === 1, piece).toBe(true);
    }
    // One block marked at a time, on screen above the bar: all of it when it fits, else part of it.
    for (const call of said) {
      expect(call.markedCount).toBe(1);
      const fits = call.bottom! - call.top! <= call.barTop!;
      if (fits) {
        expect(call.top, call.marked).toBeGreaterThanOrEqual(0);
        expect(call.bottom, call.marked).toBeLessThanOrEqual(call.barTop!);
      } else {
        expect(call.top, call.marked).toBeLessThan(call.barTop!);
        expect(call.bottom, call.marked).toBeGreaterThan(0);
      }
    }
    // Read to the end, nothing is left marked, and nothing broke the page's rules.
    expect(await page.locator('.reading-now').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __violations: [] }).__violations),
    ).toEqual([]);
    await page.context().close();
  });

  test('the bar names the paragraph being read and the paragraph says it is the current one; 暂停 pauses, 继续 resumes, 停止 cancels and takes the mark and the bar away', async () => {
    const page = await openObserved(SPEECH, observeSpeech(ZH_CN, 400));
    const button = page.getByRole('button', { name: '朗读全文' });
    await button.click();
    await expect
      .poll(async () => (await spoken(page)).some((call) => call.marked === 'p-2'))
      .toBe(true);
    expect(await page.locator('#p-2').getAttribute('aria-current')).toBe('true');
    expect(await bar(page).getByRole('status').innerText()).toBe('正在朗读第2段');
    // The controls are real buttons a thumb can hit, and the first has the focus.
    const pause = bar(page).getByRole('button', { name: '暂停' });
    for (const control of [pause, bar(page).getByRole('button', { name: '停止' })]) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('暂停');

    await pause.click();
    expect((await calls(page)).at(-1)).toEqual({ call: 'pause' });
    const whilePaused = (await spoken(page)).length;
    await page.waitForTimeout(1000);
    expect((await spoken(page)).length).toBe(whilePaused);
    await bar(page).getByRole('button', { name: '继续' }).click();
    expect((await calls(page)).at(-1)).toEqual({ call: 'resume' });
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(whilePaused);

    await bar(page).getByRole('button', { name: '停止' }).click();
    await bar(page).waitFor({ state: 'detached' });
    expect((await calls(page)).at(-1)).toEqual({ call: 'cancel' });
    expect(await page.locator('.reading-now, [aria-current="true"].para').count()).toBe(0);
    const afterStop = (await spoken(page)).length;
    await page.waitForTimeout(1000);
    expect((await spoken(page)).length).toBe(afterStop);
    // Focus goes back to where the reading was started.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('朗读全文');
    await page.context().close();
  });

  test('by keyboard: Enter starts it, Escape in the bar stops it', async () => {
    const page = await openObserved(SPEECH, observeSpeech(ZH_CN, 400));
    await page.getByRole('button', { name: '朗读全文' }).focus();
    await page.keyboard.press('Enter');
    await bar(page).getByRole('button', { name: '暂停' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('暂停');
    await page.keyboard.press('Escape');
    await bar(page).waitFor({ state: 'detached' });
    expect((await calls(page)).at(-1)).toEqual({ call: 'cancel' });
    await page.context().close();
  });
});

test('朗读本段 in a paragraph’s tools reads that paragraph only', async () => {
  const page = await openObserved(SPEECH);
  await page.locator('#p-6 a.para-num').click();
  await page.locator('.para-tools').getByRole('button', { name: '朗读本段' }).click();
  await readToEnd(page);
  const said = await spoken(page);
  const text = (await blocksOf(page)).find((block) => block.id === 'p-6')!.text;
  expect(byBlock(said)).toEqual([{ id: 'p-6', pieces: expect.any(Array) }]);
  expect(said.map((call) => call.text).join('')).toBe(text);
  expect(said.length).toBeGreaterThan(1);
  expect(said.every((call) => call.lang === 'zh-CN')).toBe(true);
  await page.context().close();
});

test('a case page reads its section headings, paragraphs and list items', async () => {
  const page = await openObserved(CASE);
  const blocks = await blocksOf(page);
  await page.getByRole('button', { name: '朗读全文' }).click();
  await readToEnd(page);
  const said = await spoken(page);
  expect(said.map((call) => call.text).join('')).toBe(blocks.map((block) => block.text).join(''));
  expect(said[0]!.text).toBe('背景');
  expect(blocks.some((block) => !block.id)).toBe(true);
  await page.context().close();
});

describe('where the voices are listed a moment after they are asked for', () => {
  test('the reading waits for them and then reads in the zh-CN voice', async () => {
    const page = await openObserved(CASE, observeSpeech(ZH_CN, 10, false, 1000));
    await page.getByRole('button', { name: '朗读全文' }).click();
    await readToEnd(page);
    expect(new Set((await spoken(page)).map((call) => call.voice))).toEqual(new Set(['zh-CN']));
    await page.context().close();
  });

  test('停止 pressed while they are awaited means nothing is read', async () => {
    const page = await openObserved(CASE, observeSpeech(ZH_CN, 10, false, 1000));
    await page.getByRole('button', { name: '朗读全文' }).click();
    await bar(page).getByRole('status').getByText('正在准备朗读……').waitFor();
    await bar(page).getByRole('button', { name: '停止' }).click();
    await bar(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(2000);
    expect(await spoken(page)).toEqual([]);
    await page.context().close();
  });
});

describe.each([
  {
    device: 'has only an English voice',
    setup: observeSpeech([{ lang: 'en-US', name: 'English' }]),
  },
  { device: 'has no voice at all', setup: observeSpeech([]) },
  { device: 'has no speech synthesis', setup: observeSpeech([], 10, true) },
])('where the device $device', ({ setup }) => {
  test('says it cannot read Chinese aloud and never speaks', async () => {
    const page = await openObserved(SPEECH, setup);
    await page.getByRole('button', { name: '朗读全文' }).click();
    await bar(page).getByRole('status').getByText(NO_VOICE).waitFor();
    expect(await spoken(page)).toEqual([]);
    expect(await page.locator('.reading-now').count()).toBe(0);
    await bar(page).getByRole('button', { name: '关闭' }).click();
    await bar(page).waitFor({ state: 'detached' });
    await page.context().close();
  });
});

test('while reading, the page passes axe and every text contrasts in every display mode; the bar is not printed', async () => {
  const page = await openObserved(SPEECH, observeSpeech(ZH_CN, 60_000));
  const check = async () => {
    const found: Record<string, string[]> = {};
    for (const mode of DISPLAY_MODES) {
      await mode.apply(page);
      found[mode.name] = [...(await axeViolations(page)), ...(await lowContrastText(page))];
    }
    return found;
  };
  const none = Object.fromEntries(DISPLAY_MODES.map((mode) => [mode.name, []]));
  await page.getByRole('button', { name: '朗读全文' }).click();
  await page.locator('#p-1.reading-now').waitFor();
  expect(await check()).toEqual(none);
  // A paragraph read from its tools is also the page's target, with its number shown as such.
  await page.locator('#p-3 a.para-num').click();
  await page.locator('.para-tools').getByRole('button', { name: '朗读本段' }).click();
  await page.locator('#p-3.reading-now:target').waitFor();
  expect(await check()).toEqual(none);
  await page.emulateMedia({ media: 'print' });
  expect(await bar(page).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: '朗读全文' }).isVisible()).toBe(false);
  await page.context().close();
});

test('without scripts there is no 朗读全文 button to press', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.server.url + SPEECH);
  expect(await page.locator('[data-read-aloud]').count()).toBe(1);
  expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
  await context.close();
});

test('nothing was requested from another host', () => {
  expect(session.foreignRequests).toEqual([]);
});
