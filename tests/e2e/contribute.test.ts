import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy.ts';
import { readPage } from '../helpers/dist.ts';
import { axeViolations, lowContrastText } from '../helpers/axe.ts';
import { DISPLAY_MODES } from '../helpers/display-modes.ts';
import { runChecks } from '../../src/checks/index.ts';
import { slugFromTitle } from '../../src/common/slug.ts';
import {
  SPEECH_DOCUMENT,
  docxOf,
  fileNameOf,
  outputOf,
  pasteInto,
  type DocBlock,
} from '../helpers/contribute.ts';

const SPEECH = 'shequ-zhili-dangjian-tuijinhui-2022';
const WORD_CASE = readFileSync(join(ROOT, 'tests/fixtures/contribute/word-case.html'), 'utf8');

let session: SiteSession;
/** Content-Security-Policy violations any page of this file reported, converting, pasting and handing over included. */
const violations: string[] = [];
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** The 投稿 page with a fresh profile, its clipboard allowed, and the forge host answered locally (it is no host of the site). */
async function contributePage(path = '/contribute/', { watch = true } = {}): Promise<Page> {
  return session.open(path, {
    setup: async (context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      // axe injects its own script, which the page's CSP reports; the pages axe reads are not watched.
      if (watch)
        await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
      if (watch)
        await context.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (event) =>
            (window as unknown as { reportViolation(text: string): void }).reportViolation(
              `${event.violatedDirective} ${event.blockedURI}`,
            ),
          ),
        );
      await context.route('https://git.example.org/**', (route) =>
        route.fulfill({ body: '<p>forge</p>', contentType: 'text/html' }),
      );
    },
  });
}

const docxFile = (name: string, buffer: Buffer) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  buffer,
});

/** Fills a speech's fields and imports its body from a Word file. */
async function speechFromWord(page: Page, document: DocBlock[]) {
  await page.check('input[name="type"][value="speeches"]');
  await page.fill('#f-speeches-title', '在全市社区工作推进会上的讲话（测试）');
  await page.fill('#f-speeches-summary', '部署社区工作的测试讲话。');
  await page.fill('#f-speeches-date', '2019');
  await page.locator('[data-docx]').setInputFiles(docxFile('讲话.docx', await docxOf(document)));
  await page.locator('[data-import-status]', { hasText: '已导入' }).waitFor();
}

/** Fills a case's fields from the lists, pastes its body from Word's clipboard, ticks two paragraphs of the speech and one 只作背景. */
async function caseFromWord(page: Page) {
  await page.check('input[name="type"][value="cases"]');
  await page.fill('#f-cases-title', '社区议事会（测试）');
  await page.check('input[name="cases.kind"][value="已有做法"]');
  await page.fill('#f-cases-summary', '社区定期召开议事会,听取居民意见。');
  await page.check('input[name="cases.concepts"][value="大整合共治"]');
  await page.check('input[name="cases.level"][value="社区"]');
  await page.locator('[data-fields-of="cases"] [data-field="tags"] summary').click();
  await page.check('input[name="cases.tags.suggested"][value="网格化"]');
  await page.fill('#f-cases-tags', '议事会、居民参与');
  await page
    .locator('[data-fields-of="cases"] [data-source="title"]')
    .first()
    .fill('在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话');
  await page
    .locator('[data-fields-of="cases"] [data-field="cites"] select')
    .first()
    .selectOption(SPEECH);
  await page.locator('[data-fields-of="cases"] [data-field="cites"] input[value="p-7"]').check();
  await page.locator('[data-fields-of="cases"] [data-field="cites"] input[value="p-13"]').check();
  // 只作背景 by its label, as a reader finds it; ticking it ticks the paragraph too.
  await page
    .locator('[data-fields-of="cases"] [data-field="cites"]')
    .getByRole('checkbox', { name: '第 6 段 只作背景' })
    .check();
  await page.fill('#f-cases-points', '1. 议事会是居民参与的渠道\n2、 协商解决问题');
  await pasteInto(page, '[data-body]', WORD_CASE, '背景\n讲话指出……');
}

