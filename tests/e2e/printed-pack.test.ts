import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { readContent } from '../helpers/content-files.ts';
import { readPage } from '../helpers/dist.ts';
import { readQr } from '../helpers/read-qr.ts';
import { axeViolations } from '../helpers/axe.ts';
import { DISPLAY_MODES } from '../helpers/display-modes.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { encodePack, PACK_VERSION, type Pack } from '../../src/client/pack/state.ts';
import { encodeShareLink } from '../../src/client/pack/share-link.ts';
import { PACK_QR_MM } from '../../src/client/pack/pack-qr.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASES = {
  alliance: '/cases/quyuhua-dangjian-lianmeng/',
  grid: '/cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/',
  policing: '/cases/dangjian-zhihui-jingwu/',
};
const QUESTION = '本社区的“大事共议”靠什么制度落地？';
/** The 研讨题 the grid case brings along when it is added. */
const GRID_QUESTIONS = readContent(join(ROOT, 'content')).find(
  (file) => file.collection === 'cases' && `/cases/${file.id}/` === CASES.grid,
)!.data.questions as string[];
/** Every word the pack page's controls show: none of them belongs on paper. */
const CONTROL_WORDS = [
  '上移',
  '下移',
  '删除',
  '添加研讨题',
  '新研讨题',
  '学习单标题',
  '复制分享链接',
  '打印讲义',
  '下载 Word',
  '清空',
  '讲义中收入案例正文',
  '不勾选时只收摘要',
];

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

const itemTitles = (page: Page) => page.locator('course-pack .pack-items > li > a').allInnerTexts();
const questions = (page: Page) =>
  page.locator('course-pack #pack-questions + ol > li').allInnerTexts();
/** Waits until everything read from the items' pages is in (texts, citations, sections, the QR code). */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const filled = (selector: string) =>
      [...document.querySelectorAll(selector)].every(
        (node) => node.textContent && node.textContent !== '正在载入原文…',
      );
    return (
      filled('course-pack .pack-text') &&
      filled('course-pack .pack-cite') &&
      document.querySelector('course-pack .pack-code-note')
    );
  });

function pdfText(pdf: Buffer, first = 1, last = 99): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pack-pdf-'));
  writeFileSync(join(dir, 'pack.pdf'), pdf);
  return execFileSync(
    'pdftotext',
    ['-f', String(first), '-l', String(last), join(dir, 'pack.pdf'), '-'],
    {
      encoding: 'utf8',
    },
  );
}

/**
 * Makes PDF text and expected text comparable. The test machine has no Chinese font:
 * Chromium draws Chinese as the missing glyph and pdftotext reads it back by the PDF's
 * ToUnicode map, which loses the first character of each font used (学 in the regular
 * face, 用 in the bold one, say). Those characters, never read back though printed,
 * are left out of both sides, as are spaces and line breaks.
 */
function comparable(pdf: string, printed: string): (text: string) => string {
  const read = new Set(pdf);
  const lost = new Set(
    [...printed].filter((char) => /\p{Script=Han}/u.test(char) && !read.has(char)),
  );
  expect(lost.size, [...lost].join('')).toBeLessThanOrEqual(3);
  return (text) => [...text].filter((char) => !lost.has(char) && !/\s/.test(char)).join('');
}

/** The PDF's page rendered at 150 dpi, as a printer's page seen by a phone camera. */
function pdfPage(pdf: Buffer, number: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pack-png-'));
  writeFileSync(join(dir, 'pack.pdf'), pdf);
  execFileSync('pdftoppm', [
    '-r',
    '150',
    '-png',
    '-f',
    String(number),
    '-l',
    String(number),
    join(dir, 'pack.pdf'),
    join(dir, 'page'),
  ]);
  const name = execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .find((file) => file.startsWith('page') && file.endsWith('.png'))!;
  return readFileSync(join(dir, name));
}

