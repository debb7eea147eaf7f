import { afterEach, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gitProject, type GitProject } from '../helpers/git-project.ts';
import { ROOT } from '../helpers/paths.ts';

const run = promisify(execFile);

describe('npm run review, the reviewers’ summary of a merge request', () => {
  let project: GitProject;
  afterEach(() => project?.remove());

  test('lists the pages added, changed and withdrawn, with URL and title, in the file and the GitHub job summary', async () => {
    project = gitProject();
    project.git('checkout', '--quiet', '-b', 'bianji');
    const base = project.git('show', 'main:content/cases/hege-anli.mdx');
    project.write({
      'content/cases/xin-anli.mdx':
        '---\ntitle: 新的案例\ndate: 2022-07-01\nsummary: 新增。\nconcepts: [大服务共享]\nsites: [测试社区]\n---\n\n## 做法\n\n正文。\n',
      'content/sites/ceshi-shequ.mdx': project
        .git('show', 'main:content/sites/ceshi-shequ.mdx')
        .replace('测试用示范点。\n', '改写过的介绍。\n'),
      'content/cases/hege-anli.mdx': null,
      'content/cases/hege-anli-2.mdx': base.replace(
        'title: 合格的案例',
        'title: 合格的案例（改名）\naliases: [hege-anli]',
      ),
      'content/_withdrawn-urls.txt': '/matrix/da-zhenghe-gongzhi/ceshi-shequ/ 案例改了理念\n',
    });
    project.write({
      'content/cases/hege-anli-2.mdx': base
        .replace('concepts: [大整合共治, da-fuwu-gongxiang]', 'concepts: [da-fuwu-gongxiang]')
        .replace('title: 合格的案例', 'title: 合格的案例（改名）\naliases: [hege-anli]'),
    });
    const jobSummary = join(project.root, 'job-summary.md');
    writeFileSync(jobSummary, '');
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/review.ts')], {
      cwd: project.root,
      env: { ...process.env, GITHUB_STEP_SUMMARY: jobSummary, KB_TARGET_BRANCH: 'main' },
    });
    const written = readFileSync(join(project.root, 'review-summary.md'), 'utf8');
    expect(written.replace(/提交 [0-9a-f]{8}/, '提交 COMMIT')).toMatchInlineSnapshot(`
      "## 合并后网站的变化

      对比的是 main（从提交 COMMIT 起的改动）。构建好的网站在本次 CI 的附件（artifact）里，可以下载后预览。

      ### 新增的页面（2）

      | 网址 | 内容 |
      | --- | --- |
      | \`/cases/hege-anli-2/\` | 《合格的案例（改名）》 |
      | \`/cases/xin-anli/\` | 《新的案例》 |

      ### 修改的页面（1）

      | 网址 | 内容 |
      | --- | --- |
      | \`/sites/ceshi-shequ/\` | 《测试社区》 |

      ### 撤下的页面（1）

      | 网址 | 内容 |
      | --- | --- |
      | \`/matrix/da-zhenghe-gongzhi/ceshi-shequ/\` | 理念与示范点对照表的“大整合共治 × 测试社区”一格（撤下原因：案例改了理念） |
      "
    `);
    expect(readFileSync(jobSummary, 'utf8')).toBe(written);
    expect(stdout).toContain('## 合并后网站的变化');
  });

  test('says so when the content did not change', async () => {
    project = gitProject();
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/review.ts')], {
      cwd: project.root,
      env: { ...process.env, GITHUB_STEP_SUMMARY: '', KB_TARGET_BRANCH: 'main' },
    });
    expect(stdout).toContain('与目标分支相比，content/ 没有改动：已发布的页面不变。');
  });
});