describe('an entry made on the 投稿 page passes the content check and builds as the document was', () => {
  let project: ProjectCopy;
  let speechName: string;
  let caseName: string;
  let speechFile: string;
  let caseFile: string;
  let check: { exitCode: number; output: string };

  beforeAll(async () => {
    const page = await contributePage();
    await speechFromWord(page, SPEECH_DOCUMENT);
    speechFile = await outputOf(page);
    speechName = await fileNameOf(page);
    await caseFromWord(page);
    caseFile = await outputOf(page);
    caseName = await fileNameOf(page);
    await page.context().close();
    project = await projectCopy('contribute');
    await project.write(`content/speeches/${speechName}.mdx`, speechFile);
    await project.write(`content/cases/${caseName}.mdx`, caseFile);
    check = project.run('check-content');
    await project.build();
  }, 240_000);

  test('the files are named as npm run new names them: the title in pinyin', () => {
    expect(speechName).toBe(slugFromTitle('在全市社区工作推进会上的讲话（测试）'));
    expect(caseName).toBe(slugFromTitle('社区议事会（测试）'));
    expect(caseName).toMatch(/^shequ-yishi-?hui$/);
  });

  test('npm run check passes both files with nothing to say about them', () => {
    expect(check.exitCode, check.output).toBe(0);
    expect(check.output).not.toContain(speechName);
    expect(check.output).not.toContain(caseName);
  });

  test('the frontmatter reads back as the fields were filled, punctuation made full-width', () => {
    const fields = (file: string) => parse(file.split('---\n')[1]!);
    expect(fields(caseFile)).toEqual({
      title: '社区议事会（测试）',
      kind: '已有做法',
      summary: '社区定期召开议事会，听取居民意见。',
      level: '社区',
      concepts: ['大整合共治'],
      tags: ['网格化', '议事会', '居民参与'],
      sources: [{ title: '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话' }],
      cites: [{ speech: SPEECH, paragraphs: ['p-7', 'p-13'], background: ['p-6'] }],
      points: ['议事会是居民参与的渠道', '协商解决问题'],
    });
  });

  test('the built speech has the document’s headings, numbered paragraphs, bold, list and table, in order', () => {
    const page = readPage(project.dist, `/speeches/${speechName}/`);
    const body = page.querySelector('.prose')!;
    const headings = body
      .querySelectorAll('h2, h3')
      .map((node) => ({ level: Number(node.tagName[1]), text: node.textContent.trim() }))
      .filter((heading) => /^[一二三四五六七八九十（]/.test(heading.text));
    expect(headings).toEqual(
      SPEECH_DOCUMENT.flatMap((block) =>
        block.kind === 'heading' ? [{ level: block.level, text: block.text }] : [],
      ),
    );
    const paragraphs = body
      .querySelectorAll('p[id^="p-"]')
      .map((node) => node.textContent.replace(/^\d+/, '').trim());
    const written = SPEECH_DOCUMENT.flatMap((block) =>
      block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : [],
    );
    // Every paragraph is numbered in order, the salutation 同志们： too, as on the real speech's page.
    expect(paragraphs).toEqual(written);
    expect(body.querySelector('strong')?.textContent).toBe('主要任务是总结经验、部署工作');
    expect(body.querySelectorAll('li').map((item) => item.textContent.trim())).toEqual([
      '服务居民群众',
      '化解矛盾纠纷',
      '凝聚各方力量',
    ]);
    expect(body.querySelectorAll('td, th').map((cell) => cell.textContent.trim())).toEqual([
      '项目',
      '情况',
      '社区服务中心',
      '已建成',
    ]);
  });

  test('the built case shows its cites, and the speech lists the case under each cited paragraph', () => {
    const page = readPage(project.dist, `/cases/${caseName}/`);
    const cited = page
      .querySelectorAll('blockquote[cite]')
      .map((quote) => quote.getAttribute('cite'));
    expect(cited).toEqual([`/speeches/${SPEECH}/#p-7`, `/speeches/${SPEECH}/#p-13`]);
    expect(page.querySelectorAll('h2').map((node) => node.textContent.trim())).toEqual(
      expect.arrayContaining(['背景', '做法', '经验启示']),
    );
    const speech = readPage(project.dist, `/speeches/${SPEECH}/`);
    for (const n of [7, 13]) {
      const related = speech.querySelector(`aside[aria-label="第${n}段的相关案例"]`);
      expect(related?.querySelector(`a[href="/cases/${caseName}/"]`), `p-${n}`).toBeTruthy();
    }
    // The paragraph ticked 只作背景: linked under the case's background label, and listed under the
    // speech's paragraph only in its folded background group, not among its 相关案例.
    const background = page.querySelector('.case-background');
    expect(background?.querySelector('h3')?.text).toBe('背景：讲话的相关段落');
    expect(background?.querySelector(`a[href="/speeches/${SPEECH}/#p-6"]`)).toBeTruthy();
    expect(cited).not.toContain(`/speeches/${SPEECH}/#p-6`);
    const related = speech.querySelector('aside[aria-label="第6段的相关案例"]');
    expect(related?.querySelector(`a[href="/cases/${caseName}/"]`) ?? null).toBeNull();
    const folded = speech.querySelector('#p-6 ~ details.background-cases');
    expect(folded?.querySelector(`a[href="/cases/${caseName}/"]`)).toBeTruthy();
  });
});

