// npm run eval:search: runs the evaluation queries through the built index in headless
// Chromium, on the real content and on a generated corpus, for the site's search and
// for stock Pagefind over the same pages; writes bench/results/search-eval.{md,json}.
// Options: --pages N (generated cases, default 2000).
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { buildCorpusSite } from './lib/corpus-site.ts';
import { ALL_EVAL_QUERIES, MEASURED_QUERIES } from './lib/search-queries.ts';
import { firstSearch as measureFirstSearch, type SearchEngine } from './lib/bench/first-search.ts';
import {
  buildStockIndex,
  folderBytes,
  judge,
  openSearchPage,
  pageTexts,
  searchBundle,
  siteSearch,
  stockSearch,
  type QueryResult,
} from './lib/search-eval.ts';

const root = resolve('.');
const pagesFlag = process.argv.indexOf('--pages');
const generated = pagesFlag > 0 ? Number(process.argv[pagesFlag + 1]) : 2000;
const work = join(root, 'bench/work');

interface Dataset {
  name: string;
  dist: string;
  pages: number;
  site: QueryResult[];
  stock: QueryResult[];
  indexBytes: { site: number; stock: number };
  firstSearch: Array<{ query: string; site: number; stock: number }>;
}

function buildReal(): string {
  const outDir = join(work, 'eval-real');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`网站构建失败：\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

async function evaluate(name: string, dist: string, bundle: string): Promise<Dataset> {
  await buildStockIndex(dist);
  const texts = pageTexts(dist);
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await openSearchPage(browser, server.url, bundle);
    const site: QueryResult[] = [];
    const stock: QueryResult[] = [];
    for (const { kind, query } of ALL_EVAL_QUERIES) {
      site.push(judge(kind, query, texts, await siteSearch(page, query)));
      stock.push(judge(kind, query, texts, await stockSearch(page, query)));
    }
    const firstSearch = [];
    for (const query of MEASURED_QUERIES) {
      const stock: SearchEngine = {
        kind: 'stock',
        path: '/search/',
        bundle: '/pagefind-stock/pagefind.js',
      };
      firstSearch.push({
        query,
        site: (await measureFirstSearch(browser, dist, query, { kind: 'site' })).gzipBytes,
        stock: (await measureFirstSearch(browser, dist, query, stock)).gzipBytes,
      });
    }
    return {
      name,
      dist,
      pages: texts.size,
      site,
      stock,
      firstSearch,
      indexBytes: {
        site: folderBytes(join(dist, 'pagefind')),
        stock: folderBytes(join(dist, 'pagefind-stock')),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const percent = (value: number | undefined) =>
  value === undefined ? '—' : `${Math.round(value * 100)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mean = (values: Array<number | undefined>) => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0
    ? undefined
    : known.reduce((sum, value) => sum + value, 0) / known.length;
};
const min = (values: Array<number | undefined>) => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
};

function report(datasets: Dataset[]): string {
  const lines = [
    '# 检索评测结果',
    '',
    `由 \`npm run eval:search\` 生成于 ${new Date().toISOString().slice(0, 10)}；${os.cpus().length} 核 ${os.cpus()[0]?.model ?? ''}，Node ${process.version}，Pagefind 1.6.0，Chromium（Debian）。`,
    '',
    '“本站”是网站自己的检索（逐字索引、先整词后分词）；“原版”是用同样页面建立的 Pagefind 1.6 默认索引。',
    '召回率：包含查询原文的页面中被列出的比例；前十准确：列出的前 min(10, n) 个结果中包含查询原文的比例；精确率：作为“包含查询”列出的结果中确实包含的比例；查无此词：查询在任何页面都没有时，是否明说“没有找到”。',
    '',
  ];
  for (const dataset of datasets) {
    lines.push(`## ${dataset.name}（${dataset.pages} 个可检索页面）`, '');
    lines.push('| 指标 | 本站 | 原版 |', '| --- | --- | --- |');
    const found = (results: QueryResult[]) => results.filter((result) => result.truth > 0);
    const none = (results: QueryResult[]) => results.filter((result) => result.truth === 0);
    lines.push(
      `| 最低召回率 | ${percent(min(found(dataset.site).map((r) => r.recall)))} | ${percent(min(found(dataset.stock).map((r) => r.recall)))} |`,
    );
    lines.push(
      `| 最低前十准确 | ${percent(min(found(dataset.site).map((r) => r.exactFirst)))} | ${percent(min(found(dataset.stock).map((r) => r.exactFirst)))} |`,
    );
    lines.push(
      `| 平均精确率 | ${percent(mean(found(dataset.site).map((r) => r.precision)))} | ${percent(mean(found(dataset.stock).map((r) => r.precision)))} |`,
    );
    lines.push(
      `| 查无此词时明说 | ${none(dataset.site).every((r) => r.saidNone) ? '是' : '否'} | 否（列出 ${none(
        dataset.stock,
      )
        .map((r) => `${r.query} ${r.returned} 个`)
        .join('、')}） |`,
    );
    lines.push(`| 索引大小 | ${kb(dataset.indexBytes.site)} | ${kb(dataset.indexBytes.stock)} |`);
    for (const bytes of dataset.firstSearch)
      lines.push(`| 首次检索“${bytes.query}”传输 | ${kb(bytes.site)} | ${kb(bytes.stock)} |`);
    lines.push(
      '',
      '| 类别 | 查询 | 含原文页面 | 本站列出 | 本站召回 | 本站前十准确 | 本站精确率 | 本站回答 | 原版列出 | 原版召回 | 原版前十准确 | 原版精确率 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    dataset.site.forEach((site, index) => {
      const stock = dataset.stock[index]!;
      lines.push(
        `| ${site.kind} | ${site.query} | ${site.truth} | ${site.returned} | ${percent(site.recall)} | ${percent(site.exactFirst)} | ${percent(site.precision)} | ${site.outcome} | ${stock.returned} | ${percent(stock.recall)} | ${percent(stock.exactFirst)} | ${percent(stock.precision)} |`,
      );
    });
    lines.push('');
  }
  return lines.join('\n');
}

const bundle = await searchBundle();
console.log('构建真实内容的网站…');
const real = await evaluate('真实内容', buildReal(), bundle);
console.log(`生成 ${generated} 个案例的语料并构建…`);
const corpus = buildCorpusSite(root, join(work, `corpus-${generated}`), { cases: generated });
const generatedSet = await evaluate(`生成语料（${generated} 个案例）`, corpus.dist, bundle);
const results = join(root, 'bench/results');
mkdirSync(results, { recursive: true });
const text = report([real, generatedSet]);
writeFileSync(join(results, 'search-eval.md'), `${text}\n`);
writeFileSync(
  join(results, 'search-eval.json'),
  `${JSON.stringify({ date: new Date().toISOString(), datasets: [real, generatedSet].map(({ dist: _dist, ...rest }) => rest) }, null, 2)}\n`,
);
console.log(text);
