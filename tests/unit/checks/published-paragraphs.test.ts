import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkChange, checkFixture } from '../../helpers/check-project.ts';
import { loadEntryFiles } from '../../../src/checks/entry-files.ts';
import { recordedFingerprints } from '../../../src/checks/paragraph-record.ts';
import { pageAnchors } from '../../../src/checks/speech-outlines.ts';
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
          改法：若是按原文补录、拆分、合并或删去段落，不必移动编号：在文件开头的 --- 之间加一行 paragraphNumbers: { inserted: [p-1a] }。这样，新加的段落编为 p-1a，其余段落保持原编号；并在合并请求里写明依据。不是有意的改动，就恢复原来的分段。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a paragraph split in two fails the same way', async () => {
    expect(await reportOnEdit((text) => text.replace('第二节正文。', '第二节\n\n正文。')))
      .toMatchInlineSnapshot(`
        "content/speeches/ceshi-jianghua.mdx:18:1 错误 [已发布网址 published-url] 已发布的段落编号会移位：从 p-3（第 3 段）起，原来是“第二节正文。”，改动后成了“第二节”；原来 p-4 的文字移到了 p-5。共有 3 个已发布的段落链接会打开别的段落。
            改法：若是按原文补录、拆分、合并或删去段落，不必移动编号：在文件开头的 --- 之间加一行 paragraphNumbers: { inserted: [p-3a] }。这样，新加的段落编为 p-3a，其余段落保持原编号；并在合并请求里写明依据。不是有意的改动，就恢复原来的分段。
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

/** The speech with `lines` added to its frontmatter, before the closing ---. */
const declare = (text: string, ...lines: string[]) =>
  text.replace('concepts: [大整合共治]\n', `concepts: [大整合共治]\n${lines.join('\n')}\n`);

describe('a published number can stay put when paragraphs are added, split, merged or removed', () => {
  test('a paragraph added before published ones passes once numbered after the one before it, as the error proposed', async () => {
    const report = await reportOnEdit((text) =>
      declare(
        text.replace('第一节正文。', '新加的一段话。\n\n第一节正文。'),
        'paragraphNumbers: { inserted: [p-1a] }',
      ),
    );
    expect(report).toMatchInlineSnapshot(`"内容检查通过，没有发现问题。"`);
  });

  test('a split passes once declared, its first half named as a correction of the published paragraph', async () => {
    expect(
      await reportOnEdit((text) =>
        declare(
          text.replace('第二节正文。', '第二节\n\n正文。'),
          'paragraphNumbers:',
          '  inserted: [Ｐ－３Ａ]',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:20:1 提醒 [已发布网址 published-url] 已发布的 p-3（第 3 段）改了文字：“第二节正文。”改成了“第二节”。
          改法：讲话要逐字照录原文：若是更正录入错误，在合并请求里写明依据；引用这一段的案例也要照改。
      内容检查发现 0 个错误、1 个提醒。"
    `);
  });

  test('two paragraphs merged: the error proposes retiring the second into the first, and the declaration passes', async () => {
    const merge = (text: string) =>
      text
        .replace('第二节正文。\n\n## 二、', '第二节正文。一是……的引言。\n\n## 二、')
        .replace('\n一是……的引言。\n', '\n');
    expect(await reportOnEdit(merge)).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:1:1 错误 [已发布网址 published-url] 《测试讲话》第 5 段（/speeches/ceshi-jianghua/#p-5）已在 main 上发布，合并后将不再生成，培训材料里的链接将失效。
          改法：讲话发布后不要删除或合并段落、小节，段落编号是培训材料引用的依据；若确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      content/speeches/ceshi-jianghua.mdx:18:1 错误 [已发布网址 published-url] 已发布的段落编号会移位：从 p-3（第 3 段）起，原来是“第二节正文。”，改动后成了“第二节正文。一是……的引言。”。共有 2 个已发布的段落链接会打开别的段落。
          改法：若是按原文补录、拆分、合并或删去段落，不必移动编号：在文件开头的 --- 之间加一行 paragraphNumbers: { retired: { p-4: p-3 } }。这样，p-4 的链接改为打开 p-3，其余段落保持原编号；并在合并请求里写明依据。不是有意的改动，就恢复原来的分段。
      内容检查发现 2 个错误、0 个提醒。"
    `);
    expect(
      await reportOnEdit((text) =>
        declare(merge(text), 'paragraphNumbers:', '  retired:', '    p-4: p-3'),
      ),
    ).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:8:10 提醒 [已发布网址 published-url] 已发布的 p-4（“一是……的引言。”）登记为撤下的编号，原来的链接改为打开 p-3（“第二节正文。一是………”）。
          改法：请审核人确认这是按原文所作的更正，合并请求里要写明依据。
      content/speeches/ceshi-jianghua.mdx:21:1 提醒 [已发布网址 published-url] 已发布的 p-3（第 3 段）改了文字：“第二节正文。”改成了“第二节正文。一是……的引言。”。
          改法：讲话要逐字照录原文：若是更正录入错误，在合并请求里写明依据；引用这一段的案例也要照改。
      内容检查发现 0 个错误、2 个提醒。"
    `);
  });

  test('a case citing and quoting a retired number is led to the paragraph it now opens', async () => {
    const report = await reportOnEdit(
      (text) =>
        declare(
          text.replace('第一节正文。\n', '').replace('第二节正文。', '第一节正文。第二节正文。'),
          'paragraphNumbers: { retired: { p-2: p-3 } }',
        ),
      {},
    );
    expect(report).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:6:37 提醒 [已发布网址 published-url] 已发布的 p-2（“第一节正文。”）登记为撤下的编号，原来的链接改为打开 p-3（“第一节正文。第二节正…”）。
          改法：请审核人确认这是按原文所作的更正，合并请求里要写明依据。
      content/speeches/ceshi-jianghua.mdx:18:1 提醒 [已发布网址 published-url] 已发布的 p-3（第 3 段）改了文字：“第二节正文。”改成了“第一节正文。第二节正文…”。
          改法：讲话要逐字照录原文：若是更正录入错误，在合并请求里写明依据；引用这一段的案例也要照改。
      内容检查发现 0 个错误、2 个提醒。"
    `);
  });
});

describe('a paragraphNumbers declaration must say what the page does', () => {
  const declared = async (...lines: string[]) =>
    (
      await checkChange(
        {},
        { [SPEECH]: declare(await speech(), ...lines) },
        `paragraph-numbers-${(runs += 1)}`,
      )
    ).report;

  test('a paragraph declared added that the text does not number so', async () => {
    expect(await declared('paragraphNumbers: { inserted: [p-2b, p-9a] }')).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:6:32 错误 [讲话段落 cite] paragraphNumbers.inserted 登记了 p-2b，但讲话里没有段落编成 p-2b：新加的段落紧跟在 p-2 之后，依次编 p-2a、p-2b……，字母要从 a 起连续。
          改法：对照讲话页面上每段前的编号改正，或删掉这一项（讲话的段落是 p-1 到 p-5）。
      content/speeches/ceshi-jianghua.mdx:6:38 错误 [讲话段落 cite] paragraphNumbers.inserted 登记了 p-9a，但讲话里没有段落编成 p-9a：新加的段落紧跟在 p-9 之后，依次编 p-9a、p-9b……，而讲话没有 p-9。
          改法：对照讲话页面上每段前的编号改正，或删掉这一项（讲话的段落是 p-1 到 p-5）。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a retired number that leads nowhere, to another retired number, or is also declared added', async () => {
    expect(
      await declared(
        'paragraphNumbers:',
        '  inserted: [p-5a]',
        '  retired:',
        '    p-9: p-12',
        '    p-8: p-9',
        '    p-5a: p-5',
      ),
    ).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:7:14 错误 [讲话段落 cite] paragraphNumbers.inserted 登记了 p-5a，但讲话里没有段落编成 p-5a：新加的段落紧跟在 p-5 之后，依次编 p-5a、p-5b……。
          改法：对照讲话页面上每段前的编号改正，或删掉这一项（讲话的段落是 p-1 到 p-5）。
      content/speeches/ceshi-jianghua.mdx:9:10 错误 [讲话段落 cite] paragraphNumbers.retired 让撤下的 p-9 改为打开 p-12，但讲话没有段落 p-12（讲话的段落是 p-1 到 p-5）。
          改法：写成 p-9: 加上原来那段文字现在所在段落的编号（见讲话页面上每段前的编号）。
      content/speeches/ceshi-jianghua.mdx:10:10 错误 [讲话段落 cite] paragraphNumbers.retired 让撤下的 p-8 改为打开 p-9，可 p-9 自己也是撤下的编号。
          改法：写成 p-8: 加上原来那段文字现在所在段落的编号（见讲话页面上每段前的编号）。
      content/speeches/ceshi-jianghua.mdx:11:11 错误 [讲话段落 cite] paragraphNumbers 里 p-5a 既登记为新加的段落，又登记为撤下的编号。
          改法：一个编号只能有一种：是新加的段落就从 retired 里删掉 p-5a，是撤下的编号就从 inserted 里删掉它。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('a declaration in another form is explained in Chinese', async () => {
    expect(await declared('paragraphNumbers: { inserted: [12a], retired: [p-3] }'))
      .toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:6:31 错误 [字段 schema] paragraphNumbers.inserted（新加的段落）的每一项都应当是“前一段的编号加一个小写字母”，例如紧跟在 p-12 后面新加的一段写 p-12a，再一段写 p-12b。
      content/speeches/ceshi-jianghua.mdx:6:47 错误 [字段 schema] paragraphNumbers.retired（撤下的编号）应当一行写一个“原编号: 现在打开的段落”，例如 p-13: p-12。
      内容检查发现 2 个错误、0 个提醒。"
    `);
    expect(await declared('paragraphNumbers: { added: [p-1a] }')).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:6:21 错误 [字段 schema] paragraphNumbers 里不认识的字段：added。
          改法：请检查拼写。可用字段：inserted、retired。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});

