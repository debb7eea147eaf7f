import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryFile } from './entry-files.ts';

/**
 * The entry files a change leaves exactly as the target branch has them: the
 * bystanders. Where two files conflict (the same title, the same name), the one
 * the merge request added or edited is the one to report, and to change.
 * @param targetRoot a folder holding the target branch's content/ (see target-branch.ts)
 */
export function unchangedFiles(
  root: string,
  targetRoot: string | undefined,
  entries: readonly EntryFile[],
): Set<string> {
  if (!targetRoot) return new Set();
  return new Set(
    entries
      .filter(({ file }) => {
        const published = join(targetRoot, file);
        return (
          existsSync(published) && readFileSync(published).equals(readFileSync(join(root, file)))
        );
      })
      .map(({ file }) => file),
  );
}

/** The entries with the unchanged ones first, each group in its own order: who was there first claims a name. */
export const bystandersFirst = (entries: readonly EntryFile[], unchanged: ReadonlySet<string>) => [
  ...entries.filter(({ file }) => unchanged.has(file)),
  ...entries.filter(({ file }) => !unchanged.has(file)),
];