/** A short case, enough for a valid file. */
async function shortCase(page: Page, title = '社区议事会（测试）') {
  await page.check('input[name="type"][value="cases"]');
  await page.fill('#f-cases-title', title);
  await page.check('input[name="cases.kind"][value="已有做法"]');
  await page.fill('#f-cases-summary', '社区定期召开议事会，听取居民意见。');
  await page.fill('[data-body]', '## 做法\n\n社区定期召开议事会。\n');
}

/** The page, served with the repository on another forge: what REPOSITORY_FORGE sets at build time. */
async function pageOnForge(forge: string): Promise<Page> {
  return session.open('/contribute/', {
    setup: async (context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await context.route('https://git.example.org/**', (route) =>
        route.fulfill({ body: '<p>forge</p>', contentType: 'text/html' }),
      );
      await context.route(`${session.server.url}/contribute/`, async (route) => {
        const response = await route.fetch();
        // The page's data is an attribute's JSON, its quotes written &quot;.
        const html = (await response.text()).replace(
          '&quot;forge&quot;:&quot;gitlab&quot;',
          `&quot;forge&quot;:&quot;${forge}&quot;`,
        );
        await route.fulfill({ response, body: html });
      });
    },
  });
}

describe('the file is handed to the forge’s own new-file page', () => {
  test.each([
    ['gitlab', 'GitLab', '/jiceng-zhili-zhishiku/-/new/main/content/cases', 'file_name', 'content'],
    ['github', 'GitHub', '/jiceng-zhili-zhishiku/new/main/content/cases', 'filename', 'value'],
    ['gitea', 'Gitea', '/jiceng-zhili-zhishiku/_new/main/content/cases', 'filename', 'value'],
  ])(
    '%s: the link names the file and carries its content',
    async (forge, label, path, name, content) => {
      const page = await pageOnForge(forge);
      await shortCase(page);
      const file = await outputOf(page);
      const button = page.locator('[data-open-forge]');
      expect((await button.textContent())?.trim()).toBe(`在 ${label} 中新建`);
      const url = new URL((await button.getAttribute('href'))!);
      expect(url.origin + url.pathname).toBe(`https://git.example.org${path}`);
      expect(url.searchParams.get(name)).toBe(`${await fileNameOf(page)}.mdx`);
      expect(url.searchParams.get(content)).toBe(file);
      const opened = page.context().waitForEvent('page');
      await button.click();
      expect((await opened).url()).toBe(url.href);
      await expect
        .poll(() => page.locator('[data-handoff-status]').textContent())
        .toContain('文件名 shequ-yishi-hui.mdx 和内容都已填好');
      await page.context().close();
    },
  );

  test('a file too long for a URL goes by the clipboard, with the name in the link and the steps said', async () => {
    const page = await contributePage();
    await shortCase(page);
    // About 9 bytes a character once percent-encoded: 1,200 characters are past any forge's limit.
    await page.fill(
      '[data-body]',
      `## 做法\n\n${'社区定期召开议事会，听取居民意见。'.repeat(75)}\n`,
    );
    const file = await outputOf(page);
    const url = new URL((await page.locator('[data-open-forge]').getAttribute('href'))!);
    expect([...url.searchParams.keys()]).toEqual(['file_name']);
    const opened = page.context().waitForEvent('page');
    await page.locator('[data-open-forge]').click();
    expect((await opened).url()).toBe(url.href);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(file);
    const said = (await page.locator('[data-handoff-status]').textContent())!.replace(
      /\d[\d,]*/g,
      'N',
    );
    expect(said).toMatchInlineSnapshot(
      `"文件太长（网址会有 N 字节，GitLab 最多接受约 N 字节），不能放进网址。已把文件内容复制到剪贴板，并在新窗口打开了新建文件页面，文件名 shequ-yishi-hui.mdx 已填好。接下来：N. 点页面的编辑区，按 Ctrl+V（手机上长按，选“粘贴”）粘贴；N. 核对文件名；N. 填写提交说明，选择“新建合并请求”（或“创建新分支并发起合并请求”），提交。合并请求的检查通过、有人审核后，条目就会发布。"`,
    );
    await page.context().close();
  });

  test('the file can be downloaded as it is shown', async () => {
    const page = await contributePage();
    await shortCase(page);
    const file = await outputOf(page);
    const download = page.waitForEvent('download');
    await page.locator('[data-download]').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('shequ-yishi-hui.mdx');
    expect(readFileSync((await saved.path())!, 'utf8')).toBe(file);
    await page.context().close();
  });
});

