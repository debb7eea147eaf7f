import { describe, expect, test } from 'vitest';
import { checkFixture } from '../../helpers/check-project.ts';
import { countProblems, formatReport, type Finding } from '../../../src/checks/finding.ts';
import { hasErrors } from '../../../src/checks/index.ts';
import { groupRepeats } from '../../../src/checks/grouping.ts';
import { formatGithub } from '../../../src/checks/formats/github.ts';
import { codeQualityIssues } from '../../../src/checks/formats/gitlab.ts';

const PATH = 'content/cases/chongfu.mdx';

const caseFile = (body: string, fields = '') =>
  `---\ntitle: 重复的错误\nkind: 已有做法\nsummary: 测试用。${fields}\n---\n\n${body}\n`;

let runs = 0;

/** The findings of one case file laid over the valid base fixture. */
async function findingsOf(text: string): Promise<Finding[]> {
  runs += 1;
  const { findings } = await checkFixture('_base', { [PATH]: text }, `grouping-${runs}`);
  return findings.filter((finding) => finding.file === PATH);
}

describe('one mistake repeated thousands of times in a file', () => {
  test('thousands of lines that run together: the first five, then one finding counting the rest', async () => {
    const paragraphs = Array(10).fill(Array(400).fill('中文').join('\n')).join('\n\n');
    const findings = await findingsOf(caseFile(paragraphs));
    expect(findings).toHaveLength(6);
    expect(formatReport(findings)).toMatchInlineSnapshot(`
      "content/cases/chongfu.mdx:8:1 错误 [正文格式 markdown] 这一行会和上一行连成同一段，连接处还会多出一个空格。
          改法：若是同一段，把这一行接到上一行的末尾（删除换行）；若是新的一段，在两行之间空一行。
      content/cases/chongfu.mdx:9:1 错误 [正文格式 markdown] 这一行会和上一行连成同一段，连接处还会多出一个空格。
          改法：若是同一段，把这一行接到上一行的末尾（删除换行）；若是新的一段，在两行之间空一行。
      content/cases/chongfu.mdx:10:1 错误 [正文格式 markdown] 这一行会和上一行连成同一段，连接处还会多出一个空格。
          改法：若是同一段，把这一行接到上一行的末尾（删除换行）；若是新的一段，在两行之间空一行。
      content/cases/chongfu.mdx:11:1 错误 [正文格式 markdown] 这一行会和上一行连成同一段，连接处还会多出一个空格。
          改法：若是同一段，把这一行接到上一行的末尾（删除换行）；若是新的一段，在两行之间空一行。
      content/cases/chongfu.mdx:12:1 错误 [正文格式 markdown] 这一行会和上一行连成同一段，连接处还会多出一个空格。
          改法：若是同一段，把这一行接到上一行的末尾（删除换行）；若是新的一段，在两行之间空一行。
      content/cases/chongfu.mdx:13:1 错误 [正文格式 markdown] 同样的问题还有 3,985 处：第 13、14、15、16、17、18、19、20、21、22 行等。
          改法：若是同一段，把这一行接到上一行的末尾（删除换行）；若是新的一段，在两行之间空一行。
      内容检查发现 3,990 个错误、0 个提醒。同一个文件里同类的问题多时，只列出前几处，其余的合成一条。"
    `);
  });

  test('thousands of <br> on one line: still errors that fail the check, counted in the summary', async () => {
    const findings = await findingsOf(caseFile(`中文${'<br>'.repeat(2000)}`));
    expect(findings.at(-1)).toMatchObject({
      line: 7,
      severity: 'error',
      message: '同样的问题还有 1,995 处：第 7 行。',
      count: 1995,
    });
    expect(hasErrors(findings)).toBe(true);
    expect(countProblems(findings)).toEqual({ errors: 2000, warnings: 0 });
  });

  test('the GitHub annotations and the GitLab report carry the same short list', async () => {
    const findings = await findingsOf(caseFile(`中文${'<br>'.repeat(2000)}`));
    expect(formatGithub(findings).split('\n')).toHaveLength(6);
    expect(formatGithub(findings).split('\n').at(-1)).toMatchInlineSnapshot(
      `"::error file=content/cases/chongfu.mdx,line=7,col=23,title=内容检查：正文格式 markdown::同样的问题还有 1,995 处：第 7 行。%0A改法：删除 <br>。要分段，在两段之间空一行；一段之内不需要换行，网站会自动折行。"`,
    );
    expect(codeQualityIssues(findings).at(-1)).toMatchObject({
      severity: 'major',
      location: { path: PATH, lines: { begin: 7 } },
      description: expect.stringContaining('同样的问题还有 1,995 处'),
    });
  });
});

describe('many different findings of one rule in a file', () => {
  test('the first twenty are listed, the rest counted with their lines', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => `\nziduan${i}: 值`).join('');
    const findings = await findingsOf(caseFile('正文。', fields));
    expect(findings).toHaveLength(21);
    expect(formatReport(findings.slice(-2))).toMatchInlineSnapshot(`
      "content/cases/chongfu.mdx:24:1 错误 [字段 schema] 不认识的字段：ziduan19。
          改法：请检查拼写。可用字段：title、kind、date、summary、concepts、sites、tags、level、region、sources、points、questions、cites、updated、paragraphNumbers、aliases、draft。
      content/cases/chongfu.mdx:25:1 错误 [字段 schema] 这个文件还有 10 处字段问题没有列出：第 25、26、27、28、29、30、31、32、33、34 行。
          改法：先改正上面列出的，再检查一次，会列出这些。
      内容检查发现 11 个错误、0 个提醒。同一个文件里同类的问题多时，只列出前几处，其余的合成一条。"
    `);
  });
});

describe('groupRepeats', () => {
  const at = (line: number, severity: Finding['severity']): Finding => ({
    file: PATH,
    line,
    column: 1,
    rule: 'markdown',
    severity,
    message: '同一个问题。',
    fix: '改正它。',
  });

  test('counts errors and warnings apart, and lists a group only one over the limit whole', () => {
    const errors = Array.from({ length: 6 }, (_, i) => at(i + 1, 'error'));
    const warnings = Array.from({ length: 8 }, (_, i) => at(i + 10, 'warning'));
    const grouped = groupRepeats([...errors, ...warnings]);
    expect(grouped.filter((finding) => finding.severity === 'error')).toHaveLength(6);
    expect(grouped.filter((finding) => finding.severity === 'warning').at(-1)).toMatchObject({
      line: 15,
      count: 3,
      message: '同样的问题还有 3 处：第 15、16、17 行。',
    });
  });
});
