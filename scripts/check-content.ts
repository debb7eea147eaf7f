// npm run check: runs every content rule and prints each finding as file:line:column,
// rule, what is wrong and how to fix it, in Chinese. Exits 1 on any error.
//   npm run check -- [project root] [--format text|github|gitlab] [--output <file>]
// --format github also prints GitHub Actions annotations (shown on the pull request's lines),
// --format gitlab writes a GitLab Code Quality report (shown in the merge request); the
// Chinese report is printed in every format, so the CI log reads the same everywhere.
// In a git checkout it also compares with the target branch (the merge request's, or main).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runChecks, hasErrors } from '../src/checks/index.ts';
import { targetFor } from '../src/checks/target-branch.ts';
import { siteConfig } from '../src/site/config.ts';
import { formatReport, type Finding } from '../src/checks/finding.ts';
import { formatGithub } from '../src/checks/formats/github.ts';
import { formatGitlab } from '../src/checks/formats/gitlab.ts';

const FORMATS: Record<string, ((findings: readonly Finding[]) => string) | undefined> = {
  text: undefined,
  github: formatGithub,
  gitlab: formatGitlab,
};
// GitLab's documentation names the report so; the CI file uploads it under this name.
const DEFAULT_OUTPUT: Record<string, string | undefined> = {
  gitlab: 'gl-code-quality-report.json',
};

const USAGE = [
  '用法：npm run check -- [项目目录] [--format text|github|gitlab] [--output 文件]',
  '  --format text    只打印中文报告（默认）',
  '  --format github  先打印 GitHub Actions 注释（::error …），再打印中文报告',
  '  --format gitlab  把 GitLab 代码质量报告写入 --output（默认 gl-code-quality-report.json），并打印中文报告',
].join('\n');

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function readArguments() {
  try {
    // Flags may come before or after the project root.
    return parseArgs({
      options: { format: { type: 'string', default: 'text' }, output: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usage(`命令参数有误：${(error as Error).message}`);
  }
}

const { values, positionals } = readArguments();
const format = values.format;
if (!Object.hasOwn(FORMATS, format)) usage(`不认识的格式“${format}”。`);
if (positionals.length > 1)
  usage(`只能检查一个项目目录，却给了 ${positionals.length} 个：${positionals.join('、')}。`);

const root = positionals[0] ?? process.cwd();
// What the target branch publishes must stay published (see src/checks/target-branch.ts).
const { target, notice } = targetFor(root, siteConfig.branch);
if (notice) console.log(notice);
const findings = await runChecks(root, target);
const report = formatReport(findings);
const machine = FORMATS[format]?.(findings) ?? report;
const output = values.output ?? DEFAULT_OUTPUT[format];
if (output) {
  writeFileSync(output, machine.endsWith('\n') ? machine : `${machine}\n`);
} else if (format !== 'text' && machine) {
  console.log(machine);
}
console.log(report);
if (output && format !== 'text')
  console.log(`（${format === 'gitlab' ? 'GitLab 代码质量报告' : 'GitHub 注释'}已写入 ${output}）`);
process.exit(hasErrors(findings) ? 1 : 0);
