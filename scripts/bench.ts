// npm run bench: builds this site, a minimal Astro + MDX + Pagefind baseline and pinned
// Starlight from the same generated corpus, in alternating runs, and reports medians
// (min–max) of build time, peak memory, rebuild after one change, output sizes and a
// first search in headless Chromium. Results: bench/results/bench-<sizes>.{md,json}.
// Options: --sizes 1000,5000 (default) · --full (adds 10000, built once: a Starlight build there
//          takes a quarter of an hour) · --runs 3 · --ci (N = 200, one run) · --only site,baseline,starlight
//          (site-plain: this site with Astro's incremental build off)
import { CACHE_DIR } from '../src/site/build-paths.ts';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generateCorpus } from './lib/corpus.ts';
import { setUpProject, type BenchProject, type Variant } from './lib/bench/projects.ts';
import { measureOutput } from './lib/bench/outputs.ts';
import { firstSearch, type FirstSearch } from './lib/bench/first-search.ts';
import { launchChromium } from './lib/chromium.ts';
import { MEASURED_QUERIES } from './lib/search-queries.ts';
import { renderReport, type SizeResult, type VariantResult } from './lib/bench/report.ts';

const root = resolve('.');
const work = join(root, 'bench/work');
const flag = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const ci = flag('ci');
const sizes = ci
  ? [200]
  : (option('sizes')?.split(',').map(Number) ?? [1000, 5000]).concat(flag('full') ? [10000] : []);
const runs = ci ? 1 : Number(option('runs') ?? 3);
const runsAt = (size: number) => (flag('full') && size === 10000 ? 1 : runs);
const variants = (option('only')?.split(',') ?? ['site', 'baseline', 'starlight']) as Variant[];
const CASE_ID = 'anli-00001';
const log = (line: string) => console.log(`[bench] ${line}`);

if (
  variants.includes('starlight') &&
  !existsSync(join(root, 'bench/starlight/node_modules/@astrojs/starlight'))
) {
  log('安装 bench/starlight 的固定依赖（npm ci）……');
  const install = spawnSync(
    'npm',
    ['ci', '--prefix', join(root, 'bench/starlight'), '--no-audit', '--no-fund'],
    { stdio: 'inherit' },
  );
  if (install.status !== 0) throw new Error('bench/starlight 的依赖安装失败。');
}

const browser = await launchChromium();
const results: SizeResult[] = [];
try {
  for (const size of sizes) {
    const corpus = join(work, `corpus-${size}`);
    log(`生成 ${size} 个案例的语料……`);
    generateCorpus(root, corpus, { cases: size, portable: true });
    const projects = variants.map((variant) =>
      setUpProject(root, variant, join(work, `${variant}-${size}`), corpus),
    );
    const collected = new Map<Variant, VariantResult>(
      variants.map((variant) => [variant, { variant, builds: [], rebuilds: [], searches: [] }]),
    );
    const sizeRuns = runsAt(size);
    for (let run = 1; run <= sizeRuns; run += 1) {
      // Alternate the variants within each run, so drift of the machine hits all of them alike.
      for (const project of run % 2 ? projects : [...projects].reverse()) {
        const result = collected.get(project.variant)!;
        cleanBuild(project);
        log(`N=${size} 第 ${run}/${sizeRuns} 轮：构建 ${project.variant}……`);
        const build = await project.build();
        writeFileSync(join(project.dir, `build-${run}.log`), build.output);
        log(
          `  ${(build.ms / 1000).toFixed(1)} s，峰值内存 ${Math.round(build.peakBytes / 2 ** 20)} MB`,
        );
        result.builds.push({ ms: build.ms, peakBytes: build.peakBytes });
        result.output ??= measureOutput(project.dist, `/cases/${CASE_ID}/`);
        result.searches.push(
          ...(await searchAll(project, project.variant.startsWith('site') ? 'site' : 'stock')),
        );
        log(`N=${size} 第 ${run}/${sizeRuns} 轮：改动一个案例后重建 ${project.variant}……`);
        const file = project.caseFile(CASE_ID);
        const original = readFileSync(file, 'utf8');
        appendFileSync(file, `\n（第 ${run} 轮重建测试补充的一句话。）\n`);
        try {
          const rebuild = await project.build();
          writeFileSync(join(project.dir, `rebuild-${run}.log`), rebuild.output);
          log(
            `  ${(rebuild.ms / 1000).toFixed(1)} s，峰值内存 ${Math.round(rebuild.peakBytes / 2 ** 20)} MB`,
          );
          result.rebuilds.push({ ms: rebuild.ms, peakBytes: rebuild.peakBytes });
          if (
            !readFileSync(join(project.dist, 'cases', CASE_ID, 'index.html'), 'utf8').includes(
              `第 ${run} 轮重建测试补充的一句话`,
            )
          ) {
            throw new Error(`${project.variant} 重建后，改动的案例页面没有更新。`);
          }
        } finally {
          writeFileSync(file, original);
        }
      }
    }
    results.push({ size, runs: sizeRuns, variants: [...collected.values()] });
    // Written after every size, so a long run that is stopped keeps what it measured.
    writeReport();
  }
} finally {
  await browser.close();
}
console.log(writeReport());
log(`结果已写入 bench/results/`);

function writeReport(): string {
  const { markdown, json } = renderReport(root, results, { queries: MEASURED_QUERIES });
  const name = `bench-${sizes.join('-')}${option('only') ? `-${variants.join('-')}` : ''}`;
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results', `${name}.md`), markdown);
  writeFileSync(join(root, 'bench/results', `${name}.json`), `${JSON.stringify(json, null, 1)}\n`);
  return markdown;
}

/** A cold build: no output and no cache left from the previous one. */
function cleanBuild(project: BenchProject) {
  for (const folder of ['dist', '.astro', 'node_modules/.astro', CACHE_DIR])
    rmSync(join(project.dir, folder), { recursive: true, force: true });
}

/** The first search for each query, on a fresh visit to the built site. */
async function searchAll(project: BenchProject, engine: 'site' | 'stock'): Promise<FirstSearch[]> {
  const searches: FirstSearch[] = [];
  for (const query of MEASURED_QUERIES) {
    const search = await firstSearch(
      browser,
      project.dist,
      query,
      engine === 'site'
        ? { kind: 'site' }
        : { kind: 'stock', path: `/cases/${CASE_ID}/`, bundle: '/pagefind/pagefind.js' },
    );
    if (search.results === 0) throw new Error(`${project.variant} 检索“${query}”没有结果。`);
    searches.push(search);
  }
  return searches;
}