describe('nothing written is lost', () => {
  test('the draft survives a reload, is exported and imported, and goes only when cleared', async () => {
    const page = await contributePage();
    await shortCase(page);
    await page.locator('[data-fields-of="cases"] [data-field="cites"] select').selectOption(SPEECH);
    await page.locator('[data-fields-of="cases"] [data-field="cites"] input[value="p-9"]').check();
    const cites = page.locator('[data-fields-of="cases"] [data-field="cites"]');
    const asBackground = (n: number) =>
      cites.getByRole('checkbox', { name: `第 ${n} 段 只作背景` });
    // Ticking 只作背景 ticks the paragraph; unticking the paragraph unticks 只作背景: one list only.
    await asBackground(10).check();
    expect(await cites.locator('input[value="p-10"]').isChecked()).toBe(true);
    await cites.locator('input[value="p-10"]').uncheck();
    expect(await asBackground(10).isChecked()).toBe(false);
    await asBackground(6).check();
    const file = await outputOf(page);
    expect(file).toContain('    paragraphs: [p-9]\n    background: [p-6]\n');
    await page.reload();
    expect(await outputOf(page)).toBe(file);
    expect(await page.inputValue('#f-cases-title')).toBe('社区议事会（测试）');
    await expect
      .poll(() => page.locator('[data-fields-of="cases"] input[value="p-9"]').isChecked())
      .toBe(true);
    await expect.poll(() => asBackground(6).isChecked()).toBe(true);
    await expect(page.locator('[data-draft-status]').textContent()).resolves.toContain('已恢复');
    const download = page.waitForEvent('download');
    await page.locator('[data-export]').click();
    const exported = (await (await download).path())!;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-clear]').click();
    expect(await page.inputValue('#f-cases-title')).toBe('');
    await page.reload();
    expect(await page.inputValue('#f-cases-title')).toBe('');
    await page.locator('[data-import-draft]').setInputFiles(exported);
    await expect.poll(() => outputOf(page)).toBe(file);
    await page.context().close();
  });

  test('switching what to add keeps each form’s fields and body', async () => {
    const page = await contributePage();
    await shortCase(page);
    const file = await outputOf(page);
    await page.check('input[name="type"][value="glossary"]');
    await page.fill('#f-glossary-title', '议事会');
    expect(await page.inputValue('[data-body]')).toBe('');
    await page.check('input[name="type"][value="cases"]');
    expect(await outputOf(page)).toBe(file);
    await page.context().close();
  });
});

