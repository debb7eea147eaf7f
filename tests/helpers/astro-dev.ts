import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** A running `astro dev`. */
export interface DevServer {
  /** Its address, ending in a slash. */
  url: string;
  /** Everything it has printed so far, stdout and stderr together, as an editor's terminal shows it. */
  output(): string;
  stop(): void;
}

/**
 * Starts `astro dev` for the project at `root` on a free port and resolves once it
 * serves pages. `--force` replaces a server that a crashed run left for the same
 * project: Astro runs one dev server per project.
 */
export async function astroDev(root: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--force'],
    {
      cwd: root,
      // Without the test runner's VITEST* variables, under which Vite would not serve as it does for an editor.
      env: {
        ...withoutVitest(process.env),
        NODE_ENV: 'development',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    },
  );
  let output = '';
  let exited = false;
  // Decoded as a stream, so a Chinese character split between two chunks stays whole.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.once('exit', () => (exited = true));
  const url = `http://localhost:${port}/`;
  // The address is printed before the content is loaded: wait until the home page renders.
  for (
    let tries = 0;
    (await fetch(url).then(
      (answer) => answer.status,
      () => 0,
    )) !== 200;
    tries += 1
  ) {
    if (exited || tries === 120) {
      child.kill();
      throw new Error(`astro dev 没有给出首页：\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, output: () => output, stop: () => child.kill() };
}

function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST')));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}
