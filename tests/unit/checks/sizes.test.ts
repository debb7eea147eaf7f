import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFixture } from '../../helpers/check-project.ts';
import { formatReport } from '../../../src/checks/finding.ts';
import { amount, characters, LIMITS } from '../../../src/schemas/limits.ts';
import { caseSchema } from '../../../src/schemas/case.ts';
import { ROOT } from '../../helpers/paths.ts';

const FIELDS = 'title: 很长的案例\nkind: 已有做法\nsummary: 测试用。';

/** A case file with valid fields (or `fields`) and `body`. */
const caseFile = (body: string, fields = FIELDS) => `---\n${fields}\n---\n\n${body}\n`;

let runs = 0;

/** The content check's report on one case file laid over the valid base fixture, only that file's findings. */
async function reportOn(text: string): Promise<string> {
  runs += 1;
  const path = 'content/cases/hen-chang.mdx';
  const { findings } = await checkFixture('_base', { [path]: text }, `sizes-${runs}`);
  return formatReport(findings.filter((finding) => finding.file === path));
}

/** A paragraph of `n` characters. */
const paragraph = (n: number) => '字'.repeat(n);

describe('an entry over a size limit is named in one finding and read no further', () => {
  test('a title of two million characters: the file, at its first line, and nothing else', async () => {
    expect(
      await reportOn(
        caseFile('正文。', `title: ${'长'.repeat(2_000_000)}\nkind: 已有做法\nsummary: 摘要。`),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/hen-chang.mdx:1:1 错误 [长度 size] 这个文件有 2,000,045 字，超过一个条目的上限 15 万字（最长的是第 2 行，有 2,000,007 字），检查没有再往下读。
          改法：字段区不超过 5 万字、正文不超过 10 万字。最长的讲话也只有两三万字；超出这么多，多半是粘贴时带进了别的内容（整份文件、网页的其余部分、同一段粘贴了几遍），请删去多余的部分。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a frontmatter block over its limit is not read', async () => {
    expect(
      await reportOn(caseFile('正文。', `${FIELDS}\nregion: ${'{'.repeat(LIMITS.frontmatter)}`)),
    ).toMatchInlineSnapshot(`
      "content/cases/hen-chang.mdx:2:1 错误 [长度 size] 字段区（两行 --- 之间）有 50,046 字，超过上限 5 万字，检查没有读它。
          改法：字段区只写标题、摘要、来源这些简短的字段，每项一行；长的内容写进正文（第二行 --- 的下面）。最长的讲话也只有两三万字；超出这么多，多半是粘贴时带进了别的内容（整份文件、网页的其余部分、同一段粘贴了几遍），请删去多余的部分。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a body over its limit is not read: its { are not each reported', async () => {
    const body = Array(LIMITS.body / 10)
      .fill('{{{{{{{{{')
      .join('\n');
    expect(await reportOn(caseFile(body))).toMatchInlineSnapshot(`
      "content/cases/hen-chang.mdx:6:1 错误 [长度 size] 正文有 100,001 字，超过上限 10 万字，检查没有读它。
          改法：最长的讲话也只有两三万字；超出这么多，多半是粘贴时带进了别的内容（整份文件、网页的其余部分、同一段粘贴了几遍），请删去多余的部分。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a paragraph over its limit (lines with no blank line between), and the body is not parsed', async () => {
    const lines = Array(LIMITS.paragraph / 100 + 1).fill(paragraph(99));
    expect(await reportOn(caseFile(`## 做法\n\n短的一段。\n\n${lines.join('\n')}\n\n{最后一段`)))
      .toMatchInlineSnapshot(`
        "content/cases/hen-chang.mdx:11:1 错误 [长度 size] 从这一行到第 111 行之间没有空行，连成了一段，共 10,099 字，超过一段的上限 1 万字，检查没有读正文。
            改法：段与段之间空一行：从 Word、WPS 粘贴过来的每一段之间都要有一个空行。很长的表格或列表，请分成几个。
        内容检查发现 1 个错误、0 个提醒。"
      `);
  });

  test('too many tags and too many braces', async () => {
    const tags = Array(LIMITS.tags + 1)
      .fill('<b>粗</b>')
      .join('\n\n');
    const braces = Array(LIMITS.braces + 1)
      .fill('{')
      .join('\n\n');
    expect(await reportOn(caseFile(`${tags}\n\n${braces}`))).toMatchInlineSnapshot(`
      "content/cases/hen-chang.mdx:6:1 错误 [长度 size] 正文里有 2,002 个半角“<”，超过上限 1,000 个，检查没有读正文。
          改法：半角 < 只用来写 <SpeechQuote>、<Note>、<Figure> 这几种组件；别的标签多半是从网页复制来的，请删去（先把网页上的文字粘贴到记事本里，再从记事本复制过来）；要写小于号，请改用全角的 ＜。
      content/cases/hen-chang.mdx:6:1 错误 [长度 size] 正文里有 101 个半角花括号“{”，超过上限 100 个，检查没有读正文。
          改法：正文不能写花括号表达式，多半是粘贴进了程序代码，请删去；要写花括号本身，请改用全角的 ｛ ｝。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a speech as long as the longest real ones is read as usual', async () => {
    const body = Array(300)
      .fill(`${paragraph(99)}。`)
      .join('\n\n');
    expect(await reportOn(caseFile(`## 做法\n\n${body}`))).toMatchInlineSnapshot(
      `"内容检查通过，没有发现问题。"`,
    );
  });
});

describe('fields over their limits are named at their line, by the schema the build uses too', () => {
  test('a title, a summary, a list and one of its items', async () => {
    expect(
      await reportOn(
        caseFile(
          '正文。',
          [
            `title: ${'题'.repeat(LIMITS.title + 1)}`,
            'kind: 已有做法',
            `summary: ${'要'.repeat(LIMITS.summary + 1)}`,
            `tags: [${Array.from({ length: LIMITS.items + 1 }, (_, i) => `词${i}`).join(', ')}]`,
            `points:\n  - ${'点'.repeat(LIMITS.sentence + 1)}`,
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/hen-chang.mdx:2:8 错误 [字段 schema] title（标题）有 201 字，超过上限 200 字。
          改法：删短到 200 字以内；要详细说明的内容写进正文。
      content/cases/hen-chang.mdx:4:10 错误 [字段 schema] summary（摘要）有 1,001 字，超过上限 1,000 字。
          改法：删短到 1,000 字以内；要详细说明的内容写进正文。
      content/cases/hen-chang.mdx:5:7 错误 [字段 schema] tags（关键词）有 201 项，超过上限 200 项。
          改法：只保留最要紧的几项。
      content/cases/hen-chang.mdx:7:3 错误 [字段 schema] points（学习要点）的“点点点点点点点点点点点点点点点点点点点点…”有 501 字，超过每项的上限 500 字。
          改法：删短一些，或拆成几项。
      内容检查发现 4 个错误、0 个提醒。"
    `);
  });

  test('the build refuses them as the check does', () => {
    const result = caseSchema.safeParse({
      title: '题'.repeat(LIMITS.title + 1),
      kind: '已有做法',
      summary: '摘要',
      cites: Array(LIMITS.items + 1).fill({ speech: '讲话', paragraphs: ['p-1'] }),
    });
    expect(result.error?.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "title（标题）有 201 字，超过上限 200 字。删短到 200 字以内；要详细说明的内容写进正文。",
        "cites（对应讲话）有 201 项，超过上限 200 项。只保留最要紧的几项。",
      ]
    `);
  });
});

describe('a body with more MDX mistakes than it is worth reading past', () => {
  test('is read past as many as its length allows, then says there are more', async () => {
    const body = Array(60)
      .fill(`{ ${paragraph(998)}`)
      .join('\n\n');
    expect(await reportOn(caseFile(body))).toMatchInlineSnapshot(`
      "content/cases/hen-chang.mdx:7:1 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的花括号 { } 没有配对：MDX 把花括号当作代码。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/hen-chang.mdx:9:1 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的花括号 { } 没有配对：MDX 把花括号当作代码。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/hen-chang.mdx:11:1 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的花括号 { } 没有配对：MDX 把花括号当作代码。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/hen-chang.mdx:13:1 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的花括号 { } 没有配对：MDX 把花括号当作代码。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/hen-chang.mdx:15:1 错误 [MDX 语法 mdx-syntax] 正文无法按 MDX 读取：这里的花括号 { } 没有配对：MDX 把花括号当作代码。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/hen-chang.mdx:17:1 错误 [MDX 语法 mdx-syntax] 同样的问题还有 11 处：第 17、19、21、23、25、27、29、31、33、35 行等。
          改法：要写花括号本身，请改用全角的 ｛ ｝。
      content/cases/hen-chang.mdx:37:1 错误 [MDX 语法 mdx-syntax] 正文里读不下去的地方太多，检查到这里停下了，后面可能还有。
          改法：先改正上面列出的这些，再检查一次，会接着列出后面的。
      内容检查发现 17 个错误、0 个提醒。同一个文件里同类的问题多时，只列出前几处，其余的合成一条。"
    `);
  });
});

describe('CONTRIBUTING.md', () => {
  test('states every limit the check uses, in its table of limits', () => {
    const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const table = guide.slice(guide.indexOf('### 长度上限'), guide.indexOf('## 四、'));
    const missing = Object.entries(LIMITS).filter(
      ([, limit]) =>
        !table.includes(`| ${characters(limit)}`) && !table.includes(`| ${amount(limit)} `),
    );
    expect(missing).toEqual([]);
  });
});