describe('a file the page cannot convert is named with what to do', () => {
  const files: Array<[string, () => Promise<Buffer> | Buffer]> = [
    ['a text file named .docx', () => Buffer.from('这不是 Word 文件')],
    ['a PDF', () => Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
    ['a damaged Word file', async () => (await docxOf(SPEECH_DOCUMENT)).subarray(0, 2000)],
    ['a password-protected Word file', () => oleFile('EncryptionInfo', 'EncryptedPackage')],
    ['an old .doc', () => oleFile('WordDocument', '1Table')],
    ['a document with no text', () => docxOf([])],
    ['a scan: pictures only', () => docxOf([], { image: true })],
    [
      'a file over the size limit',
      () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(11 * 1024 * 1024)]),
    ],
  ];

  test('each message says what the file is and what to do, and nothing is imported', async () => {
    const page = await contributePage();
    await page.check('input[name="type"][value="speeches"]');
    const said: Record<string, string> = {};
    for (const [name, make] of files) {
      await page.locator('[data-import-status]').evaluate((node) => (node.textContent = ''));
      await page.locator('[data-docx]').setInputFiles(docxFile('文件.docx', await make()));
      await expect
        .poll(() => page.locator('[data-import-status]').textContent())
        .not.toMatch(/^$|正在转换/);
      said[name] = (await page.locator('[data-import-status]').textContent())!;
    }
    expect(await page.inputValue('[data-body]')).toBe('');
    expect(said).toMatchInlineSnapshot(`
      {
        "a PDF": "这是 PDF 文件。这里只收 Word 文件（.docx）：请打开 PDF，全选、复制文字，粘贴到下面的文字框里；或者用 Word、WPS 打开这个 PDF，另存为 .docx 再拖进来。",
        "a damaged Word file": "这个 Word 文件打不开，可能已经损坏，或者没有下载完整。请用 Word 或 WPS 打开它试试：能打开的，另存一份新的 .docx 再拖进来；打不开的，请向发文件的人重新要一份。",
        "a document with no text": "这个 Word 文件里没有文字。请确认选对了文件；如果文字在页眉、页脚或批注里，请打开文件把它们复制出来，粘贴到下面的文字框里。",
        "a file over the size limit": "这个文件有 11 MB，超过了这里能处理的 10 MB（在手机上太大的文件会让网页卡住）。多半是文件里的图片太大：请在 Word 或 WPS 里删掉图片、另存一份再拖进来（图片本来也不会转过来），也可以打开原文件，全选、复制，粘贴到下面的文字框里。",
        "a password-protected Word file": "这个 Word 文件设了打开密码，这里读不了。请在 Word 里打开它（要输入密码），点“文件 → 信息 → 保护文档 → 用密码进行加密”，把密码框清空，点“确定”并保存；WPS 里是“文件 → 文档加密 → 密码加密”，清空打开密码后保存。然后把文件重新拖到这里。",
        "a scan: pictures only": "这个 Word 文件里只有 1 张图片，没有文字，多半是扫描件或截图。图片里的字这里认不出来：请先用文字识别（OCR）把图片转成文字，核对无误后粘贴到下面的文字框里。",
        "a text file named .docx": "这个文件不是 Word 文档（.docx），这里读不了。是 Word 或 WPS 能打开的文件，就打开它另存为 .docx：在 Word 里点“文件 → 另存为”，保存类型选“Word 文档（*.docx）”；在 WPS 里点“文件 → 另存为”，选“Word 文件（*.docx）”。再把新存的 .docx 文件拖到这里。也可以打开原文件，全选、复制，粘贴到下面的文字框里。",
        "an old .doc": "这是旧版 Word（.doc）或 WPS（.wps）格式的文件，这里只能读 .docx 格式。请用 Word 或 WPS 打开它另存为 .docx：在 Word 里点“文件 → 另存为”，保存类型选“Word 文档（*.docx）”；在 WPS 里点“文件 → 另存为”，选“Word 文件（*.docx）”。再把新存的 .docx 文件拖到这里。",
      }
    `);
    await page.context().close();
  });

  test('pictures in a document are left out with a note on how to add one', async () => {
    const page = await contributePage();
    await page.check('input[name="type"][value="speeches"]');
    await page
      .locator('[data-docx]')
      .setInputFiles(docxFile('讲话.docx', await docxOf(SPEECH_DOCUMENT, { image: true })));
    await page.locator('[data-import-status]', { hasText: '已导入' }).waitFor();
    expect(await page.locator('[data-import-status]').textContent()).toContain('图片');
    await page.context().close();
  });
});

