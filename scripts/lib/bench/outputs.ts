import { join } from 'node:path';
import { builtPages } from '../../../src/postbuild/built-files.ts';
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
  const pages = builtPages(dist);
  const largest = pages.reduce((top, page) => (page.bytes > top.bytes ? page : top), {
    path: '',
    bytes: 0,
  });
  return {
    pages: pages.length,
    distBytes: folderBytes(dist),
    indexBytes: folderBytes(join(dist, 'pagefind')),
    casePage: pageWeight(dist, casePath),
    largestPage: { path: largest.path, bytes: largest.bytes },
  };
}
