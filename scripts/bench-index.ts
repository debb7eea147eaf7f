// npm run bench:index: what splitting the search index into several Pagefind bundles
// would gain and cost. Takes the search records of a site the bench built, indexes
// them as 1, 2, 4 and 8 bundles (each bundle in its own indexer, one after another),
// and reports the indexing time and peak memory, and the bytes a browser fetches for
// a first search when it queries every bundle (Pagefind's mergeIndex).
// With --chunk-sizes it also tries Pagefind chunk sizes (see INDEX_CHUNK_SIZE).
// Options: --site bench/work/site-10000 (default; run `npm run bench -- --full --only site` first)
//          · --parts 1,2,4,8 · --chunk-sizes 20000,2000 (default: the site's own)
//          · --tokens pair (an experiment: index character pairs, see lib/bench/pair-tokens.ts)
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { INDEX_CHUNK_SIZE } from '../src/postbuild/search-index.ts';
import { RECORD_CACHE_FILE, readCachedRecords } from '../src/postbuild/record-cache.ts';
import { CACHE_DIR } from '../src/site/build-paths.ts';
import { chunksFor, readBundle } from './lib/bench/pagefind-bundle.ts';
import { pairQueryTokens } from './lib/bench/pair-tokens.ts';
import { tokensOf } from '../src/common/search/tokens.ts';
import { installedVersion } from './lib/bench/report.ts';
import { runMeasured } from './lib/bench/run-measured.ts';
import { MEASURED_QUERIES } from './lib/search-queries.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const root = resolve('.');
const site = resolve(option('site') ?? 'bench/work/site-10000');
const partCounts = (option('parts') ?? '1,2,4,8').split(',').map(Number);
const chunkSizes = (option('chunk-sizes') ?? String(INDEX_CHUNK_SIZE)).split(',').map(Number);
const tokens = option('tokens') === 'pair' ? 'pair' : 'char';
const queryTokens = tokens === 'pair' ? pairQueryTokens : tokensOf;
const records = join(site, CACHE_DIR, RECORD_CACHE_FILE);
if (!existsSync(records)) {
  throw new Error(
    `找不到 ${records}：先用 npm run bench -- --full --only site 构建 10000 个案例的站点，或用 --site 指定一个构建过的基准站点。`,
  );
}
const pages = readCachedRecords(records).length;
const child = fileURLToPath(new URL('./lib/bench/index-parts.ts', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const rows: string[] = [];
for (const chunkSize of chunkSizes)
  for (const parts of partCounts) rows.push(await measure(parts, chunkSize));

async function measure(parts: number, chunkSize: number): Promise<string> {
  const output = join(site, `index-parts-${parts}`);
  rmSync(output, { recursive: true, force: true });
  console.log(`[bench:index] ${pages} 个页面分成 ${parts} 个索引，分块 ${chunkSize}……`);
  const measured = await runMeasured(
    process.execPath,
    [child, records, String(parts), output, String(chunkSize), tokens],
    { cwd: root },
  );
  const bundles = readdirSync(output).map((part) => readBundle(join(output, part)));
  const metaBytes = bundles.reduce((sum, bundle) => sum + bundle.metaBytes, 0);
  // Checks on the catalogue reader, so that a change in Pagefind's format fails here instead of giving wrong figures.
  const indexed = bundles.reduce((sum, bundle) => sum + bundle.pages, 0);
  if (indexed !== pages)
    throw new Error(
      `${parts} 个索引里共有 ${indexed} 个页面，记录有 ${pages} 个：pf_meta 没有读对。`,
    );
  const searches = MEASURED_QUERIES.map((query) => {
    const loaded = bundles.map((bundle) => chunksFor(bundle, query, queryTokens));
    if (loaded.every((chunks) => chunks.files === 0))
      throw new Error(`“${query}”在 ${parts} 个索引里都找不到含有它的分块：pf_meta 没有读对。`);
    const bytes = loaded.reduce((sum, chunks) => sum + chunks.bytes, 0);
    return `${loaded.reduce((sum, chunks) => sum + chunks.files, 0)} 个分块 ${kb(bytes)}，合计 ${kb(metaBytes + bytes)}`;
  });
  rmSync(output, { recursive: true, force: true });
  return `| ${parts} | ${chunkSize} | ${(measured.ms / 1000).toFixed(1)} s | ${Math.round(measured.peakBytes / 2 ** 20)} MB | ${kb(metaBytes)} | ${searches.join(' | ')} |`;
}

const runtime = (['pagefind.js', 'pagefind-worker.js'] as const).map(
  (file) => gzipSync(readFileSync(join(site, 'dist/pagefind', file))).length,
);
const wasm = readdirSync(join(site, 'dist/pagefind')).find((file) => file.startsWith('wasm.'));
const report = [
  `# 检索索引拆分的得失（npm run bench:index）`,
  '',
  `- 日期：${new Date().toISOString().slice(0, 10)}；站点：${site.replace(`${root}/`, '')}，${pages} 个可检索页面（记录取自它上次构建的缓存）；Pagefind ${installedVersion(join(root, 'node_modules/pagefind'))}。`,
  '- 分块大小：Pagefind 每个索引分块收的条目数（环境变量 PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE，Pagefind 默认 20000，本站固定为 INDEX_CHUNK_SIZE）。',
  ...(tokens === 'pair'
    ? [
        '- **实验：按相邻两字建索引**（`--tokens pair`，网站本身不这样做）：每个汉字换成它和下一个字组成的词（网格化 → 网格 格化 化$），查询只查其中的两字词。',
      ]
    : []),
  '- 每种拆法：按页面地址的散列把记录分成几份，每份在一个新的 Pagefind 索引进程里依次建成一个索引包；时间和峰值内存（进程及子进程常驻内存之和，每 100 毫秒采样）是整个过程的。',
  '- 首次检索的流量：浏览器要下载每个索引包的目录（pf_meta），以及每个索引包里含有查询中某个字的分块；都按文件原样计（Pagefind 已压缩）。不随拆法变化、没有计入的：',
  `  Pagefind 运行时 ${kb(runtime[0]!)} + ${kb(runtime[1]!)}（gzip）、WebAssembly ${wasm ? kb(readFileSync(join(site, 'dist/pagefind', wasm)).length) : '—'}，以及前十条结果的页面数据。`,
  '',
  `| 索引包数 | 分块大小 | 建索引 | 峰值内存 | 目录合计 | ${MEASURED_QUERIES.map((query) => `首次检索“${query}”`).join(' | ')} |`,
  `| --- | --- | --- | --- | --- | ${MEASURED_QUERIES.map(() => '---').join(' | ')} |`,
  ...rows,
  '',
].join('\n');
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(
    root,
    'bench/results',
    `search-index-${pages}-parts-${partCounts.join('-')}-chunks-${chunkSizes.join('-')}${tokens === 'pair' ? '-pairs' : ''}.md`,
  ),
  report,
);
console.log(report);