/** An OLE compound file as far as a reader of its directory sees it: the signature, then stream names in UTF-16. */
function oleFile(...streams: string[]): Buffer {
  const bytes = Buffer.alloc(512 + 128 * (streams.length + 1));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  ['Root Entry', ...streams].forEach((name, index) =>
    bytes.write(name, 512 + 128 * index, 'utf16le'),
  );
  return bytes;
}

test('the converter is fetched only when a Word file is chosen', async () => {
  const start = session.served.length;
  const page = await contributePage();
  await shortCase(page);
  await outputOf(page);
  const converter = () => session.served.slice(start).filter(isConverter);
  const before = converter().length;
  await page.check('input[name="type"][value="speeches"]');
  await page
    .locator('[data-docx]')
    .setInputFiles(docxFile('讲话.docx', await docxOf(SPEECH_DOCUMENT)));
  await page.locator('[data-import-status]', { hasText: '已导入' }).waitFor();
  expect(before).toBe(0);
  expect(converter().length).toBeGreaterThan(0);
  await page.context().close();
});

/** Whether a served file is the Word converter's chunk: mammoth, known by a message only its style-map reader has. */
function isConverter(path: string): boolean {
  if (!path.endsWith('.js')) return false;
  try {
    return readFileSync(join(SITE_DIST, path), 'utf8').includes(
      'Did not understand this style mapping',
    );
  } catch {
    return false;
  }
}

/** A finding as words: its rule, what is wrong and how to fix it. */
interface Said {
  rule: string;
  message: string;
  fix?: string;
}

/** What the page lists, read from the screen as an editor reads it. */
async function saidOnPage(page: Page): Promise<Said[]> {
  await page.waitForTimeout(400);
  await page.locator('[data-findings] li, [data-findings] p').first().waitFor();
  const items = await page
    .locator('[data-findings] li')
    .evaluateAll((nodes) =>
      nodes.map((node) => [...node.querySelectorAll('p')].map((p) => p.textContent ?? '')),
    );
  return items.map(([head = '', fix]) => {
    const [, rule = '', message = ''] = /^(?:错误|提醒) \[\S+ ([a-z-]+)\] (.*)$/s.exec(head) ?? [];
    return { rule, message, ...(fix ? { fix: fix.replace(/^改法：/, '') } : {}) };
  });
}

