import {
  builtFiles,
  builtPages,
  isFolderPage,
  isPrecompressedCopy,
} from '../../src/postbuild/built-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { pageText } from '../../src/postbuild/search-records.ts';
import { indexContent, plainText } from '../../src/common/search/tokens.ts';

/** A function the page exposes for the measurement, called in the browser with whatever it takes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's own API, typed in the browser bundle, not here
type PageFunction = (...args: any[]) => Promise<any>;

/** What one query returned, judged against the pages that really hold it. */
export interface QueryResult {
  kind: string;
  query: string;
  /** Pages whose searchable text contains the query verbatim. */
  truth: number;
  /** Pages the search listed. */
  returned: number;
  /** Share of `truth` pages that were listed (1 when there are none to find). */
  recall: number;
  /** Of the first min(10, returned) listed, the share that hold the query; undefined when nothing is listed. */
  exactFirst: number | undefined;
  /** Of the pages presented as matches of the query itself, the share that hold it; undefined when none are. */
  precision: number | undefined;
  /** For a query found nowhere: whether the page said so rather than listing pages as matches. */
  saidNone: boolean | undefined;
  /** How the site's search answered: exact, loose, none; `stock` for plain Pagefind. */
  outcome: string;
}

/** The searchable text of every indexed page of a build, by URL, read as the index reads it. */
export function pageTexts(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { file, path } of builtPages(dist).filter(isFolderPage)) {
    const page = pageText(readFileSync(file, 'utf8'));
    if (page) texts.set(path, plainText(indexContent(page.text)));
  }
  return texts;
}

/** Builds a stock Pagefind 1.6 index of the same pages into `dist/pagefind-stock`, as a baseline. */
export async function buildStockIndex(dist: string): Promise<void> {
  try {
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: dist });
    await index!.writeFiles({ outputPath: join(dist, 'pagefind-stock') });
  } finally {
    await pagefind.close();
  }
}

/** The site's search code, bundled for injection into a page. */
export async function searchBundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./search-eval-entry.ts', import.meta.url));
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}

/** Lists every result URL for `query`, through the site's own search code, and how it answered. */
export async function siteSearch(
  page: Page,
  query: string,
): Promise<{ urls: string[]; outcome: string }> {
  return page.evaluate(async (query) => {
    const api = (
      globalThis as unknown as {
        knowledgeBaseSearch: { runSearch: PageFunction; importIndex: PageFunction };
      }
    ).knowledgeBaseSearch;
    const pagefind = await api.importIndex('/pagefind/pagefind.js');
    const termsUrl = document.querySelector('search-page')?.getAttribute('data-terms-url');
    const dictionary = async () =>
      termsUrl ? ((await (await fetch(termsUrl)).json()) as string[]) : [];
    const outcome = await api.runSearch(query, { pagefind, filters: {}, dictionary });
    const results = 'results' in outcome ? outcome.results : [];
    const data = await Promise.all(
      results.map((result: { data(): Promise<{ url: string }> }) => result.data()),
    );
    return { urls: data.map((item) => item.url), outcome: outcome.kind };
  }, query);
}

/** Lists every result URL for `query` from the stock Pagefind index, in its order. */
export async function stockSearch(
  page: Page,
  query: string,
): Promise<{ urls: string[]; outcome: string }> {
  return page.evaluate(async (query) => {
    const api = (globalThis as unknown as { knowledgeBaseSearch: { importIndex: PageFunction } })
      .knowledgeBaseSearch;
    const pagefind = await api.importIndex('/pagefind-stock/pagefind.js');
    const search = await pagefind.search(query);
    const data = await Promise.all(
      search.results.map((result: { data(): Promise<{ url: string }> }) => result.data()),
    );
    return { urls: data.map((item) => item.url), outcome: 'stock' };
  }, query);
}

/** Scores one answer against the truth. */
export function judge(
  kind: string,
  query: string,
  texts: Map<string, string>,
  answer: { urls: string[]; outcome: string },
): QueryResult {
  const truth = new Set([...texts].filter(([, text]) => text.includes(query)).map(([url]) => url));
  const listed = answer.urls;
  const holds = (url: string) => truth.has(url);
  const presentedAsMatches = answer.outcome === 'exact' || answer.outcome === 'stock' ? listed : [];
  const top = listed.slice(0, Math.min(10, listed.length));
  return {
    kind,
    query,
    truth: truth.size,
    returned: listed.length,
    recall: truth.size === 0 ? 1 : listed.filter(holds).length / truth.size,
    exactFirst: top.length === 0 ? undefined : top.filter(holds).length / top.length,
    precision:
      presentedAsMatches.length === 0
        ? undefined
        : presentedAsMatches.filter(holds).length / presentedAsMatches.length,
    saidNone:
      truth.size === 0 ? answer.outcome !== 'exact' && answer.outcome !== 'stock' : undefined,
    outcome: answer.outcome,
  };
}

/** Opens the built site's search page with the site's search code injected. */
export async function openSearchPage(
  browser: Browser,
  baseUrl: string,
  bundle: string,
): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/search/`);
  // Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy
  // does not govern; a <script> tag of it would be an inline script the policy blocks.
  await page.evaluate(bundle);
  return page;
}

/** Total size in bytes of the files under `dir`, without the precompressed copies the server sends instead. */
export function folderBytes(dir: string): number {
  return builtFiles(dir)
    .filter((file) => !isPrecompressedCopy(file))
    .reduce((sum, file) => sum + file.bytes, 0);
}
