import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';

/** A project of its own git repository, outside this one, with the check fixture's content on `main`. */
export interface GitProject {
  root: string;
  git(...args: string[]): string;
  /** Writes files (paths relative to the root); `null` deletes one. */
  write(files: Record<string, string | null>): void;
  /** Commits everything on the current branch. */
  commit(message: string): void;
  remove(): void;
}

/**
 * Sets up a git repository in the system's temporary folder (the content check
 * reads a target branch only where the project is the top of its repository)
 * holding `tests/fixtures/check/_base`, committed on `main`.
 */
export function gitProject(): GitProject {
  const root = mkdtempSync(join(tmpdir(), 'kb-git-'));
  cpSync(join(ROOT, 'tests/fixtures/check/_base'), root, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=编辑',
        '-c',
        'user.email=bianji@example.org',
        '-c',
        'init.defaultBranch=main',
        ...args,
      ],
      { cwd: root, encoding: 'utf8' },
    ).trim();
  git('init', '--quiet');
  git('add', '-A');
  git('commit', '--quiet', '-m', '初始内容');
  return {
    root,
    git,
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        if (text === null) rmSync(join(root, path), { force: true });
        else {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), text);
        }
      }
    },
    commit(message) {
      git('add', '-A');
      git('commit', '--quiet', '-m', message);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
