import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { ROOT } from '../helpers/paths.ts';
import { spawnBuild } from '../helpers/astro-build.ts';
import {
  badCompressedCopies,
  KILL_POINTS,
  killBuildAt,
  siteFiles,
} from '../helpers/killed-build.ts';

const CASE = 'content/cases/hege-anli.mdx';

let site: FixtureSite;
/** The site as a whole build made it, before anything was killed. */
let good: Map<string, Buffer>;
beforeAll(async () => {
  site = await fixtureSite('crash-safety', join(ROOT, 'tests/fixtures/check/_base/content'));
  const built = await site.build();
  if (built.exitCode !== 0) throw new Error(built.output);
  good = siteFiles(site.dist);
}, 300_000);

/** Files that differ between two builds of a site, by path. */
function differences(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0))).sort();
}

describe('a build killed part-way (kill -9)', () => {
  test('the site as built is whole: every compressed copy decompresses to its file, and nothing internal is in it', () => {
    expect(badCompressedCopies(good)).toEqual([]);
    expect(
      [...good.keys()].filter((path) => /(^|\/)\.|kb-build-data|\.partial$/.test(path)),
    ).toEqual([]);
  });

  // An edit is killed while Astro stores its pages, then taken back: the next build must not copy
  // the killed build's stored page of the edit (Astro's incremental cache) into the site.
  test('while Astro renders an edit that is then taken back: the site stays as it was, and the next build gives it back exactly', async () => {
    const source = readFileSync(join(site.root, CASE), 'utf8');
    await site.write(CASE, source.replace('每个字段都写对了。', '这一版改动没有发布。'));
    const killed = await killBuildAt(site.root, site.dist, KILL_POINTS[0]!);
    expect(killed.killed).toBe(true);
    expect(differences(good, siteFiles(site.dist))).toEqual([]);
    await site.write(CASE, source);
    const rebuilt = await site.build();
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain('上一次构建没有完成');
    expect(differences(good, siteFiles(site.dist))).toEqual([]);
  }, 120_000);

  test('while the pages are compressed: the site stays as it was, and the next build finds the damaged cache and gives the site back exactly', async () => {
    const killed = await killBuildAt(site.root, site.dist, KILL_POINTS[2]!);
    expect(killed.killed).toBe(true);
    expect(differences(good, siteFiles(site.dist))).toEqual([]);
    const rebuilt = await site.build();
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(differences(good, siteFiles(site.dist))).toEqual([]);
    expect(existsSync(join(site.root, 'dist'))).toBe(true);
    expect(readdirSync(site.root).filter((name) => name.includes('.building'))).toEqual([]);
  }, 120_000);
});

describe('two builds started together in one folder', () => {
  test('the second waits for the first with a Chinese message; both succeed and the site is whole', async () => {
    const build = () =>
      new Promise<{ code: number; output: string }>((resolve) => {
        const child = spawnBuild(site.root, site.dist);
        let output = '';
        child.stdout!.on('data', (chunk) => (output += chunk));
        child.stderr!.on('data', (chunk) => (output += chunk));
        child.once('exit', (code) => resolve({ code: code ?? 1, output }));
      });
    const [first, second] = await Promise.all([build(), build()]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(`${first.output}\n${second.output}`).toMatch(
      /另一个构建（进程 \d+，\d\d:\d\d:\d\d 开始）正在使用同一个缓存文件夹 .+，等它结束后再开始……/,
    );
    expect(differences(good, siteFiles(site.dist))).toEqual([]);
  }, 180_000);
});
