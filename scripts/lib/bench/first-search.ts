import type { Browser, Page } from 'playwright-core';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../static-server.ts';

/** A first search on a fresh visit: everything fetched for it, and how long until results could be shown. */
export interface FirstSearch {
  query: string;
  /** Bytes of every file the server sent for the search, as stored (uncompressed text). */
  bytes: number;
  /** The same with text files (JavaScript, JSON, HTML, CSS, SVG) gzipped, as a typical server sends them; Pagefind's index files are compressed already. */
  gzipBytes: number;
  /** Milliseconds from submitting the query to the first results on screen (site) or their data in hand (stock), in the page's own clock. */
  ms: number;
  /** How many pages matched. */
  results: number;
}

/**
 * Which search runs: the site's own search page, as a reader uses it, or stock
 * Pagefind's API (as its default UI calls it) from the bundle at `bundle`,
 * after opening the page at `path`.
 */
export type SearchEngine = { kind: 'site' } | { kind: 'stock'; path: string; bundle: string };

const TEXT = new Set(['.html', '.js', '.json', '.css', '.svg', '.xml']);

/**
 * Runs one search as a first-time visitor would, in a fresh browser context with an
 * empty cache, and counts the bytes at the server: Pagefind fetches its index from a
 * worker, whose requests the page's own network events do not all report. Counting
 * starts once the page has loaded and is idle, so only what the search itself costs
 * is counted: on the site, typing into /search/ and pressing Enter, until the first
 * results are on screen; for stock Pagefind, its runtime, the search and the data
 * of the first ten results.
 */
export async function firstSearch(
  browser: Browser,
  dist: string,
  query: string,
  engine: SearchEngine,
): Promise<FirstSearch> {
  let counting = false;
  let bytes = 0;
  let gzipBytes = 0;
  const server = await serveStatic(dist, '/', {
    onServe(path, body) {
      if (!counting) return;
      bytes += body.length;
      gzipBytes += TEXT.has(extname(path)) ? gzipSync(body).length : body.length;
    },
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url + (engine.kind === 'site' ? '/search/' : engine.path), {
      waitUntil: 'networkidle',
    });
    counting = true;
    const outcome =
      engine.kind === 'site'
        ? await searchPage(page, query)
        : await stockSearch(page, query, engine.bundle);
    await page.waitForLoadState('networkidle');
    counting = false;
    return { query, bytes, gzipBytes, ...outcome };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Types the query into the site's search page and waits for the status line to report on it. */
async function searchPage(page: Page, query: string): Promise<{ ms: number; results: number }> {
  await page.evaluate((query) => {
    const status = document.querySelector('[data-search-status]')!;
    const global = globalThis as unknown as { reported: Promise<number>; started: number };
    global.reported = new Promise((resolve) =>
      new MutationObserver(() => {
        if (status.textContent?.includes(query)) resolve(performance.now());
      }).observe(status, { childList: true, characterData: true, subtree: true }),
    );
    global.started = performance.now();
  }, query);
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  const ms = await page.evaluate(async () => {
    const global = globalThis as unknown as { reported: Promise<number>; started: number };
    return (await global.reported) - global.started;
  });
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  return { ms, results: Number(/(\d+) 个/.exec(status)?.[1] ?? 0) };
}

/** Calls stock Pagefind's API as its default UI does: the search, then the first ten results' data. */
async function stockSearch(
  page: Page,
  query: string,
  bundle: string,
): Promise<{ ms: number; results: number }> {
  return page.evaluate(
    async ({ query, bundle }) => {
      const started = performance.now();
      const pagefind = await import(/* @vite-ignore */ bundle);
      const search = await pagefind.search(query);
      await Promise.all(
        search.results.slice(0, 10).map((result: { data(): Promise<unknown> }) => result.data()),
      );
      return { ms: performance.now() - started, results: search.results.length as number };
    },
    { query, bundle },
  );
}
