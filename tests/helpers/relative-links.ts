import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages } from '../../src/postbuild/built-files.ts';

/** Addresses a page follows or loads; the forge's edit links and mail links lead elsewhere by design. */
const ATTRIBUTES = ['href', 'src', 'action', 'cite'];
const ELSEWHERE = /^(#|https:\/\/git\.example\.org\/|mailto:)/;

/**
 * In a copy of the built site `dist` written to `folder`, every address of every page that
 * is not relative (a root path, a full address) or leads to no file of the copy, as
 * `page: attribute="value"`. Empty when the copy opens from disk and under any path.
 */
export function unreachableAddresses(dist: string, folder: string): string[] {
  const broken: string[] = [];
  const pages = builtPages(dist).map((page) =>
    page.path.endsWith('/') ? `${page.path}index.html` : page.path,
  );
  if (pages.length === 0) return ['（没有页面）'];
  for (const page of pages) {
    const file = join(folder, page);
    const root = parse(readFileSync(file, 'utf8'));
    for (const element of root.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(', ')))
      for (const name of ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value === undefined || ELSEWHERE.test(value)) continue;
        const path = value.replace(/[?#].*$/s, '');
        const relative = !value.startsWith('/') && !/^[a-z]+:/.test(value);
        if (!relative || !existsSync(join(dirname(file), path)))
          broken.push(`${page}: ${name}="${value}"`);
      }
  }
  return broken;
}
