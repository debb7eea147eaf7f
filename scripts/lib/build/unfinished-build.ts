import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written when a build starts and removed when it has published its output. */
const MARKER = 'kb-build-unfinished';

/**
 * Astro's incremental build writes its stored pages in place and its list of them
 * last, so a build that stops part-way can leave a stored page that no longer
 * matches the list; a later build would copy it into the site. Our own cache
 * entries verify themselves (postbuild/cache-files.ts); Astro's cannot be checked, so
 * after a build that did not finish they are dropped once and every page is
 * rendered again.
 * @returns true when the last build in this cache folder did not finish
 */
export function startBuild(cacheDir: string): boolean {
  const marker = join(cacheDir, MARKER);
  const unfinished = existsSync(marker);
  if (unfinished) rmSync(join(cacheDir, 'incremental-build.json'), { force: true });
  writeFileSync(marker, `${process.pid}\n`);
  return unfinished;
}

/** Records that the build finished: the next one may reuse what it stored. */
export const finishBuild = (cacheDir: string) => rmSync(join(cacheDir, MARKER), { force: true });
