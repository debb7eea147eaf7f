import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/** How to open a page: its window size, and what to set up in its fresh browser profile before it loads. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** The system's light or dark setting. */
  colorScheme?: 'light' | 'dark';
  setup?: (context: BrowserContext) => Promise<void>;
}

/** A served build and a browser, with every request to another host recorded. */
export interface SiteSession {
  server: StaticServer;
  browser: Browser;
  /** Requests that left the site (its host, and its base path when it has one), across all pages opened. */
  foreignRequests: string[];
  /** Every path the server has sent a file for, in order, including what Pagefind's worker fetches. */
  served: string[];
  /** Opens a fresh page at `path` on the served site. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Serves `dist` on localhost under `base` and launches headless Chromium against it. */
export async function startSiteSession(dist: string, base = '/'): Promise<SiteSession> {
  const served: string[] = [];
  const server = await serveStatic(dist, base, { onServe: (path) => served.push(path) });
  const browser = await launchChromium();
  const foreignRequests: string[] = [];
  return {
    server,
    browser,
    foreignRequests,
    served,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 390, height: 844 },
        colorScheme: options.colorScheme ?? 'light',
      });
      await options.setup?.(context);
      const page = await context.newPage();
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.url + base) && !url.startsWith('data:'))
          foreignRequests.push(url);
      });
      await page.goto(server.url + path);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
