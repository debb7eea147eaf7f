import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as Pagefind stored it. */
export interface IndexedPage {
  url: string;
  /** Indexed text; Pagefind separates segmented Chinese words with zero-width spaces, removed here. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Reads every page record of a built Pagefind index (its gzipped "fragment" files). */
export function readIndexedPages(dist: string): IndexedPage[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const page = JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
    return { ...page, content: page.content.replaceAll('\u200b', '') };
  });
}
