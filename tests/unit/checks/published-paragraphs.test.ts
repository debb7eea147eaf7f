import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkChange } from '../../helpers/check-project.ts';
import { ROOT } from '../../helpers/paths.ts';

const SPEECH = 'content/speeches/ceshi-jianghua.mdx';
const speech = () => readFile(join(ROOT, 'tests/fixtures/check/_base', SPEECH), 'utf8');

let runs = 0;

/** The report on the base speech edited by `edit`, checked against the base as published. */
async function reportOnEdit(edit: (text: string) => string, extra: Record<string, string> = {}) {
  runs += 1;
  const text = await speech();
  const edited = edit(text);
  expect(edited).not.toBe(text);
  return (await checkChange({}, { [SPEECH]: edited, ...extra }, `published-paragraphs-${runs}`))
    .report;
}

describe('a published speech paragraph keeps what its anchor shows', () => {
  test('a paragraph inserted before published ones fails at the speech, where the numbers start to move', async () => {
    expect(
      await reportOnEdit((text) => text.replace('第一节正文。', '新加的一段话。\n\n第一节正文。')),
    ).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:1:1 错误 [引文 quote] 改动后，已发布、本次没有改动的 content/cases/hege-anli.mdx 第 20 行的引文和讲话对不上了：引文出自《测试讲话》第 3 段（p-3），不是 at 写的 p-2。
          改法：讲话要逐字照录原文。这是更正录入错误的话，在这个合并请求里把引用它的文件也照改；不是有意的改动，就恢复讲话原来的文字。
      content/speeches/ceshi-jianghua.mdx:14:1 错误 [已发布网址 published-url] 已发布的段落编号会移位：从 p-2（第 2 段）起，原来是“第一节正文。”，改动后成了“新加的一段话。”；原来 p-2 的文字移到了 p-3。共有 4 个已发布的段落链接会打开别的段落。
          改法：讲话发布后不要在中间加段、删段或把一段拆成两段，恢复原来的分段。确需更正分段的，在合并请求里说明依据，并在 content/_withdrawn-urls.txt 里逐行登记受影响的段落网址和原因，由审核人确认。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a paragraph split in two fails the same way', async () => {
    expect(await reportOnEdit((text) => text.replace('第二节正文。', '第二节\n\n正文。')))
      .toMatchInlineSnapshot(`
        "content/speeches/ceshi-jianghua.mdx:18:1 错误 [已发布网址 published-url] 已发布的段落编号会移位：从 p-3（第 3 段）起，原来是“第二节正文。”，改动后成了“第二节”；原来 p-4 的文字移到了 p-5。共有 3 个已发布的段落链接会打开别的段落。
            改法：讲话发布后不要在中间加段、删段或把一段拆成两段，恢复原来的分段。确需更正分段的，在合并请求里说明依据，并在 content/_withdrawn-urls.txt 里逐行登记受影响的段落网址和原因，由审核人确认。
        内容检查发现 1 个错误、0 个提醒。"
      `);
  });

  test('a one-character correction is named on the speech as a 提醒, for reviewers', async () => {
    expect(await reportOnEdit((text) => text.replace('第二节正文。', '第二节的正文。')))
      .toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:18:1 提醒 [已发布网址 published-url] 已发布的 p-3（第 3 段）改了文字：“第二节正文。”改成了“第二节的正文。”。
          改法：讲话要逐字照录原文：若是更正录入错误，在合并请求里写明依据；引用这一段的案例也要照改。
      内容检查发现 0 个错误、1 个提醒。"
    `);
  });

  test('passes a typographic correction and a paragraph added at the end', async () => {
    const report = await reportOnEdit((text) =>
      text.replace('第二节正文。', '第二节\u00a0正文。').concat('\n新的最后一段。\n'),
    );
    expect(report).toMatch(/^content\/speeches\/ceshi-jianghua\.mdx:18:4 提醒 \[排版 typography\]/);
    expect(report).not.toContain('published-url');
  });

  test('passes a split that reviewers accepted, its anchors withdrawn with a reason', async () => {
    const withdrawn = ['p-2', 'p-3', 'p-4', 'p-5']
      .map((anchor) => `/speeches/ceshi-jianghua/#${anchor} 原文第一节分为两段，按原文更正`)
      .join('\n');
    const report = await reportOnEdit(
      (text) => text.replace('第一节正文。', '新加的一段话。\n\n第一节正文。'),
      { 'content/_withdrawn-urls.txt': `${withdrawn}\n` },
    );
    expect(report).not.toContain('published-url');
    expect(report).toContain('content/cases/hege-anli.mdx');
  });
});
