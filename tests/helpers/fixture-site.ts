import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { astroBuild, type BuildResult } from './astro-build.ts';
import { ROOT, TMP } from './paths.ts';

/** A fixture site: the project's own code and config over a fixture's content/. */
export interface FixtureSite {
  root: string;
  dist: string;
  /** Builds it, with `env` added to the environment (e.g. REPOSITORY_URL); the result says whether the build passed and what it printed. */
  build(env?: NodeJS.ProcessEnv): Promise<BuildResult>;
  /** Writes or replaces a content file, path relative to the fixture root. */
  write(path: string, text: string | Uint8Array): Promise<void>;
  /** Deletes a content file. */
  remove(path: string): Promise<void>;
}

/**
 * Sets up `tests/.tmp/fixtures/<name>` from `tests/fixtures/<from>/content` (or from
 * the content folder `from`, given as an absolute path), with
 * an Astro config that reuses the project's config, src/ and public/. It lives
 * inside the project so that packages resolve from the project's node_modules,
 * while its content cache stays its own.
 */
export async function fixtureSite(name: string, from = name): Promise<FixtureSite> {
  const root = join(TMP, 'fixtures', name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(
    isAbsolute(from) ? from : join(ROOT, 'tests/fixtures', from, 'content'),
    join(root, 'content'),
    { recursive: true },
  );
  await writeFile(
    join(root, 'astro.config.mjs'),
    [
      `import base from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};`,
      `export default { ...base, srcDir: ${JSON.stringify(join(ROOT, 'src'))}, publicDir: ${JSON.stringify(join(ROOT, 'public'))} };`,
    ].join('\n'),
  );
  const dist = join(root, 'dist');
  return {
    root,
    dist,
    build: (env) => astroBuild(root, dist, [], env),
    write: async (path, text) => {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    },
    remove: (path) => rm(join(root, path), { force: true }),
  };
}
