import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { builtPages, isFolderPage } from './built-files.ts';
import * as pagefind from 'pagefind';
import { pageText, searchRecord, type SearchRecord } from './search-records.ts';
import type { PageFacets } from './build-data.ts';
import { INDEXED_CHARACTERS } from '../common/search/tokens.ts';
import { RECORD_CACHE_FILE, readRecordCache, recordCacheWriter } from './record-cache.ts';

/** Pagefind's options: our own tokens (see common/search/tokens.ts) are what it indexes. */
export const INDEX_OPTIONS = { forceLanguage: 'zh', includeCharacters: INDEXED_CHARACTERS };

/**
 * How many entries Pagefind puts in one index chunk; a search downloads every chunk
 * holding one of its characters, so smaller chunks mean fewer bytes besides the
 * characters' own. Measured with `npm run bench:index -- --chunk-sizes …` (bench/README.md).
 */
export const INDEX_CHUNK_SIZE = 2000;

/**
 * Pagefind 1.6 reads the chunk size from this variable only, and calls it unstable. If a
 * later Pagefind ignores it, the index is still right, only larger per search; the
 * test “keeps the search index in small chunks” then fails, so the upgrade is noticed.
 */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Sets the chunk size for the Pagefind indexer this process starts next. */
export function pinChunkSize(size = INDEX_CHUNK_SIZE): void {
  process.env[CHUNK_SIZE_VARIABLE] = String(size);
}

/** Records handed to Pagefind before waiting for it, so reading pages here and indexing there overlap. */
const IN_FLIGHT = 64;

/**
 * Builds the Pagefind index of the built site `site`. Pages are added as records
 * whose Chinese is cut into single characters (see common/search/tokens.ts), not as
 * HTML for Pagefind to segment, because its index-time and query-time word
 * segmentation disagree and then miss pages or match stray characters. The text
 * is read from each page; its title, filters, metadata and sort keys come from
 * the knowledge base (`pages`, by URL). A page whose HTML and facets are as last
 * build's reuses its record from `cacheDir`: after a small change most pages are
 * copied unchanged, and reading HTML is the costly part here.
 * @param base the site's base path, `/` or `/sub/path/`, which the URLs in `pages` start with
 * @returns how many pages were indexed, how many of those were read from the cache, and whether
 *   a cache file was there but damaged (then none is read from it)
 */
export async function buildSearchIndex(
  site: string,
  cacheDir: string,
  pages: Readonly<Record<string, PageFacets>>,
  base = '/',
): Promise<{ pages: number; reused: number; damaged: boolean }> {
  const cacheFile = join(cacheDir, RECORD_CACHE_FILE);
  const previous = await readRecordCache(cacheFile);
  const next = await recordCacheWriter(cacheFile);
  const unfiled = new Set(Object.keys(pages));
  // Pagefind runs as a child process: closed whatever happens, so a failed build exits
  // with its message instead of waiting on it; the record cache is kept only from a success.
  try {
    pinChunkSize();
    const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
    let count = 0;
    let reused = 0;
    let pending: Promise<void>[] = [];
    for (const { file, path } of builtPages(site).filter(isFolderPage)) {
      // Records keep the site path: Pagefind puts the base path in front, from where its script is served.
      const url = path;
      const html = await readFile(file, 'utf8');
      const entryUrl = base.replace(/\/$/, '') + path;
      const facets = pages[entryUrl];
      unfiled.delete(entryUrl);
      const key = `${url}\n${createHash('sha1')
        .update(html)
        .update(JSON.stringify(facets ?? null))
        .digest('base64')}`;
      const cached = previous.take(key);
      if (cached) reused += 1;
      const record = cached !== undefined ? cached : readRecord(url, html, facets);
      // Written out at once, so no build's records pile up here while Pagefind indexes.
      await next.add(key, record);
      if (!record) continue;
      pending.push(
        index
          .addCustomRecord({ ...record, language: INDEX_OPTIONS.forceLanguage })
          .then((added) => {
            if (added.errors.length > 0)
              throw new Error(`Pagefind 无法索引 ${url}：${added.errors.join('; ')}`);
          }),
      );
      count += 1;
      if (pending.length >= IN_FLIGHT) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
    if (unfiled.size > 0)
      throw new Error(`这些条目没有生成可检索的页面：${[...unfiled].join('、')}（构建程序有误）。`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0)
      throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
    await next.close();
    return { pages: count, reused, damaged: previous.damaged };
  } catch (error) {
    await next.discard();
    throw error;
  } finally {
    await pagefind.close();
    previous.close();
  }
}

/** A page's record; none for a page not marked for search. A marked page the knowledge base does not file is a bug, not a page to drop. */
function readRecord(
  url: string,
  html: string,
  facets: PageFacets | undefined,
): SearchRecord | null {
  const text = pageText(html);
  if (!text) return null;
  if (!facets)
    throw new Error(`页面 ${url} 标为可检索，但知识库里没有它的检索数据（构建程序有误）。`);
  return searchRecord(url, text, facets);
}
