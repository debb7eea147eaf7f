import { describe, expect, test } from 'vitest';
import { linkFindings } from '../../../src/checks/link-findings.ts';
import { formatGithub } from '../../../src/checks/formats/github.ts';
import { codeQualityIssues } from '../../../src/checks/formats/gitlab.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('the link check’s problems on the forge’s review surface', () => {
  const findings = linkFindings(ROOT, [
    { page: '/cases/shuji-wenping/', message: '链接 /cases/meiyou/ 指向的页面不存在。' },
    { page: '/matrix/', message: '从首页出发沿链接无法到达这个页面。' },
  ]);

  test('are findings of the entry file a page is made from, else of its built file', () => {
    expect(findings.map(({ file, rule, severity }) => [file, rule, severity])).toEqual([
      ['content/cases/shuji-wenping.mdx', 'built-link', 'error'],
      ['dist/matrix/index.html', 'built-link', 'error'],
    ]);
  });

  test('become GitHub annotations and GitLab Code Quality issues in Chinese', () => {
    expect(formatGithub(findings).split('\n')[0]).toMatchInlineSnapshot(
      `"::error file=content/cases/shuji-wenping.mdx,line=1,col=1,title=内容检查：链接检查 built-link::页面 /cases/shuji-wenping/：链接 /cases/meiyou/ 指向的页面不存在。"`,
    );
    expect(codeQualityIssues(findings)[0]?.description).toMatchInlineSnapshot(
      `"页面 /cases/shuji-wenping/：链接 /cases/meiyou/ 指向的页面不存在。"`,
    );
  });
});
