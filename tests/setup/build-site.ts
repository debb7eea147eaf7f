import { rm } from 'node:fs/promises';
import { astroBuild } from '../helpers/astro-build.ts';
import { ROOT, SITE_DIST, TEST_REPOSITORY_URL } from '../helpers/paths.ts';

/**
 * Builds the real site with its bundled content once for every build and browser test, from a
 * clean content cache as on a fresh clone, for a repository so that its editor links are there.
 */
export default async function setup() {
  await rm(SITE_DIST, { recursive: true, force: true });
  const result = await astroBuild(ROOT, SITE_DIST, ['--force'], {
    REPOSITORY_URL: TEST_REPOSITORY_URL,
  });
  if (result.exitCode !== 0) throw new Error(`网站构建失败：\n${result.output}`);
}