describe('the page and npm run check say the same words about the same mistake', () => {
  const long = '社区定期召开议事会，听取居民意见。'.repeat(60);
  const mistakes: Array<[string, (page: Page) => Promise<void>]> = [
    [
      'a summary over its limit',
      async (page) => {
        await shortCase(page, '摘要太长的案例');
        await page.fill('#f-cases-summary', long);
      },
    ],
    [
      'a date written the Chinese way and an address without http',
      async (page) => {
        await shortCase(page, '日期写错的案例');
        await page.fill('#f-cases-date', '2019年5月');
        const row = page
          .locator('[data-fields-of="cases"] [data-field="sources"] [data-rows] > div')
          .first();
        await row.locator('[data-source="title"]').fill('某文件');
        await row.locator('[data-source="url"]').fill('www.example.org/wenjian');
      },
    ],
    [
      'a half-width full stop after Chinese, and a control character pasted in',
      async (page) => {
        await shortCase(page, '标点没改的案例');
        await page.fill('#f-cases-summary', '社区定期召开议事会.听取居民意见.');
        await page.fill('#f-cases-region', 'X市\u0007');
      },
    ],
    [
      'a required choice left out',
      async (page) => {
        await shortCase(page, '没写性质的案例');
        await page
          .locator('input[name="cases.kind"]:checked')
          .evaluate((input: HTMLInputElement) => {
            input.checked = false;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          });
      },
    ],
    [
      'a file name that cannot be an address',
      async (page) => {
        await shortCase(page, '文件名写错的案例');
        await page.fill('[data-file-name]', 'Wenjian_Ming');
      },
    ],
    [
      'a speech numbered 一、 then 三、',
      async (page) => {
        await page.check('input[name="type"][value="speeches"]');
        await page.fill('#f-speeches-title', '编号跳了的讲话');
        await page.fill('#f-speeches-summary', '测试。');
        await page.fill('#f-speeches-date', '约2019');
        await page.fill('[data-body]', '## 一、第一部分\n\n正文。\n\n## 三、第三部分\n\n正文。\n');
      },
    ],
    [
      'a quotation that is not the speech’s words',
      async (page) => {
        await shortCase(page, '引文不对的案例');
        await page.fill(
          '[data-body]',
          `## 做法\n\n<SpeechQuote speech="${SPEECH}" at="p-13">社区应整合公安、业委会、物业公司等部门的党员骨干。</SpeechQuote>\n`,
        );
      },
    ],
  ];

  let onPage: Record<string, Said[]>;
  let byCheck: Record<string, Said[]>;

  beforeAll(async () => {
    const project = await projectCopy('contribute-mistakes');
    onPage = {};
    const files: Record<string, string> = {};
    for (const [name, make] of mistakes) {
      const page = await contributePage();
      await make(page);
      const file = await outputOf(page);
      onPage[name] = await saidOnPage(page);
      const collection = (await page.locator('input[name="type"]:checked').inputValue()) as string;
      files[name] = `content/${collection}/${await page.inputValue('[data-file-name]')}.mdx`;
      await project.write(files[name], file);
      await page.context().close();
    }
    const findings = await runChecks(project.root);
    byCheck = Object.fromEntries(
      Object.entries(files).map(([name, file]) => [
        name,
        findings
          .filter((finding) => finding.file === file)
          .map(({ rule, message, fix }) => ({ rule, message, ...(fix ? { fix } : {}) })),
      ]),
    );
  }, 120_000);

  test.each(mistakes.map(([name]) => name))('%s', (name) => {
    expect(onPage[name]!.length, JSON.stringify(onPage[name])).toBeGreaterThan(0);
    // Every word the page says, the check says; the check says nothing more of the rules the page knows.
    const rules = new Set(onPage[name]!.map((said) => said.rule));
    const sorted = (said: Said[]) => said.map((item) => JSON.stringify(item)).sort();
    expect(sorted(byCheck[name]!.filter((said) => rules.has(said.rule)))).toEqual(
      sorted(onPage[name]!),
    );
  });
});

describe('the page as editors meet it', () => {
  test('现在检查 takes the editor to the findings; Enter in a field keeps them in it', async () => {
    const page = await contributePage();
    await shortCase(page);
    await page.fill('#f-cases-summary', '');
    await page.locator('#f-cases-region').press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-cases-region');
    await page.getByRole('button', { name: '现在检查' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('contribute-check');
    expect(await page.locator('[data-findings] li').first().textContent()).toContain(
      'summary（摘要）',
    );
    await page.context().close();
  });

  test('the case list’s 投稿 link opens the case form', async () => {
    const page = await contributePage('/cases/');
    await page.getByRole('link', { name: '投稿：新增案例' }).click();
    await page.locator('#f-cases-title').waitFor();
    expect(await page.locator('input[name="type"][value="cases"]').isChecked()).toBe(true);
    expect(await page.locator('[data-fields-of="speeches"]').isHidden()).toBe(true);
    await page.context().close();
  });

  test('filled in, with findings, a preview and a quotation, it passes axe and keeps its contrast in every display mode', async () => {
    const page = await contributePage('/contribute/', { watch: false });
    await caseFromWord(page);
    await page.fill('#f-cases-summary', '');
    await page
      .locator('[data-fields-of="cases"] [data-field="cites"] button', { hasText: '引用原文' })
      .first()
      .click();
    await page.locator('[data-findings] li').first().waitFor();
    await page.locator('[data-preview] figure').waitFor();
    const found: Record<string, string[]> = {};
    for (const mode of DISPLAY_MODES) {
      await mode.apply(page);
      found[mode.name] = [...(await axeViolations(page)), ...(await lowContrastText(page))];
    }
    expect(found).toEqual(Object.fromEntries(DISPLAY_MODES.map((mode) => [mode.name, []])));
    await page.context().close();
  });

  test('nothing it does requests another host or breaks the Content-Security-Policy', () => {
    expect(session.foreignRequests).toEqual([]);
    expect([...new Set(violations)]).toEqual([]);
  });
});
