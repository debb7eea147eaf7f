import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** What one measured command cost. */
export interface Measured {
  /** Wall time, in milliseconds. */
  ms: number;
  /** The largest total resident memory of the command and all its child processes at any sample, in bytes. */
  peakBytes: number;
  /** What it printed, for the error message when it fails. */
  output: string;
}

/** Parent pid and resident bytes of every process, read from /proc (Linux). */
function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      table.set(Number(name), { parent, rss });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** Resident bytes of `pid` and all its descendants now. */
function treeRss(pid: number): number {
  const table = processTable();
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    total += table.get(current)?.rss ?? 0;
    for (const [child, info] of table) if (info.parent === current) pending.push(child);
  }
  return total;
}

/**
 * Runs a command and measures it: wall time, and peak memory of its whole process
 * tree sampled every 100 ms (builds start helper processes such as Pagefind's indexer,
 * whose memory counts too). Rejects with the command's output when it fails.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    }, 100);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, peakBytes, output });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} 失败（退出码 ${code}）：\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}
