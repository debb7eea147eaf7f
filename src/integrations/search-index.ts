import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { builtPages, isFolderPage } from '../lib/built-files.ts';
import * as pagefind from 'pagefind';
import { recordFromHtml, type SearchRecord } from '../lib/search/records.ts';
import { INDEXED_CHARACTERS } from '../lib/search/tokens.ts';

/** Pagefind's options: our own tokens (see lib/search/tokens.ts) are what it indexes. */
export const INDEX_OPTIONS = { forceLanguage: 'zh', includeCharacters: INDEXED_CHARACTERS };

/** Where, in Astro's cache folder, last build's records are kept. */
export const RECORD_CACHE_FILE = 'kb-search-records.json';

/** Records handed to Pagefind before waiting for it, so reading pages here and indexing there overlap. */
const IN_FLIGHT = 64;

/**
 * Builds the Pagefind index of the built site `site`. Pages are added as records
 * whose Chinese is cut into single characters (see lib/search/tokens.ts), not as
 * HTML for Pagefind to segment, because its index-time and query-time word
 * segmentation disagree and then miss pages or match stray characters. A page
 * whose HTML is as last build's reuses its record from `cacheDir`: after a small
 * change most pages are copied unchanged, and reading HTML is the costly part here.
 * @returns how many pages were indexed
 */
export async function buildSearchIndex(site: string, cacheDir: string): Promise<number> {
  const cacheFile = join(cacheDir, RECORD_CACHE_FILE);
  const previous = await readRecordCache(cacheFile);
  const next = new Map<string, SearchRecord | null>();
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  let count = 0;
  let pending: Promise<void>[] = [];
  for (const { file, path: url } of builtPages(site).filter(isFolderPage)) {
    const html = await readFile(file, 'utf8');
    const key = `${url}\n${createHash('sha1').update(html).digest('base64')}`;
    const record = previous.has(key) ? previous.get(key)! : (recordFromHtml(url, html) ?? null);
    next.set(key, record);
    if (!record) continue;
    pending.push(
      index.addCustomRecord({ ...record, language: INDEX_OPTIONS.forceLanguage }).then((added) => {
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
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
  await pagefind.close();
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cacheFile, JSON.stringify([...next]));
  return count;
}

/** Last build's records by page address and HTML digest; none when there is no readable cache. */
async function readRecordCache(file: string): Promise<Map<string, SearchRecord | null>> {
  try {
    return new Map(
      JSON.parse(await readFile(file, 'utf8')) as Array<[string, SearchRecord | null]>,
    );
  } catch {
    return new Map();
  }
}
