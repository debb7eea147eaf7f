import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import type { BuildOutput } from './outputs.ts';
import type { FirstSearch } from './first-search.ts';
import type { Variant } from './projects.ts';
import { spread, type Spread } from './stats.ts';
import { CHROMIUM_PATH } from '../chromium.ts';

/** Everything measured for one variant at one corpus size. */
export interface VariantResult {
  variant: Variant;
  builds: Array<{ ms: number; peakBytes: number }>;
  rebuilds: Array<{ ms: number; peakBytes: number }>;
  searches: FirstSearch[];
  output?: BuildOutput;
}

/** One corpus size. */
export interface SizeResult {
  size: number;
  /** How many times each site was built at this size. */
  runs: number;
  variants: VariantResult[];
}

const NAMES: Record<Variant, string> = {
  site: '本站',
  'site-plain': '本站（不用增量构建）',
  baseline: '最小基线',
  starlight: 'Starlight',
};
const KB = 1024;
const MB = 1024 * 1024;
const seconds = (s: Spread) =>
  `${(s.median / 1000).toFixed(1)} s（${(s.min / 1000).toFixed(1)}–${(s.max / 1000).toFixed(1)}）`;
const megabytes = (s: Spread) =>
  `${Math.round(s.median / MB)} MB（${Math.round(s.min / MB)}–${Math.round(s.max / MB)}）`;
const kilobytes = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The version of the package installed in `dir`, or 未安装. */
export function installedVersion(dir: string): string {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '未安装';
  }
}

/** The versions that produced the figures, read from the installed packages. */
function versions(root: string): Record<string, string> {
  const chromium = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return {
    node: process.version,
    astro: installedVersion(join(root, 'node_modules/astro')),
    '@astrojs/mdx': installedVersion(join(root, 'node_modules/@astrojs/mdx')),
    pagefind: installedVersion(join(root, 'node_modules/pagefind')),
    '@astrojs/starlight': installedVersion(
      join(root, 'bench/starlight/node_modules/@astrojs/starlight'),
    ),
    'astro (Starlight)': installedVersion(join(root, 'bench/starlight/node_modules/astro')),
    chromium: chromium || '未知',
  };
}

