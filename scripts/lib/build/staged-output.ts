import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BUILD_DATA_FILE } from '../../../src/postbuild/build-data.ts';

/**
 * The folder a build writes into, beside the output folder (so that one rename
 * moves it into place): the output folder itself is replaced only once the whole
 * build has succeeded, and a build killed part-way leaves it as it was.
 */
export const stagingFolder = (out: string) => join(dirname(out), `.${basename(out)}.building`);

/** Where the output folder being replaced waits while the new one moves in. */
const previousFolder = (out: string) => join(dirname(out), `.${basename(out)}.previous`);

/** What `astro build` leaves in its output only while it runs, and the build's hand-off file. */
const INTERNAL = new Set(['.prerender', BUILD_DATA_FILE]);

/**
 * Puts right what a killed build left (the caller holds the build lock, so no
 * other build is using these folders): its staging folder is removed, and an
 * output folder caught between its two renames is put back.
 * @returns what was done, for the log; empty when nothing was left
 */
export function recoverOutput(out: string): string[] {
  const done: string[] = [];
  const staging = stagingFolder(out);
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    done.push(`删除了上次中断的构建留下的 ${staging}`);
  }
  const previous = previousFolder(out);
  if (existsSync(previous)) {
    if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
    else {
      renameSync(previous, out);
      done.push(`恢复了上次构建替换到一半的 ${out}`);
    }
  }
  return done;
}

/**
 * Moves the finished build from its staging folder to the output folder: the
 * old output steps aside, the new one takes its name, the old one is removed.
 * Refuses a build that still holds build-internal files (a bug, never published).
 */
export function publishOutput(staging: string, out: string): void {
  const internal = readdirSync(staging).filter(
    (name) => INTERNAL.has(name) || /\.partial$/.test(name),
  );
  if (internal.length > 0)
    throw new Error(
      `构建结果里还有构建过程的内部文件：${internal.join('、')}（构建程序有误），没有发布。`,
    );
  const previous = previousFolder(out);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
}
