import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The content a change is measured against: what the target branch publishes. */
export interface TargetContent {
  /** The branch, as the editor knows it (main). */
  branch: string;
  /** The commit the change started from (where it left the branch). */
  commit: string;
  /** A folder holding that commit's content/, to be read like a project root. */
  root: string;
}

/**
 * The branch a pull or merge request goes into, as the forge's CI names it, or
 * as set by hand (KB_TARGET_BRANCH); locally, the default branch.
 * @param fallback the repository's default branch, from the site config
 */
export function targetBranchName(env: NodeJS.ProcessEnv, fallback: string): string | undefined {
  if (env.KB_TARGET_BRANCH !== undefined) return env.KB_TARGET_BRANCH || undefined;
  if (env.GITHUB_BASE_REF) return env.GITHUB_BASE_REF;
  if (env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME) return env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME;
  if (env.GITLAB_CI) return env.CI_DEFAULT_BRANCH;
  return fallback;
}

/**
 * Reads, with git, the content the target branch had where this change left it
 * (the merge base): everything published there must still be published after the
 * merge. Undefined when the project is not the top of a git repository, the branch
 * is unknown or cannot be fetched, or the content has not changed since; `notice`
 * says which, for the report.
 */
export function readTargetContent(
  root: string,
  branch: string | undefined,
  inCi: boolean,
): { target?: TargetContent; notice?: string } {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  const tryGit = (...args: string[]) => {
    try {
      return git(...args);
    } catch {
      return undefined;
    }
  };
  const top = tryGit('rev-parse', '--show-toplevel');
  if (!top || realpathSync(top) !== realpathSync(root) || !branch) return {};
  const ref = [`origin/${branch}`, branch].find((candidate) =>
    tryGit('rev-parse', '--verify', '--quiet', `${candidate}^{commit}`),
  );
  const fetched =
    ref ??
    (inCi &&
    tryGit(
      'fetch',
      '--no-tags',
      'origin',
      `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ) !== undefined
      ? `origin/${branch}`
      : undefined);
  if (!fetched) return { notice: `找不到目标分支 ${branch}，只按登记表核对已发布的网址。` };
  let base = tryGit('merge-base', 'HEAD', fetched);
  if (!base && inCi && tryGit('rev-parse', '--is-shallow-repository') === 'true') {
    tryGit('fetch', '--no-tags', '--unshallow', 'origin');
    base = tryGit('merge-base', 'HEAD', fetched);
  }
  if (!base)
    return {
      notice: `找不到本分支与 ${branch} 的共同起点（克隆的历史不完整），只按登记表核对已发布的网址。`,
    };
  // Nothing under content/ differs from where the change started (working tree included): nothing published can be lost.
  if (tryGit('diff', '--quiet', base, '--', 'content') !== undefined) return {};
  const folder = mkdtempSync(join(tmpdir(), 'kb-target-'));
  execFileSync('sh', ['-c', `git archive --format=tar "${base}" content | tar -x -C "${folder}"`], {
    cwd: root,
    stdio: 'ignore',
  });
  return { target: { branch, commit: base, root: folder } };
}

/** The target content for this project in this environment (CI variables, else the default branch). */
export function targetFor(
  root: string,
  defaultBranch: string,
  env: NodeJS.ProcessEnv = process.env,
) {
  return readTargetContent(root, targetBranchName(env, defaultBranch), Boolean(env.CI));
}

/** The content files a change adds (A), modifies (M) or deletes (D) since `commit`, working tree included; renames count as both. */
export function changedContentFiles(
  root: string,
  commit: string,
): Array<{ status: 'A' | 'M' | 'D'; file: string }> {
  const tracked = execFileSync(
    'git',
    ['diff', '--name-status', '--no-renames', commit, '--', 'content'],
    { cwd: root, encoding: 'utf8' },
  );
  const untracked = execFileSync(
    'git',
    ['ls-files', '--others', '--exclude-standard', '--', 'content'],
    { cwd: root, encoding: 'utf8' },
  );
  return [
    ...tracked.split('\n').flatMap((line) => {
      const [status, file] = line.split('\t');
      return status && file && 'AMD'.includes(status)
        ? [{ status: status as 'A' | 'M' | 'D', file }]
        : [];
    }),
    ...untracked
      .split('\n')
      .filter(Boolean)
      .map((file) => ({ status: 'A' as const, file })),
  ];
}
