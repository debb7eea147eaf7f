import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { readDocx } from '../helpers/docx.ts';
import { validateOoxml } from '../helpers/ooxml.ts';
import { readQr } from '../helpers/read-qr.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE_ID = 'wanggehua-fuwu-zhongxin-dangjian-xinxihua';
const CASE = `/cases/${CASE_ID}/`;
const QUESTION = '本社区的“大事共议”靠什么制度落地？';
const caseData = readContent(join(ROOT, 'content')).find(
  (file) => file.collection === 'cases' && file.id === CASE_ID,
)!.data;

/** A case section's paragraphs and list items as its page shows them, read from the built page. */
function sectionText(path: string, id: string): string[] {
  const body = readPage(SITE_DIST, path).querySelector('.prose')!;
  const texts: string[] = [];
  let inside = false;
  for (const node of body.children) {
    if (node.tagName === 'H2') inside = node.id === id;
    else if (inside && !node.hasAttribute('popover')) {
      for (const number of node.querySelectorAll('.para-num')) number.remove();
      if (node.tagName === 'UL')
        texts.push(...node.querySelectorAll('li').map((li) => `· ${li.text.trim()}`));
      else texts.push(node.text.trim());
    }
  }
  expect(texts.length).toBeGreaterThan(0);
  return texts;
}

let session: SiteSession;
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** Whether a served file is (part of) the library that writes .docx files. */
const isWordCode = (path: string) =>
  path.endsWith('.js') &&
  readFileSync(join(SITE_DIST, path), 'utf8').includes('wordprocessingml.document');

/** Validates a package with the Open XML SDK's validator, as Word's own checks do. */
async function validate(file: Uint8Array) {
  const path = join(mkdtempSync(join(tmpdir(), 'kb-docx-')), 'handout.docx');
  writeFileSync(path, file);
  return validateOoxml(path);
}

