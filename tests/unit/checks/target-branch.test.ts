import { afterEach, describe, expect, test } from 'vitest';
import { runChecks } from '../../../src/checks/index.ts';
import { formatReport } from '../../../src/checks/finding.ts';
import { readTargetContent, targetBranchName } from '../../../src/checks/target-branch.ts';
import { gitProject, type GitProject } from '../../helpers/git-project.ts';

const NEW_CASE =
  '---\ntitle: 网页上新增的案例\nkind: 部署要求\nsummary: 只用网页编辑器写的案例。\nconcepts: [大整合共治]\nsites: [测试社区]\n---\n\n## 做法\n\n正文。\n';

/** The check as CI runs it on a merge request into `main`. */
async function checkAgainstMain(project: GitProject): Promise<string> {
  const { target } = readTargetContent(project.root, 'main', false);
  return formatReport(
    (await runChecks(project.root, target)).filter((finding) => finding.rule === 'published-url'),
  );
}

describe('targetBranchName', () => {
  test.each([
    ['set by hand', { KB_TARGET_BRANCH: 'release' }, 'release'],
    ['a GitHub or Gitea pull request', { GITHUB_BASE_REF: 'main' }, 'main'],
    [
      'a GitLab merge request',
      { GITLAB_CI: 'true', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'master' },
      'master',
    ],
    ['a GitLab branch pipeline', { GITLAB_CI: 'true', CI_DEFAULT_BRANCH: 'master' }, 'master'],
    ['a local clone', {}, 'main'],
    ['turned off by hand', { KB_TARGET_BRANCH: '' }, undefined],
  ])('%s', (_, env, expected) => {
    expect(targetBranchName(env, 'main')).toBe(expected);
  });
});

describe('URLs the target branch publishes stay published, with no registration step', () => {
  let project: GitProject;
  afterEach(() => project?.remove());

  test('a case added in the web editor needs nothing more, and is protected once merged', async () => {
    project = gitProject();
    project.git('checkout', '--quiet', '-b', 'xin-anli');
    project.write({ 'content/cases/wangye-anli.mdx': NEW_CASE });
    project.commit('新增案例');
    expect(await checkAgainstMain(project)).toBe('内容检查通过，没有发现问题。');

    project.git('checkout', '--quiet', 'main');
    project.git('merge', '--quiet', '--no-ff', '-m', '合并', 'xin-anli');
    project.git('checkout', '--quiet', '-b', 'shanchu');
    project.write({ 'content/cases/wangye-anli.mdx': null });
    expect(await checkAgainstMain(project)).toMatchInlineSnapshot(`
      "content/cases/wangye-anli.mdx:1:1 错误 [已发布网址 published-url] 《网页上新增的案例》（/cases/wangye-anli/）已在 main 上发布，合并后将不再生成，培训材料里的链接将失效。
          改法：若条目改了文件名，在新文件的字段区加上 aliases: [wangye-anli]；若确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('a rename keeps its URL through aliases; a withdrawal needs a reason', async () => {
    project = gitProject();
    project.git('checkout', '--quiet', '-b', 'gaiming');
    const text = project.git('show', 'main:content/cases/hege-anli.mdx');
    project.write({ 'content/cases/hege-anli.mdx': null, 'content/cases/xin-mingzi.mdx': text });
    expect(await checkAgainstMain(project)).toMatch(
      /^content\/cases\/hege-anli\.mdx:1:1 错误 \[已发布网址 published-url\] 《合格的案例》（\/cases\/hege-anli\/）已在 main 上发布/,
    );
    project.write({
      'content/cases/xin-mingzi.mdx': text.replace('title:', 'aliases: [hege-anli]\ntitle:'),
    });
    expect(await checkAgainstMain(project)).toBe('内容检查通过，没有发现问题。');
    project.write({ 'content/cases/xin-mingzi.mdx': null });
    project.write({
      'content/_withdrawn-urls.txt':
        '# 撤下的网址\n/cases/hege-anli/\n/matrix/da-zhenghe-gongzhi/ceshi-shequ/ 案例已删除\n/matrix/da-fuwu-gongxiang/ceshi-shequ/ 案例已删除\n',
    });
    expect(await checkAgainstMain(project)).toMatchInlineSnapshot(`
      "content/_withdrawn-urls.txt:2:1 错误 [已发布网址 published-url] 撤下 /cases/hege-anli/ 没有写原因。
          改法：在网址后面空一格，写明为什么撤下，例如：/cases/x/ 与 /cases/y/ 重复，已合并。
      内容检查发现 1 个错误、0 个提醒。"
    `);
    project.write({
      'content/_withdrawn-urls.txt':
        '/cases/hege-anli/ 与别的案例重复，已合并\n/matrix/da-zhenghe-gongzhi/ceshi-shequ/ 案例已删除\n/matrix/da-fuwu-gongxiang/ceshi-shequ/ 案例已删除\n',
    });
    expect(await checkAgainstMain(project)).toBe('内容检查通过，没有发现问题。');
  });

  test('a speech paragraph merged into the one before it is named with its paragraph number', async () => {
    project = gitProject();
    project.git('checkout', '--quiet', '-b', 'hebing');
    const speech = project.git('show', 'main:content/speeches/ceshi-jianghua.mdx');
    project.write({
      'content/speeches/ceshi-jianghua.mdx': speech
        .replace('第一点正文。', '')
        .replace('一是……的引言。', '一是……的引言。第一点正文。'),
    });
    expect(await checkAgainstMain(project)).toMatchInlineSnapshot(`
      "content/speeches/ceshi-jianghua.mdx:1:1 错误 [已发布网址 published-url] 《测试讲话》第 5 段（/speeches/ceshi-jianghua/#p-5）已在 main 上发布，合并后将不再生成，培训材料里的链接将失效。
          改法：讲话发布后不要删除或合并段落、小节，段落编号是培训材料引用的依据；若确需撤下，在 content/_withdrawn-urls.txt 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('an unknown target branch is said, not silently skipped', () => {
    project = gitProject();
    expect(readTargetContent(project.root, 'kaifa', false)).toEqual({
      notice: '找不到目标分支 kaifa，只按登记表核对已发布的网址。',
    });
  });

  test('a project that is not the top of its repository is not compared (test fixtures inside this one)', () => {
    expect(readTargetContent(`${process.cwd()}/tests`, 'main', false)).toEqual({});
  });
});
