import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/postbuild/built-files.ts';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file of a built site, as site paths (`/cases/x/`, `/404.html`). */
export function htmlPages(dist: string): string[] {
  return builtPages(dist)
    .map((page) => page.path)
    .sort();
}

/** The file that serves a site path. */
export const fileOf = (dist: string, path: string) =>
  join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** Parses a built page. */
export function readPage(dist: string, path: string): HTMLElement {
  return parse(readFileSync(fileOf(dist, path), 'utf8'));
}

/**
 * The text Pagefind indexes on a page: inside data-pagefind-body, without
 * data-pagefind-ignore parts. Empty for pages that are not indexed.
 */
export function indexedText(page: HTMLElement): string {
  const body = page.querySelector('[data-pagefind-body]');
  if (!body) return '';
  const copy = parse(body.outerHTML);
  for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return copy.text;
}

/** The hrefs of links inside `root`, optionally only those under a CSS selector. */
export const hrefs = (root: HTMLElement, selector = 'a') =>
  root.querySelectorAll(selector).map((link) => link.getAttribute('href') ?? '');