/** The bench's findings as Markdown for people and JSON for comparison later. */
export function renderReport(root: string, results: SizeResult[], options: { queries: string[] }) {
  const machine = `${os.cpus().length} 核 ${os.cpus()[0]?.model ?? ''}，内存 ${Math.round(os.totalmem() / 1024 ** 3)} GB，${os.type()} ${os.release()}`;
  const used = versions(root);
  const lines = [
    '# 构建与检索基准（npm run bench）',
    '',
    `- 日期：${new Date().toISOString().slice(0, 10)}；机器：${machine}`,
    `- 版本：${Object.entries(used)
      .map(([name, value]) => `${name} ${value}`)
      .join('，')}`,
    `- 每种规模每个站点构建的次数见各节标题，三个站点轮流进行；时间和内存给出中位数（最小–最大）。全量构建前清空输出和缓存；“改动后重建”是在全量构建之后改一个案例再构建一次，保留缓存。峰值内存是构建进程及其子进程（如 Pagefind）常驻内存之和的最大值，每 100 毫秒采样。`,
    `- 首次检索：全新浏览器上下文（无缓存）。本站走检索页：打开 /search/，网络空闲后在检索框输入、回车，直到状态行报出结果（前 10 条已显示）；另两者打开一个案例页，用 Pagefind 默认界面的同一 API 检索并取回前 10 条结果的数据。字节在服务器端计（含 Pagefind 在 worker 里下载的索引），从页面载完开始；“传输”按常见服务器的做法计：JavaScript、JSON 等文本文件按 gzip 压缩后计，Pagefind 的索引文件本身已压缩，按原样计；括号里是不压缩时的字节数。`,
    '',
  ];
  const json: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine,
    versions: used,
    sizes: [] as unknown[],
  };
  for (const { size, runs, variants } of results) {
    lines.push(`## N = ${size}（生成的案例数；每个站点构建 ${runs} 次）`, '');
    const header = ['', ...variants.map((result) => NAMES[result.variant])];
    const baseline = variants.find((result) => result.variant === 'baseline');
    const site = variants.find((result) => result.variant === 'site');
    const ratio = (pick: (result: VariantResult) => number) =>
      site && baseline ? `${(pick(site) / pick(baseline)).toFixed(2)} ×` : '—';
    if (site && baseline) header.push('本站 ÷ 基线');
    const rows: string[][] = [];
    const row = (
      label: string,
      cell: (result: VariantResult) => string,
      pick?: (result: VariantResult) => number,
    ) =>
      rows.push([
        label,
        ...variants.map(cell),
        ...(site && baseline ? [pick ? ratio(pick) : ''] : []),
      ]);
    const build = (result: VariantResult) => spread(result.builds.map((b) => b.ms));
    const rebuild = (result: VariantResult) => spread(result.rebuilds.map((b) => b.ms));
    const peak = (result: VariantResult) =>
      spread([...result.builds, ...result.rebuilds].map((b) => b.peakBytes));
    row(
      '全量构建（含检索索引）',
      (r) => seconds(build(r)),
      (r) => build(r).median,
    );
    row(
      '每个条目',
      (r) => `${(build(r).median / (r.output?.pages ?? size)).toFixed(1)} ms/页`,
      (r) => build(r).median / (r.output?.pages ?? size),
    );
    row(
      '峰值内存',
      (r) => megabytes(peak(r)),
      (r) => peak(r).median,
    );
    row(
      '改动一个案例后重建',
      (r) =>
        `${seconds(rebuild(r))}，为全量的 ${(rebuild(r).median / build(r).median).toFixed(2)} ×`,
      (r) => rebuild(r).median,
    );
    row('页面数', (r) => String(r.output?.pages ?? '—'));
    row(
      'dist 大小',
      (r) => `${((r.output?.distBytes ?? 0) / MB).toFixed(1)} MB`,
      (r) => r.output?.distBytes ?? 0,
    );
    row(
      'Pagefind 索引',
      (r) => `${((r.output?.indexBytes ?? 0) / MB).toFixed(1)} MB`,
      (r) => r.output?.indexBytes ?? 0,
    );
    row(
      '案例页 HTML（gzip）',
      (r) => kilobytes(r.output?.casePage.html ?? 0),
      (r) => r.output?.casePage.html ?? 0,
    );
    row(
      '案例页 CSS（gzip）',
      (r) => kilobytes(r.output?.casePage.css ?? 0),
      (r) => r.output?.casePage.css ?? 0,
    );
    row('案例页 JavaScript（gzip）', (r) => kilobytes(r.output?.casePage.js ?? 0));
    row(
      '最大的 HTML 页面',
      (r) =>
        `${kilobytes(r.output?.largestPage.bytes ?? 0)}（${r.output?.largestPage.path ?? ''}）`,
      (r) => r.output?.largestPage.bytes ?? 0,
    );
    for (const query of options.queries) {
      const of = (r: VariantResult) => r.searches.filter((search) => search.query === query);
      const bytes = (r: VariantResult) => spread(of(r).map((search) => search.gzipBytes));
      const raw = (r: VariantResult) => spread(of(r).map((search) => search.bytes));
      const ms = (r: VariantResult) => spread(of(r).map((search) => search.ms));
      row(
        `首次检索“${query}”传输`,
        (r) =>
          `${kilobytes(bytes(r).median)}（${kilobytes(raw(r).median)}；${of(r)[0]?.results ?? 0} 条结果）`,
        (r) => bytes(r).median,
      );
      row(
        `首次检索“${query}”耗时`,
        (r) =>
          `${Math.round(ms(r).median)} ms（${Math.round(ms(r).min)}–${Math.round(ms(r).max)}）`,
        (r) => ms(r).median,
      );
    }
    lines.push(
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...rows.map((cells) => `| ${cells.join(' | ')} |`),
      '',
    );
    (json.sizes as unknown[]).push({ size, runs, variants });
  }
  lines.push(...targets(results));
  return { markdown: `${lines.join('\n')}\n`, json };
}

