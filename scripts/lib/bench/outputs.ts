import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageWeight, type PageWeight } from '../page-weight.ts';
import { folderBytes } from '../search-eval.ts';

/** What a build produced: deterministic sizes, measured once per build. */
export interface BuildOutput {
  pages: number;
  distBytes: number;
  indexBytes: number;
  /** Gzip bytes of the sample case page's HTML, CSS and JavaScript. */
  casePage: PageWeight;
  /** The largest HTML file, which must not grow with the number of entries. */
  largestPage: { path: string; bytes: number };
}

/** Sizes of the build in `dist`; `casePath` is the same generated case in every variant. */
export function measureOutput(dist: string, casePath: string): BuildOutput {
  let pages = 0;
  let largestPage = { path: '', bytes: 0 };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stats = statSync(path);
      if (stats.isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        pages += 1;
        if (stats.size > largestPage.bytes)
          largestPage = {
            path: `/${relative(dist, path).split(sep).join('/')}`,
            bytes: stats.size,
          };
      }
    }
  };
  walk(dist);
  return {
    pages,
    distBytes: folderBytes(dist),
    indexBytes: folderBytes(join(dist, 'pagefind')),
    casePage: pageWeight(dist, casePath),
    largestPage,
  };
}
