import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file, in the cache folder: builds sharing a cache must not run at once. */
export const LOCK_FILE = 'kb-build.lock';

/** Who holds the lock, as its file says. */
interface Holder {
  pid: number;
  /** The machine: a lock restored with a CI cache names a process of another machine. */
  host: string;
  started: string;
}

/** How long a build waits for another before it gives up, and how often it looks. */
const WAIT = { limitMs: 30 * 60_000, pollMs: 500 };

/** Whether a process is running (signal 0 tests for it without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (failure) {
    return (failure as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    // Being written or removed this instant, or cut short by a kill: looked at again.
    return undefined;
  }
}

/**
 * Takes the build lock of the cache folder `cacheDir`, waiting while another
 * build holds it (two builds at once would write one cache and one output
 * folder together). A lock left by a build that was killed is taken over, and
 * said to be. Gives up with a Chinese message after half an hour.
 * @returns the function that releases it
 */
export async function acquireBuildLock(
  cacheDir: string,
  log: (line: string) => void,
): Promise<() => void> {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, LOCK_FILE);
  const since = Date.now();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(
        fd,
        JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }),
      );
      closeSync(fd);
      return () => {
        if (holderOf(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== 'EEXIST') throw failure;
    }
    const holder = holderOf(file);
    if (holder && (holder.host !== hostname() || !alive(holder.pid))) {
      try {
        // Renamed first, so of two builds taking over one stale lock only one removes it.
        renameSync(file, `${file}.${process.pid}.stale`);
        rmSync(`${file}.${process.pid}.stale`, { force: true });
        log(`上一次构建（进程 ${holder.pid}）没有正常结束，已清除它留下的构建锁。`);
      } catch {
        // Another build took it over first.
      }
      continue;
    }
    if (holder && !told) {
      log(
        `另一个构建（进程 ${holder.pid}，${holder.started.slice(11, 19)} 开始）正在使用同一个缓存文件夹 ${cacheDir}，等它结束后再开始……`,
      );
      told = true;
    }
    if (Date.now() - since > WAIT.limitMs) {
      throw new Error(
        `等了 30 分钟，另一个构建（进程 ${holder?.pid ?? '未知'}）仍未结束。请确认它还在正常运行；若它已经卡住，结束那个进程后再构建。`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT.pollMs));
  }
}
