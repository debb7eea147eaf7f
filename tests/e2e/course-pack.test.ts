import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { encodePack, PACK_VERSION } from '../../src/client/pack/state.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE = '/cases/quyuhua-dangjian-lianmeng/';
const CASE_TITLE = '区域化党建联盟与联席会商';
const QUESTION = '本社区的“大事共议”靠什么制度落地？';

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

const allowClipboard = (context: BrowserContext) =>
  context.grantPermissions(['clipboard-read', 'clipboard-write']);
const itemTitles = (page: Page) => page.locator('course-pack .pack-items > li > a').allInnerTexts();

/** Builds a pack the way a trainer does: a speech paragraph from its tools, a whole case from its footer, then a question. */
async function buildPack(page: Page) {
  await page.goto(session.server.url + SPEECH);
  await page.locator('#p-14 a.para-num').click();
  await page.locator('.para-tools').getByRole('button', { name: '加入学习单' }).click();
  await expect
    .poll(() => page.locator('.para-tools [role="status"]').innerText())
    .toBe('已加入学习单。');
  await page.locator('.para-tools').getByRole('button', { name: '加入学习单' }).click();
  await expect
    .poll(() => page.locator('.para-tools [role="status"]').innerText())
    .toBe('这一段已在学习单里。');
  await page.goto(session.server.url + CASE);
  await page.getByRole('button', { name: '加入学习单' }).click();
  await expect.poll(() => page.locator('[data-pack-count]').innerText()).toBe('（2）');
  await page.getByRole('link', { name: /^学习单/ }).click();
  await page.waitForURL('**/pack/');
  await page.locator('course-pack .pack-items').waitFor();
}

describe.each([
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
])('the course pack (学习单) at $name size', ({ viewport }) => {
  test('gathers paragraphs and cases, reorders them, takes questions, and travels whole in a shared link', async () => {
    const page = await session.open('/', { viewport, setup: allowClipboard });
    await buildPack(page);
    expect(await itemTitles(page)).toEqual([
      `1. 在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话 第三部分（二）第14段`,
      `2. ${CASE_TITLE}`,
    ]);
    // The paragraph's own words are shown, read from its page.
    await expect
      .poll(() => page.locator('course-pack .pack-text').first().innerText())
      .toContain('要大力推行区域化党建联盟');

    await page.getByRole('button', { name: `上移“${CASE_TITLE}”` }).click();
    expect(await itemTitles(page)).toEqual([
      `1. ${CASE_TITLE}`,
      `2. 在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话 第三部分（二）第14段`,
    ]);
    // The keyboard stays on the item that moved.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `下移“${CASE_TITLE}”`,
    );
    await page.getByLabel('新研讨题').fill(QUESTION);
    await page.getByRole('button', { name: '添加研讨题' }).click();
    expect(
      await page.locator('course-pack #pack-questions + ol > li').first().innerText(),
    ).toContain(QUESTION);

    // Kept in this browser across visits.
    await page.reload();
    await page.locator('course-pack .pack-items').waitFor();
    expect((await itemTitles(page))[0]).toBe(`1. ${CASE_TITLE}`);

    await page.getByRole('button', { name: '复制分享链接' }).click();
    await expect
      .poll(() => page.locator('course-pack [role="status"]').innerText())
      .toContain('已复制分享链接');
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toMatch(new RegExp(`^${session.server.url}/pack/#[A-Za-z0-9_-]+$`));

    // Someone else, with nothing stored, opens the link: the same handout, read-only.
    const other = await session.open(new URL(shared).pathname + new URL(shared).hash, { viewport });
    await other.locator('course-pack .pack-items').waitFor();
    expect(await itemTitles(other)).toEqual(await itemTitles(page));
    expect(await other.locator('course-pack #pack-questions + ol > li').allInnerTexts()).toEqual([
      QUESTION,
    ]);
    await expect
      .poll(() => other.locator('course-pack .pack-text').nth(1).innerText())
      .toContain('要大力推行区域化党建联盟');
    expect(await other.getByRole('button', { name: /上移|下移|删除/ }).count()).toBe(0);
    expect(await other.getByText('这是别人分享的学习单').isVisible()).toBe(true);
    // As a handout on paper: the material and questions, without the controls.
    await other.emulateMedia({ media: 'print' });
    expect(await other.getByRole('button', { name: '打印讲义' }).isVisible()).toBe(false);
    expect(await other.locator('course-pack .pack-items').isVisible()).toBe(true);
    // The printed code opens this pack itself (tests/e2e/printed-pack.test.ts reads it back from the PDF).
    expect(await other.locator('.pack-code-image svg').isVisible()).toBe(true);
    await other.context().close();
    await page.context().close();
  });
});

