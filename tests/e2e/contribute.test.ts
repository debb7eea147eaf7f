import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { startSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy.ts';
import { readPage } from '../helpers/dist.ts';
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
beforeAll(async () => {
  session = await startSiteSession(SITE_DIST);
});
afterAll(async () => session?.close());

/** The 投稿 page with a fresh profile, its clipboard allowed, and the forge host answered locally (it is no host of the site). */
async function contributePage(path = '/contribute/'): Promise<Page> {
  return session.open(path, {
    setup: async (context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
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

/** Fills a case's fields from the lists, pastes its body from Word's clipboard and ticks two paragraphs of the speech. */
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
      cites: [{ speech: SPEECH, paragraphs: ['p-7', 'p-13'] }],
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
      const related = speech.querySelector(`aside[aria-label="第 ${n} 段的相关案例"]`);
      expect(related?.querySelector(`a[href="/cases/${caseName}/"]`), `p-${n}`).toBeTruthy();
    }
  });
});