describe('下载 Word on the 学习单', () => {
  let page: Page;
  let file: Uint8Array;
  let fileName: string;
  let status: string;
  const loaded = { before: true, onPress: false };
  let expected: { citations: string[]; urls: string[]; texts: string[]; made: string };

  beforeAll(async () => {
    // A trainer gathers a speech paragraph and a case with teaching notes, copying each citation as they go.
    page = await session.open(SPEECH, {
      setup: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    await page.locator('#p-14 a.para-num').click();
    await page.locator('.para-tools').getByRole('button', { name: '复制引用' }).click();
    await page.locator('.para-tools [role="status"]', { hasText: '已复制引用' }).waitFor();
    const paragraphCitation = await clipboard(page);
    await page.locator('.para-tools').getByRole('button', { name: '加入学习单' }).click();
    // Leaving the page before the tools have added it would cancel the add.
    await page.locator('[data-pack-count]', { hasText: '（1）' }).waitFor();
    await page.goto(session.server.url + CASE);
    await page.getByRole('button', { name: '复制参考文献' }).click();
    await page.getByText('已复制参考文献。').waitFor();
    const pageReference = await clipboard(page);
    await page.getByRole('button', { name: '加入学习单' }).click();
    await page.locator('[data-pack-count]', { hasText: '（2）' }).waitFor();
    await page.goto(`${session.server.url}/pack/`);
    // The case comes with its 背景, beside its summary.
    await page.getByRole('checkbox', { name: '背景' }).check();
    await page.locator('course-pack .pack-sections h4', { hasText: '背景' }).waitFor();
    await page.getByLabel('新研讨题').fill(QUESTION);
    await page.getByRole('button', { name: '添加研讨题' }).click();
    await page.waitForFunction(() => {
      const texts = [...document.querySelectorAll('course-pack .pack-text')];
      return texts.length === 2 && texts.every((text) => text.textContent !== '正在载入原文…');
    });
    expected = {
      citations: [paragraphCitation, pageReference],
      urls: [`${session.server.url}${SPEECH}#p-14`, `${session.server.url}${CASE}`],
      texts: await page.locator('course-pack .pack-text').allTextContents(),
      made: await page.evaluate(() => new Date().toLocaleDateString('sv')),
    };

    const servedBefore = session.served.length;
    loaded.before = session.served.some(isWordCode);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Word 文档' }).click();
    const saved = await download;
    fileName = saved.suggestedFilename();
    file = new Uint8Array(readFileSync((await saved.path())!));
    loaded.onPress = session.served.slice(servedBefore).some(isWordCode);
    status = await page.locator('course-pack [role="status"]', { hasText: '已生成' }).innerText();
  });
  afterAll(async () => page?.context().close());

  test('is written in the browser when pressed, by code that loads only then, and says where it went', () => {
    expect(loaded).toEqual({ before: false, onPress: true });
    expect(fileName).toBe('学习单.docx');
    expect(status).toBe(
      '已生成“学习单.docx”，请在浏览器的下载列表里打开。可以用 Word 或 WPS 修改后再印发。',
    );
  });

  test('holds the title, each material in order with heading, text, points, citation and address, then the questions', () => {
    const siteTitle = readPage(SITE_DIST, '/')
      .querySelector('meta[property="og:site_name"]')!
      .getAttribute('content')!;
    const speechTitle = readPage(SITE_DIST, SPEECH)
      .querySelector('article[data-cite-title]')!
      .getAttribute('data-cite-title')!;
    const points = caseData.points as string[];
    // The case's 研讨题 came with it; the trainer's own was added after.
    const questions = [...(caseData.questions as string[]), QUESTION];
    expect(expected.texts[0]).toContain('要大力推行区域化党建联盟');
    expect(readDocx(file).paragraphs).toEqual([
      { style: 'Title', text: '学习单' },
      { text: `${siteTitle}\u3000${expected.made}` },
      { style: 'Heading1', text: '学习材料' },
      { style: 'Heading2', text: `1. ${speechTitle} 第三部分（二）第14段` },
      { text: expected.texts[0] },
      { text: `引用：${expected.citations[0]}` },
      { text: `\u3000扫码或打开：${expected.urls[0]}` },
      { style: 'Heading2', text: `2. ${caseData.title as string}` },
      { text: expected.texts[1] },
      ...points.map((point) => ({ text: `学习要点：${point}` })),
      { style: 'Heading3', text: '背景' },
      ...sectionText(CASE, 'background').map((text) => ({ text })),
      { text: `引用：${expected.citations[1]}` },
      { text: `\u3000扫码或打开：${expected.urls[1]}` },
      { style: 'Heading1', text: '研讨题' },
      ...questions.map((question, index) => ({ text: `${index + 1}. ${question}` })),
    ]);
    // The citations are what 复制引用 gave on the pages themselves.
    expect(expected.citations[0]).toMatch(/^《.+》（约2019年）第三部分（二）第14段 http/);
    expect(expected.citations[1]).toContain(`[${expected.made}]`);
  });

  test('carries each material’s QR code as an image that a phone reads as its address', async () => {
    const { images } = readDocx(file);
    expect(images).toHaveLength(2);
    for (const [index, image] of images.entries()) {
      expect([...image.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
      expect(await readQr(Buffer.from(image))).toBe(expected.urls[index]);
    }
  });

  test('names Song and Hei faces for Chinese text, spaces lines so QR codes fit, and numbers its pages', () => {
    const docx = readDocx(file);
    const styles = docx.text('word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('w:eastAsia="宋体"');
    // Proportional line spacing: with a fixed one, the line holding a QR code cuts the code off.
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="360" w:lineRule="auto"/);
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      const definition = new RegExp(`<w:style [^>]*w:styleId="${style}"[\\s\\S]*?</w:style>`).exec(
        styles,
      )![0];
      expect(definition, style).toContain('w:eastAsia="黑体"');
    }
    const footer = Object.keys(docx.parts).find((path) => /^word\/footer\d*\.xml$/.test(path))!;
    const shown = [...docx.text(footer).matchAll(/<w:(t|instrText)\b[^>]*>([^<]*)<\/w:\1>/g)].map(
      ([, kind, text]) => (kind === 't' ? text : `{${text!.trim()}}`),
    );
    expect(shown.join('')).toBe('第 {PAGE} 页\u3000共 {NUMPAGES} 页');
  });

  test('is a valid package: every part typed, every relationship resolved, and no schema errors', async () => {
    const docx = readDocx(file);
    const types = docx.text('[Content_Types].xml');
    for (const path of Object.keys(docx.parts).filter((name) => !name.endsWith('/'))) {
      const extension = path.split('.').pop()!;
      expect(
        types.includes(`PartName="/${path}"`) || types.includes(`Extension="${extension}"`),
        path,
      ).toBe(true);
    }
    for (const rels of Object.keys(docx.parts).filter((path) => path.endsWith('.rels'))) {
      const folder = rels.replace(/_rels\/[^/]*\.rels$/, '');
      for (const [tag] of docx.text(rels).matchAll(/<Relationship\b[^>]*>/g)) {
        if (tag.includes('TargetMode="External"')) continue;
        const target = / Target="([^"]+)"/.exec(tag)![1]!;
        const path = target.startsWith('/') ? target.slice(1) : folder + target;
        expect(docx.parts[path], `${rels} → ${target}`).toBeDefined();
      }
    }
    expect(await validate(file)).toMatchObject({ ok: true, errors: [] });
  });

  test('would be caught by the validator if the library ever wrote a part Word repairs', async () => {
    const docx = readDocx(file);
    const broken = docx
      .text('word/document.xml')
      .replace('<w:body>', '<w:body><w:p><w:r><w:notAnElement/></w:r></w:p>');
    const repacked = zipSync({
      ...docx.parts,
      'word/document.xml': new TextEncoder().encode(broken),
    });
    const result = await validate(repacked);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result.errors)).toContain('notAnElement');
  });
});