describe('a course pack link', () => {
  test('that was cut short opens a clear message instead of a broken page', async () => {
    const page = await session.open('/pack/#eyJ2IjoxLCJ0aXRsZSI6IuWtpu');
    expect(await page.getByRole('alert').innerText()).toBe(
      '这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。',
    );
    await page.context().close();
  });

  test('far too long for any real pack (1 MB) opens the clear message, never the pack', async () => {
    const huge = encodePack({
      v: PACK_VERSION,
      title: '学习单',
      items: Array.from({ length: 100 }, () => ({
        url: CASE,
        title: CASE_TITLE,
        points: Array.from({ length: 5 }, () => '要'.repeat(500)),
      })),
      questions: [],
    });
    expect(huge.length).toBeGreaterThan(1_000_000);
    const errors: string[] = [];
    const page = await session.open(`/pack/#${huge}`, {
      setup: async (context) => {
        context.on('weberror', (error) => errors.push(String(error.error())));
      },
    });
    expect(await page.getByRole('alert').innerText()).toBe(
      '这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。',
    );
    expect(await page.locator('course-pack a').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('crafted to lead to another host opens the clear message, never a partial pack', async () => {
    for (const url of ['//evil-host/x/', '/\\evil-host/x/', '/\t/evil-host/x/']) {
      const crafted = encodePack({
        v: PACK_VERSION,
        title: '学习单',
        items: [
          { url: '/cases/quyuhua-dangjian-lianmeng/', title: CASE_TITLE },
          { url, title: '看起来像本站的条目' },
        ],
        questions: [],
      });
      const page = await session.open(`/pack/#${crafted}`);
      expect(await page.getByRole('alert').innerText(), url).toBe(
        '学习单内容有误：条目“看起来像本站的条目”的地址不是本站页面。',
      );
      expect(await page.locator('course-pack a').count(), url).toBe(0);
      await page.context().close();
    }
  });

  test("saved as one's own asks before replacing a pack already there", async () => {
    const page = await session.open('/');
    await buildPack(page);
    await page.getByLabel('新研讨题').fill(QUESTION);
    await page.getByRole('button', { name: '添加研讨题' }).click();
    const own = await page.evaluate(
      () => location.origin + '/pack/#' + localStorage.getItem('kb-pack'),
    );
    await page.getByRole('button', { name: `从学习单删除“${CASE_TITLE}”` }).click();
    expect((await itemTitles(page)).length).toBe(1);
    await page.goto(own);
    await page.locator('course-pack .pack-items').waitFor();
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: '存为我的学习单' }).click();
    expect(dialogs).toEqual([
      '你自己的学习单里已有 1 项材料、1 道研讨题，存入后会被这份替换。继续吗？',
    ]);
    expect(await page.evaluate(() => localStorage.getItem('kb-pack-count'))).toBe('1');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '存为我的学习单' }).click();
    await page.waitForURL((url) => url.hash === '');
    expect(await page.evaluate(() => localStorage.getItem('kb-pack-count'))).toBe('2');
    expect(await page.getByRole('button', { name: /上移/ }).count()).toBe(2);
    await page.context().close();
  });
});

describe('a case’s teaching notes', () => {
  const NOTES_CASE = 'wanggehua-fuwu-zhongxin-dangjian-xinxihua';
  const entry = readContent(join(ROOT, 'content')).find(
    (file) => file.collection === 'cases' && file.id === NOTES_CASE,
  )!;
  const points = entry.data.points as string[];
  const questions = entry.data.questions as string[];

  test('show on the case page under 教学提示, and only where a case has them', () => {
    expect(points.length).toBeGreaterThan(0);
    expect(questions.length).toBeGreaterThan(0);
    const html = readPage(SITE_DIST, `/cases/${NOTES_CASE}/`);
    expect(html.querySelector('[data-teaching-notes] h2')?.text).toBe('教学提示');
    expect(html.querySelectorAll('[data-teaching-points] > li').map((li) => li.text)).toEqual(
      points,
    );
    expect(html.querySelectorAll('[data-teaching-questions] > li').map((li) => li.text)).toEqual(
      questions,
    );
    expect(readPage(SITE_DIST, CASE).querySelector('[data-teaching-notes]')).toBeNull();
  });

  test('come along into the 学习单 when the case is added, and travel in its shared link', async () => {
    const page = await session.open(`/cases/${NOTES_CASE}/`, { setup: allowClipboard });
    await page.getByRole('button', { name: '加入学习单' }).click();
    await expect
      .poll(() => page.locator('footer [role="status"]').innerText())
      .toBe(`已加入学习单，本页的 ${questions.length} 道研讨题也已加入。`);
    await page.getByRole('button', { name: '加入学习单' }).click();
    await expect
      .poll(() => page.locator('footer [role="status"]').innerText())
      .toBe('本页已在学习单里。');
    await page.goto(`${session.server.url}/pack/`);
    await page.locator('course-pack .pack-items').waitFor();
    const shown = async (on: Page) => ({
      points: await on.locator('course-pack .pack-points > li').allInnerTexts(),
      questions: await on.locator('course-pack #pack-questions + ol > li').allInnerTexts(),
    });
    const expected = {
      points: points.map((point) => `学习要点：${point}`),
      questions: questions.map((question) => expect.stringContaining(question)),
    };
    expect(await shown(page)).toEqual(expected);
    await page.getByRole('button', { name: '复制分享链接' }).click();
    await expect
      .poll(() => page.locator('course-pack [role="status"]').innerText())
      .toContain('已复制分享链接');
    const shared = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    const other = await session.open(shared.pathname + shared.hash);
    await other.locator('course-pack .pack-items').waitFor();
    expect(await shown(other)).toEqual(expected);
    await other.context().close();
    await page.context().close();
  });
});
