import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RECORD_CACHE_FILE } from '../../src/postbuild/record-cache.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

mkdirSync(TMP, { recursive: true });
const work = mkdtempSync(join(TMP, 'search-index-failure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The index step run as the build runs it, in a process of its own, on a site that lacks a
// page the knowledge base files: it must fail, say why, and leave nothing running.
const script = join(work, 'index.ts');
writeFileSync(
  script,
  `import { readdirSync, readFileSync } from 'node:fs';
import { buildSearchIndex } from ${JSON.stringify(join(ROOT, 'src/postbuild/search-index.ts'))};
try {
  await buildSearchIndex(process.argv[2], process.argv[3], { '/cases/missing/': {} });
} catch (error) {
  // What is still running under this process once the step has failed, given five seconds to stop.
  // Read from /proc (Linux), so no ps is needed: a process's stat is "pid (name) state ppid ...".
  const running = () =>
    readdirSync('/proc')
      .filter((name) => /^\\d+$/.test(name))
      .flatMap((pid) => {
        try {
          return [readFileSync(\`/proc/\${pid}/stat\`, 'utf8')];
        } catch {
          return [];
        }
      })
      .map((stat) => /^\\d+ \\((.*)\\) (\\S) (\\d+)/.exec(stat))
      .filter((m) => m && m[3] === String(process.pid) && m[2] !== 'Z')
      .map((m) => m[1]);
  let children = running();
  for (let tries = 0; children.length > 0 && tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    children = running();
  }
  console.log(JSON.stringify({ message: error.message, children }));
}
`,
);

describe('a search index that cannot be built', () => {
  test('fails with the reason, leaves no Pagefind process running, and keeps the last record cache as it was', () => {
    const site = join(work, 'site');
    const cache = join(work, 'cache');
    mkdirSync(site, { recursive: true });
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, RECORD_CACHE_FILE), 'last build\n');
    const run = spawnSync(process.execPath, [script, site, cache], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.error).toBeUndefined();
    expect(JSON.parse(run.stdout)).toEqual({
      message: '这些条目没有生成可检索的页面：/cases/missing/（构建程序有误）。',
      children: [],
    });
    expect(readFileSync(join(cache, RECORD_CACHE_FILE), 'utf8')).toBe('last build\n');
    expect(readdirSync(cache)).toEqual([RECORD_CACHE_FILE]);
  });
});