/** The targets of the search-and-build issue, checked against this run's figures; a target this run cannot judge is left out. */
function targets(results: SizeResult[]): string[] {
  const find = (size: number, variant: Variant) =>
    results
      .find((result) => result.size === size)
      ?.variants.find((item) => item.variant === variant);
  const median = (values: number[]) => spread(values).median;
  const verdict = (ok: boolean) => (ok ? '达到' : '未达到');
  const rows: string[][] = [];
  const site5000 = find(5000, 'site');
  const base5000 = find(5000, 'baseline');
  if (site5000 && base5000) {
    const ratio =
      median(site5000.builds.map((b) => b.ms)) / median(base5000.builds.map((b) => b.ms));
    rows.push([
      'N = 5000 全量构建 ≤ 1.15 × 最小基线',
      `${ratio.toFixed(2)} ×`,
      verdict(ratio <= 1.15),
    ]);
  }
  const sites = results
    .map((result) => ({
      size: result.size,
      site: result.variants.find((item) => item.variant === 'site'),
    }))
    .filter((item) => item.site?.output);
  if (sites.length >= 2) {
    const perPage = sites.map(
      ({ site }) => median(site!.builds.map((b) => b.ms)) / site!.output!.pages,
    );
    const growth = perPage.at(-1)! / perPage[0]!;
    rows.push([
      `每页构建时间不随规模增长（N = ${sites[0]!.size} → ${sites.at(-1)!.size}）`,
      `${perPage.map((ms) => ms.toFixed(1)).join(' → ')} ms/页`,
      verdict(growth <= 1.15),
    ]);
    const largest = sites.map(({ site }) => site!.output!.largestPage.bytes);
    rows.push([
      `页面大小不随规模增长（最大页面，N = ${sites[0]!.size} → ${sites.at(-1)!.size}）`,
      largest.map((bytes) => kilobytes(bytes)).join(' → '),
      verdict(largest.at(-1)! <= largest[0]! * 1.1),
    ]);
  }
  if (site5000) {
    const ratio =
      median(site5000.rebuilds.map((b) => b.ms)) / median(site5000.builds.map((b) => b.ms));
    rows.push([
      'N = 5000 改动一个案例后重建 ≤ 0.6 × 全量',
      `${ratio.toFixed(2)} ×`,
      verdict(ratio <= 0.6),
    ]);
  }
  const site10000 = find(10000, 'site');
  const base10000 = find(10000, 'baseline');
  if (site10000 && base10000) {
    const peak = (result: VariantResult) =>
      Math.max(...[...result.builds, ...result.rebuilds].map((b) => b.peakBytes));
    const ratio = peak(site10000) / peak(base10000);
    rows.push([
      'N = 10000 整个构建的峰值内存 ≤ 0.8 × 最小基线',
      `${ratio.toFixed(2)} ×`,
      verdict(ratio <= 0.8),
    ]);
    // Per query, the site's first search against stock Pagefind's for the same query in this run.
    const ratios = [...new Set(site10000.searches.map((search) => search.query))].map((query) => {
      const bytes = (result: VariantResult) =>
        median(result.searches.filter((s) => s.query === query).map((s) => s.gzipBytes));
      return bytes(site10000) / bytes(base10000);
    });
    const worst = Math.max(...ratios);
    rows.push([
      'N = 10000 首次检索传输 ≤ 原版 Pagefind（每个查询）',
      `${Math.min(...ratios).toFixed(2)}–${worst.toFixed(2)} ×`,
      verdict(worst <= 1),
    ]);
  }
  if (rows.length === 0) return [];
  return [
    '## 目标',
    '',
    '| 目标 | 本次 | 结论 |',
    '| --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
  ];
}
