import { beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { runChecks } from '../../src/checks/index.ts';
import { formatFinding, type Finding } from '../../src/checks/finding.ts';
import { readPage } from '../helpers/dist.ts';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { rawSpeechFile, SPEECH_FILE } from '../helpers/raw-speech.ts';

const SPEECH = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';

/** The speech's text as a reader gets it: every heading and paragraph, with its anchor. */
const blocks = (page: HTMLElement) =>
  page
    .querySelectorAll('.prose h2, .prose h3, .prose p')
    .map((block) => `${block.id || '-'} ${block.text.trim()}`);

describe('the speech pasted from its raw source (half-width punctuation, as the web page gives it)', () => {
  let site: FixtureSite;
  let findings: Finding[];
  beforeAll(async () => {
    site = await fixtureSite('raw-speech', join(ROOT, 'content'));
    await site.write(SPEECH_FILE, rawSpeechFile());
    findings = await runChecks(site.root);
    const result = await site.build();
    expect(result.exitCode, result.output).toBe(0);
  });

  test('passes the check with no error, and one 提醒 that counts what the site corrects', () => {
    expect(findings.map(formatFinding)).toMatchInlineSnapshot(`
      [
        "content/speeches/shequ-zhili-dangjian-tuijinhui-2022.mdx:14:4 提醒 [排版 typography] 这个文件里有 215 处排版要改正（半角标点 215 处），网站会自动改正，不用手改。第一处：把“:”改成“：”。
          改法：不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。",
      ]
    `);
  });

  test('builds into a speech page whose text equals today’s, paragraph by paragraph', () => {
    const today = readPage(SITE_DIST, SPEECH);
    const pasted = readPage(site.dist, SPEECH);
    expect(blocks(pasted)).toEqual(blocks(today));
    expect(blocks(today).length).toBeGreaterThan(40);
    expect(pasted.querySelector('.prose')!.innerHTML).toBe(
      today.querySelector('.prose')!.innerHTML,
    );
    expect(pasted.querySelector('h1')!.text).toBe(today.querySelector('h1')!.text);
  });
});