describe('where the target branch cannot be read, the record of published paragraphs stands in', () => {
  /** The record `npm run urls:accept` writes for the base content, as the file's lines. */
  async function baseRecord() {
    const { root } = await checkFixture('_base', {}, 'paragraph-record-base');
    const { entries } = loadEntryFiles(root);
    const record = recordedFingerprints(entries, pageAnchors(entries), new Map());
    return [...record].map((pair) => pair.join(' ')).join('\n');
  }

  const checkWithRecord = async (edit: (text: string) => string, dir: string) =>
    (
      await checkFixture(
        '_base',
        {
          [SPEECH]: edit(await speech()),
          'content/_published-paragraphs.txt': `${await baseRecord()}\n`,
        },
        dir,
      )
    ).report;

  test('a paragraph split in two fails at the speech, with the declaration that keeps the numbers', async () => {
    expect(
      await checkWithRecord(
        (text) => text.replace('第二节正文。', '第二节\n\n正文。'),
        'paragraph-record-split',
      ),
    ).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:18:1 错误 [已发布网址 published-url] 已发布的段落编号会移位：从 p-3（第 3 段）起，原来是“（登记时的文字，现在正文里已经没有）”，改动后成了“第二节”；原来 p-4 的文字移到了 p-5。共有 3 个已发布的段落链接会打开别的段落。
          改法：若是按原文补录、拆分、合并或删去段落，不必移动编号：在文件开头的 --- 之间加一行 paragraphNumbers: { inserted: [p-3a] }。这样，新加的段落编为 p-3a，其余段落保持原编号；并在合并请求里写明依据。不是有意的改动，就恢复原来的分段。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a paragraph reworded where it stands is left to the reviewers, and a declared split passes', async () => {
    expect(
      await checkWithRecord(
        (text) => text.replace('第二节正文。', '第二节的正文。'),
        'paragraph-record-reworded',
      ),
    ).toMatchInlineSnapshot(`"内容检查通过，没有发现问题。"`);
    expect(
      await checkWithRecord(
        (text) =>
          declare(
            text.replace('第二节正文。', '第二节\n\n正文。'),
            'paragraphNumbers: { inserted: [p-3a] }',
          ),
        'paragraph-record-declared',
      ),
    ).toMatchInlineSnapshot(`"内容检查通过，没有发现问题。"`);
  });
});
