// npm run check:links: reads the built site in dist/ and reports internal links or
// #fragments that lead nowhere, pages no link reaches, and pages missing from the sitemap.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBuiltLinks } from '../src/checks/links.ts';
import { siteConfig } from '../src/site.config.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`找不到构建结果 ${dist}。请先运行 npm run build。`);
  process.exit(1);
}
const problems = checkBuiltLinks(dist, siteConfig.url);
for (const problem of problems) console.log(`${problem.page}：${problem.message}`);
console.log(
  problems.length === 0
    ? '链接检查通过：所有内部链接和锚点都有效，所有页面都可到达并列入站点地图。'
    : `链接检查发现 ${problems.length} 个问题。`,
);
process.exit(problems.length === 0 ? 0 : 1);
