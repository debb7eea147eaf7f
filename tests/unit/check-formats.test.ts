import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RULES, type Finding } from '../../src/checks/finding.ts';
import { annotation, formatGithub } from '../../src/checks/formats/github.ts';
import { codeQualityIssues, formatGitlab } from '../../src/checks/formats/gitlab.ts';
import { checkFixture } from '../helpers/check-project.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const run = promisify(execFile);

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  file: 'content/cases/shequ-yishi.mdx',
  line: 4,
  column: 8,
  rule: 'reference',
  severity: 'error',
  message: 'concepts 里的“大服务共享”找不到。',
  fix: '可用的理念：大党建共建、大整合共治。',
  ...overrides,
});

/** Text that breaks naive escaping: Chinese, commas, colons, percent signs (also ones that look escaped), newlines. */
const TRICKY = [
  '字段 title：缺少，请补上',
  'a,b:c::d',
  '100% 完成；%0A 不是换行，%25 也不是百分号',
  '第一行\n第二行\r\n第三行',
  '::error file=x::伪造的命令',
  '',
];

/**
 * Reads a workflow command back as the GitHub Actions runner does (ActionCommand.TryParseV2):
 * `::name k=v,k=v::data`, properties split at `,` and at the first `=`, then unescaped with
 * the runner's mappings in the runner's order (`%25` last).
 * @see https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs
 */
function parseWorkflowCommand(
  line: string,
): { command: string; properties: Record<string, string>; data: string } | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const property of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const at = property.indexOf('=');
      if (at > 0 && at < property.length - 1)
        properties[property.slice(0, at)] = unescape(property.slice(at + 1), PROPERTY_MAPPINGS);
    }
  }
  return { command, properties, data: unescape(message.slice(end + 2), DATA_MAPPINGS) };
}

const DATA_MAPPINGS: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_MAPPINGS: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const unescape = (text: string, mappings: [string, string][]) =>
  mappings.reduce((result, [token, replacement]) => result.replaceAll(replacement, token), text);

describe('the github format, checked against the workflow-command format GitHub documents', () => {
  test('gives the exact annotation line for an error', () => {
    expect(annotation(finding())).toMatchInlineSnapshot(
      `"::error file=content/cases/shequ-yishi.mdx,line=4,col=8,title=内容检查：引用 reference::concepts 里的“大服务共享”找不到。%0A改法：可用的理念：大党建共建、大整合共治。"`,
    );
  });

  test('annotates warnings with ::warning, and a finding without a fix with its message alone', () => {
    const parsed = parseWorkflowCommand(
      annotation(finding({ severity: 'warning', rule: 'vocabulary', fix: undefined })),
    );
    expect(parsed?.command).toBe('warning');
    expect(parsed?.data).toBe('concepts 里的“大服务共享”找不到。');
    expect(parsed?.properties.title).toBe(`内容检查：${RULES.vocabulary} vocabulary`);
  });

  test.each(TRICKY)('the runner reads back file, title and message whole: %j', (text) => {
    const tricky = finding({
      file: `content/cases/${text}.mdx`,
      message: text || '空',
      fix: text || undefined,
    });
    const line = annotation(tricky);
    expect(line).not.toMatch(/[\r\n]/);
    const parsed = parseWorkflowCommand(line);
    expect(parsed).toEqual({
      command: 'error',
      properties: { file: tricky.file, line: '4', col: '8', title: '内容检查：引用 reference' },
      data: tricky.fix ? `${tricky.message}\n改法：${tricky.fix}` : tricky.message,
    });
  });

  test('writes one line per finding, sorted as the text report, and nothing when there are none', () => {
    const lines = formatGithub([
      finding({ line: 9 }),
      finding({ file: 'content/cases/a.mdx' }),
      finding({ line: 2 }),
    ]).split('\n');
    expect(
      lines
        .map((line) => parseWorkflowCommand(line)?.properties)
        .map((p) => `${p?.file}:${p?.line}`),
    ).toEqual([
      'content/cases/a.mdx:4',
      'content/cases/shequ-yishi.mdx:2',
      'content/cases/shequ-yishi.mdx:9',
    ]);
    expect(formatGithub([])).toBe('');
  });
});

const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

