import { execFileSync } from 'node:child_process';

/**
 * The date each content file was last committed, read from git in one pass
 * (a `git log` per file would not scale to thousands of entries). Files git
 * does not know, or a checkout without git, simply have no date here.
 * @returns path relative to `root` → YYYY-MM-DD
 */
export function gitLastUpdated(root: string, folder = 'content'): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync(
      'git',
      ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', folder],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
  } catch {
    return dates;
  }
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').map((line) => line.trim());
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/**
 * The date an entry shows as 最后更新: its last commit, else `updated` in its
 * frontmatter. Never `date`: that is when a speech was given or a practice took place.
 */
export function lastUpdatedOf(
  file: string,
  data: { updated?: string },
  fromGit: Map<string, string>,
): string | undefined {
  return fromGit.get(file) ?? data.updated;
}

const collator = new Intl.Collator('zh-CN');

/** Entries with the most recently changed first (their 最后更新), then by title: what a list called 最近更新 means. */
export const byLastChange = <T extends { updated?: string; data: { title: string } }>(items: T[]) =>
  [...items].sort(
    (a, b) =>
      (b.updated ?? '').localeCompare(a.updated ?? '') ||
      collator.compare(a.data.title, b.data.title),
  );