/** Adds a paragraph from its tools, or a whole case from its footer, as a trainer does. */
async function addParagraph(page: Page, anchor: string, count: number) {
  await page.locator(`#${anchor} a.para-num`).click();
  await page.locator('.para-tools').getByRole('button', { name: '加入学习单' }).click();
  await page.locator('[data-pack-count]', { hasText: `（${count}）` }).waitFor();
}
async function addCase(page: Page, path: string, count: number) {
  await page.goto(session.server.url + path);
  await page.getByRole('button', { name: '加入学习单' }).click();
  await page.locator('[data-pack-count]', { hasText: `（${count}）` }).waitFor();
}

describe('the printed 学习单 of five items', () => {
  let page: Page;
  let pdf: Buffer;
  let shared: string;
  let links: { v1: number; v2: number };
  /** The printed text, and what makes expected text comparable with it (see comparable). */
  let printed: string;
  let same: (text: string) => string;

  beforeAll(async () => {
    page = await session.open(SPEECH, {
      viewport: { width: 1280, height: 800 },
      setup: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    await addParagraph(page, 'p-14', 1);
    await addParagraph(page, 'p-6', 2);
    await addCase(page, CASES.alliance, 3);
    await addCase(page, CASES.grid, 4);
    await addCase(page, CASES.policing, 5);
    await page.goto(`${session.server.url}/pack/`);
    await page.getByLabel('新研讨题').fill(QUESTION);
    await page.getByRole('button', { name: '添加研讨题' }).click();
    // What the version 1 link of this pack was: the pack as this browser keeps it, every title spelled out.
    const v1 = await page.evaluate(
      () => `${location.origin}/pack/#${localStorage.getItem('kb-pack')}`,
    );
    // The trainer brings in the first case's 做法 and 经验启示, beside its summary.
    const chooser = page.locator('course-pack .pack-items > li').nth(2).locator('fieldset');
    await chooser.getByRole('checkbox', { name: '做法' }).check();
    await page
      .locator('course-pack .pack-items > li')
      .nth(2)
      .getByRole('checkbox', { name: '经验启示' })
      .check();
    await settled(page);
    await page.getByRole('button', { name: '复制分享链接' }).click();
    await page.locator('course-pack [role="status"]', { hasText: '已复制分享链接' }).waitFor();
    shared = await page.evaluate(() => navigator.clipboard.readText());
    links = { v1: v1.length, v2: shared.length };
    console.info(
      `学习单 share link, five items: version 1 ${links.v1}, version 2 ${links.v2} characters`,
    );
    await page.emulateMedia({ media: 'print' });
    pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    printed = pdfText(pdf);
    same = comparable(printed, await page.locator('main').innerText());
    printed = same(printed);
  });
  afterAll(async () => page?.context().close());

  test('travels in a share link a fraction of the old one, short enough for the printed code', () => {
    expect(shared).toMatch(new RegExp(`^${session.server.url}/pack/#2[dj][A-Za-z0-9_-]+$`));
    expect(links.v1).toBeGreaterThan(1500);
    expect(links.v2).toBeLessThan(links.v1 / 2.5);
  });

  test('prints a QR code that opens this very pack on another phone, with no storage of its own', async () => {
    const holder = same(pdfText(pdf, 1, 1));
    expect(holder).toContain(same('用手机扫码，打开这份学习单（5 项学习材料、3 道研讨题）'));
    const { version, side } = await page.evaluate(() => {
      const image = document.querySelector<HTMLElement>('.pack-code-image')!;
      return {
        version: Number(image.dataset.version),
        side: image.querySelector('svg')!.getBoundingClientRect().width,
      };
    });
    // 96 CSS pixels an inch: the printed side in millimetres.
    expect(Math.round((side / 96) * 25.4)).toBe(PACK_QR_MM);
    console.info(
      `学习单 QR code: version ${version}, ${version * 4 + 17} modules, ${PACK_QR_MM} mm printed`,
    );
    const decoded = await readQr(pdfPage(pdf, 1), 1240);
    expect(decoded).toBe(shared);

    const other = await session.open(new URL(decoded!).pathname + new URL(decoded!).hash, {
      viewport: { width: 390, height: 844 },
    });
    expect(await other.evaluate(() => localStorage.length)).toBe(0);
    await other.locator('course-pack .pack-items').waitFor();
    expect(await itemTitles(other)).toEqual(await itemTitles(page));
    expect(await questions(other)).toEqual([...GRID_QUESTIONS, QUESTION]);
    // The chosen sections come along: only which ones travel, their text is read from the case page.
    await expect
      .poll(() => other.locator('course-pack .pack-sections h4').allInnerTexts())
      .toEqual(['做法', '经验启示']);
    await other.context().close();
  });

  test('shows no control of the screen on paper', async () => {
    const printed = pdfText(pdf);
    // The same words are read from the screen's version, so their absence on paper is not a reading failure.
    await page.emulateMedia({ media: 'screen' });
    const onScreen = pdfText(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'print' });
    for (const word of CONTROL_WORDS) {
      expect(onScreen, word).toContain(word);
      expect(printed, word).not.toContain(word);
    }
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('main button, main input, main select, main textarea')]
        .filter((control) => control.getClientRects().length > 0)
        .map((control) => control.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
  });

  test('writes each item’s full address out in the ink of the text, and its citation as 复制引用 gives it', async () => {
    const addresses = [
      `${SPEECH}#p-14`,
      `${SPEECH}#p-6`,
      CASES.alliance,
      CASES.grid,
      CASES.policing,
    ].map((path) => `${session.server.url}${path}`);
    for (const address of addresses) expect(printed).toContain(same(`地址：${address}`));
    expect(printed).not.toMatch(/（\/(speeches|cases)\//);
    const look = await page.evaluate(() =>
      [...document.querySelectorAll('.pack-items > li')].map((item) => {
        const style = (selector: string) => {
          const node = item.querySelector(selector)!;
          const { color, fontWeight, display } = getComputedStyle(node);
          return { color, fontWeight, display };
        };
        return { heading: style('a').color, address: style('.pack-address') };
      }),
    );
    expect(look).toEqual(
      addresses.map(() => ({
        heading: 'rgb(0, 0, 0)',
        address: { color: 'rgb(0, 0, 0)', fontWeight: '400', display: 'block' },
      })),
    );
    const citations = await page.locator('course-pack .pack-cite').allInnerTexts();
    const speech = readPage(SITE_DIST, SPEECH);
    const speechTitle = speech
      .querySelector('article[data-cite-title]')!
      .getAttribute('data-cite-title');
    const place = speech.querySelector('#p-14')!.getAttribute('data-cite');
    expect(citations[0]).toMatch(
      new RegExp(`^引用：《${speechTitle}》.*${place!.replace(/[()（）]/g, '.')}`),
    );
    expect(citations[2]).toMatch(/^引用：.*区域化党建联盟与联席会商\[EB\/OL\]/);
    for (const citation of citations)
      expect(printed).toContain(same(citation.replace(/^引用：/, '')));
  });

  test('prints a case’s chosen sections, from the text its page shows', () => {
    const body = readPage(SITE_DIST, CASES.alliance).querySelector('.prose')!;
    const practice = body.querySelector('#p-2')!.text.replace(/^2/, '');
    const lesson = body.querySelectorAll('li')[0]!.text;
    const background = body.querySelector('#p-1')!.text.replace(/^1/, '');
    expect(printed).toContain(same(practice));
    expect(printed).toContain(same(lesson));
    // Not chosen, not printed.
    expect(printed).not.toContain(same(background));
  });

  test('has no WCAG 2.2 AA violation in any display mode, as the trainer’s own pack and as a shared one', async () => {
    await page.emulateMedia({ media: 'screen' });
    const found: Record<string, string[]> = {};
    const other = await session.open(new URL(shared).pathname + new URL(shared).hash);
    await other.locator('course-pack .pack-items').waitFor();
    await settled(other);
    for (const [name, on] of [
      ['own', page],
      ['shared', other],
    ] as const)
      for (const mode of DISPLAY_MODES) {
        await mode.apply(on);
        found[`${name} ${mode.name}`] = await axeViolations(on);
      }
    await other.context().close();
    expect(Object.values(found).flat()).toEqual([]);
  });
});

describe('a 学习单 link', () => {
  const site = () => ({ origin: session.server.url, base: '/' });

  test('of version 1, made by the old encoder, opens exactly as it did: its titles, places and points as written', async () => {
    const old: Pack = {
      v: PACK_VERSION,
      title: '旧链接的学习单',
      items: [
        { url: SPEECH, anchor: 'p-14', title: '旧链接里的讲话标题', locator: '旧链接里的位置' },
        { url: CASES.grid, title: '旧链接里的案例标题', points: ['旧链接里的学习要点'] },
      ],
      questions: [QUESTION],
    };
    const page = await session.open(`/pack/#${encodePack(old)}`);
    await page.locator('course-pack .pack-items').waitFor();
    expect(await page.locator('course-pack .pack-title').innerText()).toBe('旧链接的学习单');
    expect(await itemTitles(page)).toEqual([
      '1. 旧链接里的讲话标题 旧链接里的位置',
      '2. 旧链接里的案例标题',
    ]);
    expect(await page.locator('course-pack .pack-points > li').allInnerTexts()).toEqual([
      '学习要点：旧链接里的学习要点',
    ]);
    expect(await questions(page)).toEqual([QUESTION]);
    await page.context().close();
  });

  test('naming a page or paragraph the site no longer has keeps the item, shown with what the link says, and marked', async () => {
    const link = await encodeShareLink(
      {
        v: PACK_VERSION,
        title: '学习单',
        items: [
          { url: '/cases/yi-shan-chu-de-anli/', title: '' },
          { url: SPEECH, anchor: 'p-999', title: '' },
          { url: CASES.alliance, title: '' },
        ],
        questions: [],
      },
      site(),
    );
    const page = await session.open(`/pack/#${link}`);
    await page.locator('course-pack .pack-items').waitFor();
    const speechTitle = readPage(SITE_DIST, SPEECH)
      .querySelector('article[data-cite-title]')!
      .getAttribute('data-cite-title');
    expect(await itemTitles(page)).toEqual([
      '1. /cases/yi-shan-chu-de-anli/',
      `2. ${speechTitle}`,
      '3. 区域化党建联盟与联席会商',
    ]);
    const marks = page.locator('course-pack .pack-missing');
    await expect
      .poll(() => marks.evaluateAll((nodes) => nodes.map((node) => !(node as HTMLElement).hidden)))
      .toEqual([true, true, false]);
    expect(await marks.first().innerText()).toBe(
      '【本站已找不到这一项】它可能已改名或删除；这里按学习单里记下的地址列出。',
    );
    await page.context().close();
  });

  test('too long for one printed code prints the code of its materials, and says so on screen and on paper', async () => {
    // Twelve questions of real, varied text (the speech's own paragraphs): Chinese that deflate cannot shrink much.
    const speech = readPage(SITE_DIST, SPEECH);
    const many = Array.from({ length: 12 }, (_, index) =>
      speech
        .querySelector(`#p-${index + 1}`)!
        .text.replace(/^\d+/, '')
        .slice(0, 120),
    );
    const link = await encodeShareLink(
      {
        v: PACK_VERSION,
        title: '学习单',
        items: [
          { url: SPEECH, anchor: 'p-14', title: '' },
          { url: CASES.grid, title: '' },
        ],
        questions: many,
      },
      site(),
    );
    expect(link.length).toBeGreaterThan(1000);
    const page = await session.open(`/pack/#${link}`);
    const image = page.locator('.pack-code-image svg');
    await image.waitFor();
    expect(await page.locator('.pack-code-note').innerText()).toContain(
      '研讨题较多，一个二维码装不下整份学习单：扫码打开的只有这 2 项学习材料，研讨题只印在纸上。',
    );
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pack-code-note').innerText()).toBe(
      '用手机扫码，打开这份学习单的 2 项学习材料，可以点开每项的原文。研讨题较多，二维码装不下，请看本页。',
    );
    const decoded = await readQr(await image.screenshot());
    const other = await session.open(new URL(decoded!).pathname + new URL(decoded!).hash);
    await other.locator('course-pack .pack-items').waitFor();
    expect(await itemTitles(other)).toEqual(await itemTitles(page));
    expect(await questions(other)).toEqual([]);
    await other.context().close();
    await page.context().close();
  });
});
