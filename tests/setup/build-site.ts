import { rm } from 'node:fs/promises';
import { astroBuild } from '../helpers/astro-build.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

/** Builds the real site with its bundled content once for every build and browser test, from a clean content cache as on a fresh clone. */
export default async function setup() {
  await rm(SITE_DIST, { recursive: true, force: true });
  const result = await astroBuild(ROOT, SITE_DIST, ['--force']);
  if (result.exitCode !== 0) throw new Error(`网站构建失败：\n${result.output}`);
}