/**
 * The problems with one issue of a Code Quality report, by the fields GitLab documents as
 * required (description, check_name, fingerprint, severity, location.path, location.lines.begin)
 * and the severity values it accepts.
 * @see https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
function codeQualityProblems(issue: unknown): string[] {
  const problems: string[] = [];
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(issue)) return ['not an object'];
  for (const key of ['description', 'check_name', 'fingerprint']) {
    if (typeof issue[key] !== 'string' || issue[key] === '')
      problems.push(`${key} is not a non-empty string`);
  }
  if (!SEVERITIES.includes(issue.severity as string))
    problems.push(`severity ${String(issue.severity)} is not one of ${SEVERITIES.join(', ')}`);
  const location = issue.location;
  if (!isObject(location)) return [...problems, 'location is not an object'];
  if (
    typeof location.path !== 'string' ||
    location.path === '' ||
    location.path.startsWith('/') ||
    location.path.startsWith('./')
  ) {
    problems.push('location.path is not a path relative to the repository root');
  }
  const begin = isObject(location.lines) ? location.lines.begin : undefined;
  if (!Number.isInteger(begin) || (begin as number) < 1)
    problems.push('location.lines.begin is not a line number');
  return problems;
}

describe('the gitlab format, checked against the Code Quality report format GitLab documents', () => {
  const findings = [
    finding(),
    finding({
      severity: 'warning',
      rule: 'vocabulary',
      fix: undefined,
      message: '“大服务，共享”：%0A\n两行',
    }),
    finding({ line: 12 }),
    finding({ column: 9 }),
    finding({ message: '另一个问题' }),
    // The same finding twice, word for word: GitLab would show only one of two equal fingerprints.
    finding({ file: 'content/sites/a.mdx' }),
    finding({ file: 'content/sites/a.mdx' }),
  ];

  test('is a JSON array of issues that each have every required field and an allowed severity', () => {
    const report: unknown = JSON.parse(formatGitlab(findings));
    expect(Array.isArray(report)).toBe(true);
    expect((report as unknown[]).map(codeQualityProblems)).toEqual(findings.map(() => []));
    expect(JSON.parse(formatGitlab([]))).toEqual([]);
  });

  test('gives every issue its own fingerprint, the same on every run', () => {
    const fingerprints = codeQualityIssues(findings).map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(findings.length);
    expect(
      codeQualityIssues([...findings].reverse())
        .map((issue) => issue.fingerprint)
        .sort(),
    ).toEqual([...fingerprints].sort());
  });

  test('maps errors to major and warnings to minor, the rule to check_name, and keeps the fix in the description', () => {
    expect(codeQualityIssues([finding()])[0]).toMatchInlineSnapshot(`
      {
        "check_name": "reference",
        "description": "concepts 里的“大服务共享”找不到。 改法：可用的理念：大党建共建、大整合共治。",
        "fingerprint": "1380150ed4d9b7407a15f16c2266a13719289fceb4467f464e7d5d745e20da9b",
        "location": {
          "lines": {
            "begin": 4,
          },
          "path": "content/cases/shequ-yishi.mdx",
        },
        "severity": "major",
      }
    `);
    expect(codeQualityIssues([finding({ severity: 'warning' })])[0]?.severity).toBe('minor');
  });
});

describe('npm run check with --format, as a command', () => {
  test('gitlab: exits 1 on bad content, writes the report to --output, and still prints the Chinese report', async () => {
    const { root, findings } = await checkFixture('mdx-code', {}, 'formats-cli');
    const output = join(await mkdtemp(join(TMP, 'formats-')), 'gl-code-quality-report.json');
    const failed = await run(
      process.execPath,
      [join(ROOT, 'scripts/check-content.ts'), root, '--format', 'gitlab', '--output', output],
      { cwd: ROOT },
    ).catch((error) => error);
    expect(failed.code).toBe(1);
    const report = JSON.parse(await readFile(output, 'utf8'));
    expect(report).toEqual(codeQualityIssues(findings));
    expect(report.map(codeQualityProblems).flat()).toEqual([]);
    expect(report.some((issue: { check_name: string }) => issue.check_name === 'mdx-code')).toBe(
      true,
    );
    expect(failed.stdout).toMatch(/^content\/cases\/daima\.mdx:7:1 错误 \[代码 mdx-code\]/m);
    expect(failed.stdout).toMatch(/内容检查发现 \d+ 个错误/);
  });

  test('github: flags before the project root, annotations first, then the Chinese report', async () => {
    const { root } = await checkFixture('mdx-code', {}, 'formats-cli-github');
    const failed = await run(
      process.execPath,
      [join(ROOT, 'scripts/check-content.ts'), '--format', 'github', root],
      { cwd: ROOT },
    ).catch((error) => error);
    expect(failed.code).toBe(1);
    const lines: string[] = failed.stdout.trimEnd().split('\n');
    expect(parseWorkflowCommand(lines[0] ?? '')).toMatchObject({
      command: 'error',
      properties: { file: 'content/cases/daima.mdx', line: '7', col: '1' },
    });
    expect(lines.at(-1)).toMatch(/^内容检查发现 \d+ 个错误/);
  });

  test('an unknown format is refused with the usage, in Chinese, and exit code 2', async () => {
    const failed = await run(
      process.execPath,
      [join(ROOT, 'scripts/check-content.ts'), '--format', 'xml'],
      { cwd: ROOT },
    ).catch((error) => error);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatchInlineSnapshot(`
      "不认识的格式“xml”。
      用法：npm run check -- [项目目录] [--format text|github|gitlab] [--output 文件]
        --format text    只打印中文报告（默认）
        --format github  先打印 GitHub Actions 注释（::error …），再打印中文报告
        --format gitlab  把 GitLab 代码质量报告写入 --output（默认 gl-code-quality-report.json），并打印中文报告
      "
    `);
  });
});
