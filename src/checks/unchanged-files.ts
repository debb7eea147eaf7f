import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntryFiles, type EntryFile } from './entry-files.ts';
import { pageAnchors, type SpeechAnchors } from './speech-outlines.ts';
import type { TargetContent } from './target-branch.ts';

/** What the target branch publishes, read once for every rule that compares with it. */
export interface PublishedContent {
  /** The branch, as the editor knows it (main). */
  branch: string;
  /** Its entries, as the check reads them. */
  entries: EntryFile[];
  /** Its numbered entries as their pages number them, by `collection/id`. */
  anchors: Map<string, SpeechAnchors>;
}

/**
 * Reads the target branch's content and the files this change leaves as they are
 * there, then removes the folder the target was unpacked into.
 */
export function readPublished(
  root: string,
  entries: readonly EntryFile[],
  target: TargetContent | undefined,
): { published?: PublishedContent; unchanged: Set<string> } {
  if (!target) return { unchanged: new Set() };
  try {
    const published = loadEntryFiles(target.root).entries;
    return {
      unchanged: unchangedFiles(root, target.root, entries),
      published: {
        branch: target.branch,
        entries: published,
        anchors: pageAnchors(published),
      },
    };
  } finally {
    rmSync(target.root, { recursive: true, force: true });
  }
}

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

/** How a message names a file the change left alone (`已发布、本次没有改动的 content/…`), or any file. */
export const named = (file: string, unchanged: ReadonlySet<string>) =>
  unchanged.has(file) ? `已发布、本次没有改动的 ${file}` : file;

/** The entries with the unchanged ones first, each group in its own order: who was there first claims a name. */
export const bystandersFirst = (entries: readonly EntryFile[], unchanged: ReadonlySet<string>) => [
  ...entries.filter(({ file }) => unchanged.has(file)),
  ...entries.filter(({ file }) => !unchanged.has(file)),
];
