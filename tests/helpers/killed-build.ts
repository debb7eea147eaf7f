import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { spawnBuild } from './astro-build.ts';
import { stagingFolder } from '../../scripts/lib/build/staged-output.ts';

/** What the build in progress has done so far, for deciding when to kill it. */
export interface BuildProgress {
  /** What it printed so far. */
  output: string;
  /** Its staging folder (where it writes the site until it succeeds). */
  staging: string;
  /** Milliseconds since it started. */
  elapsed: number;
}

/** A moment of a build at which to kill it. */
export interface KillPoint {
  name: string;
  reached: (progress: BuildProgress) => boolean;
}

/** Any file under `dir` whose name matches; the build may be removing folders meanwhile. */
function holds(dir: string, name: RegExp): boolean {
  try {
    return (readdirSync(dir, { recursive: true }) as string[]).some((file) => name.test(file));
  } catch {
    return false;
  }
}

/** Moments inside each step of the build, each found by what the step prints or writes. */
export const KILL_POINTS: KillPoint[] = [
  {
    name: 'while Astro renders pages',
    reached: ({ output }) => output.includes('generating static routes'),
  },
  {
    name: 'while the search index is written',
    reached: ({ staging }) => holds(staging, /^pagefind\//),
  },
  { name: 'while pages are compressed', reached: ({ staging }) => holds(staging, /\.gz$/) },
];

/**
 * Starts `npm run build` (scripts/build.ts) for the project at `root` into `out` and
 * kills it with `signal` once `point` is reached: SIGKILL to the build process alone,
 * as `kill -9` does, so that nothing of it can tidy up. Waits until every process
 * it started has ended (its `astro build` must stop by itself), and fails if any
 * is still running after ten seconds.
 * @returns what the build printed, and whether the point was reached before it finished
 */
export async function killBuildAt(
  root: string,
  out: string,
  point: KillPoint,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<{ output: string; killed: boolean }> {
  const child = spawnBuild(root, out, [], {}, true);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  const staging = stagingFolder(out);
  const started = Date.now();
  let killed = false;
  while (!done) {
    if (point.reached({ output, staging, elapsed: Date.now() - started })) {
      child.kill(signal);
      killed = true;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await exited;
  // The build's own process group: its astro build and Pagefind's indexer must end too.
  for (let waited = 0; groupAlive(child.pid!); waited += 100) {
    if (waited > 10_000) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`构建被杀掉后，它启动的进程十秒后仍在运行：\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { output, killed };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every file of a built site, by path, with its bytes (folders walked, links not followed). */
export function siteFiles(dist: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(dist, path), readFileSync(path));
    }
  };
  walk(dist);
  return found;
}

/** The compressed copies of a site that do not decompress to the file beside them. */
export function badCompressedCopies(files: ReadonlyMap<string, Buffer>): string[] {
  const bad: string[] = [];
  for (const [path, bytes] of files) {
    const plain = files.get(path.replace(/\.(gz|br)$/, ''));
    if (path === path.replace(/\.(gz|br)$/, '') || !plain) continue;
    try {
      const back = path.endsWith('.gz') ? gunzipSync(bytes) : brotliDecompressSync(bytes);
      if (!back.equals(plain)) bad.push(path);
    } catch {
      bad.push(path);
    }
  }
  return bad;
}
