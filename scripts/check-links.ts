// npm run check:links: reads the built site in dist/ and reports internal links or
// #fragments that lead nowhere, pages no link reaches, and pages missing from the sitemap.
//   npm run check:links -- [--format text|github|gitlab] [--output <file>]
// --format github also prints GitHub Actions annotations; --format gitlab adds the problems
// to the Code Quality report at --output (the one the content check wrote, kept).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBuiltLinks } from '../src/checks/links.ts';
import { linkFindings } from '../src/checks/link-findings.ts';
import { formatGithub } from '../src/checks/formats/github.ts';
import { codeQualityIssues } from '../src/checks/formats/gitlab.ts';
import { siteConfig } from '../src/site/config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' }, output: { type: 'string' } },
});
const dist = resolve(positionals[0] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`找不到构建结果 ${dist}。请先运行 npm run build。`);
  process.exit(1);
}
const problems = checkBuiltLinks(dist, siteConfig.url);
const findings = linkFindings(process.cwd(), problems);
if (values.format === 'github' && findings.length > 0) console.log(formatGithub(findings));
if (values.format === 'gitlab') {
  const output = values.output ?? 'gl-code-quality-report.json';
  const earlier: unknown[] = existsSync(output)
    ? (JSON.parse(readFileSync(output, 'utf8')) as unknown[])
    : [];
  writeFileSync(
    output,
    `${JSON.stringify([...earlier, ...codeQualityIssues(findings)], null, 2)}\n`,
  );
}
for (const problem of problems) console.log(`${problem.page}：${problem.message}`);
console.log(
  problems.length === 0
    ? '链接检查通过：所有内部链接和锚点都有效，所有页面都可到达并列入站点地图。'
    : `链接检查发现 ${problems.length} 个问题。`,
);
process.exit(problems.length === 0 ? 0 : 1);
