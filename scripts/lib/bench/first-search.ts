import type { Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** A function the page exposes for the measurement, called in the browser with whatever it takes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's own API, typed in the browser bundle, not here
type PageFunction = (...args: any[]) => Promise<any>;

/** A first search on a fresh visit: everything fetched for it, and how long until results could be shown. */
export interface FirstSearch {
  query: string;
  /** Bytes of every response from issuing the query to the first ten results' data, as served (uncompressed). */
  bytes: number;
  /** The same with text files (JavaScript, JSON, HTML) gzipped, as a typical server sends them; Pagefind's index files are compressed already. */
  gzipBytes: number;
  /** Milliseconds from issuing the query to the first ten results' data, in the page's own clock. */
  ms: number;
  /** How many pages matched. */
  results: number;
}

/**
 * Runs one search as a first-time visitor would, in a fresh browser context with an
 * empty cache: open a case page, then load Pagefind and search. `engine: 'site'` runs
 * the site's own search code (injected as `bundle`, see search-eval-entry.ts);
 * `'stock'` calls Pagefind's API as its default UI does. Both fetch the first ten results.
 */
export async function firstSearch(
  browser: Browser,
  baseUrl: string,
  path: string,
  query: string,
  engine: 'site' | 'stock',
  bundle: string,
): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  await page.addScriptTag({ content: bundle });
  let bytes = 0;
  let gzipBytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const text = /javascript|json|html|css/.test(response.headers()['content-type'] ?? '');
    pending.push(
      response
        .body()
        .then((body) => {
          bytes += body.length;
          gzipBytes += text ? gzipSync(body).length : body.length;
        })
        .catch(() => undefined),
    );
  });
  const outcome = await page.evaluate(
    async ({ query, engine }) => {
      const api = (
        globalThis as unknown as {
          knowledgeBaseSearch: { runSearch: PageFunction; importIndex: PageFunction };
        }
      ).knowledgeBaseSearch;
      const started = performance.now();
      const pagefind = await api.importIndex('/pagefind/pagefind.js');
      let results: Array<{ data(): Promise<unknown> }>;
      if (engine === 'stock') {
        results = (await pagefind.search(query)).results;
      } else {
        const answer = await api.runSearch(query, { pagefind, filters: {}, dictionary: [] });
        results = 'results' in answer ? answer.results : [];
      }
      await Promise.all(results.slice(0, 10).map((result) => result.data()));
      return { ms: performance.now() - started, results: results.length };
    },
    { query, engine },
  );
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { query, bytes, gzipBytes, ...outcome };
}
