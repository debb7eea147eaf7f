import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** What a build printed and how it ended. */
export interface BuildResult {
  exitCode: number;
  /** stdout and stderr together, colour codes removed. */
  output: string;
}

/**
 * Runs the site's build (`npm run build`: scripts/build.ts, `astro build` then the search
 * index, QR codes and precompressed copies) for the project at `root` into `outDir`, with
 * this test run's Node and environment plus `env`.
 */
export function astroBuild(
  root: string,
  outDir: string,
  flags: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawnBuild(root, outDir, flags, env);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      // eslint-disable-next-line no-control-regex -- the escape that starts a terminal colour
      resolve({ exitCode: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }),
    );
  });
}

/**
 * Starts the site's build as astroBuild does and hands back its process, for tests
 * that watch or stop it; `detached` puts it in a process group of its own.
 */
export function spawnBuild(
  root: string,
  outDir: string,
  flags: string[] = [],
  env: NodeJS.ProcessEnv = {},
  detached = false,
): ChildProcess {
  // A copy of the whole project (project-copy.ts) builds with its own code; a fixture site with the project's.
  const own = join(root, 'scripts/build.ts');
  const script = existsSync(own) ? own : join(ROOT, 'scripts/build.ts');
  return spawn(process.execPath, [script, '--outDir', outDir, ...flags], {
    cwd: root,
    detached,
    // The test runner's NODE_ENV=test must not leak into the build: build as a user would.
    env: {
      ...withoutTestRunnerEnv(process.env),
      ...env,
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
}

/** The environment without what Vitest adds for its own use (BASE_URL, MODE, DEV, PROD, SSR), which a user's build never has. */
function withoutTestRunnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = env;
  return rest;
}
