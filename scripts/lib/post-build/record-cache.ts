import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { SearchRecord } from '../../../src/lib/search/records.ts';

/**
 * Where, in Astro's cache folder, last build's search records are kept: one
 * `[key, record]` JSON line per page, so the index step can read them one by one
 * and write this build's as it goes, instead of holding two builds' worth of page
 * text while Pagefind holds the whole index (the build's peak memory).
 */
export const RECORD_CACHE_FILE = 'kb-search-records.jsonl';

/** A cached record: null for a page that is not searchable. */
type Cached = SearchRecord | null;

/** Last build's records by key; empty when there is no readable cache. */
export async function readRecordCache(file: string): Promise<Map<string, Cached>> {
  const records = new Map<string, Cached>();
  try {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const [key, record] = JSON.parse(line) as [string, Cached];
      records.set(key, record);
    }
    return records;
  } catch {
    return new Map();
  }
}

/** Writes this build's records as they are made; the file replaces the last one only when `close` is called. */
export async function recordCacheWriter(file: string) {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, 'utf8');
  return {
    async add(key: string, record: Cached): Promise<void> {
      if (!out.write(`${JSON.stringify([key, record])}\n`)) await once(out, 'drain');
    },
    async close(): Promise<void> {
      out.end();
      await once(out, 'finish');
      await rename(partial, file);
    },
  };
}

/** Every searchable record in a cache file, for the bench and tests. */
export const readCachedRecords = (file: string): SearchRecord[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [, record] = JSON.parse(line) as [string, Cached];
      return record ? [record] : [];
    });
