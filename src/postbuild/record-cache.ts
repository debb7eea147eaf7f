import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { SearchRecord } from './search-records.ts';

/**
 * Where, in Astro's cache folder, last build's search records are kept: one
 * `[key, record]` JSON line per page, so the index step can read them one by one
 * and write this build's as it goes, instead of holding two builds' worth of page
 * text while Pagefind holds the whole index (the build's peak memory).
 */
export const RECORD_CACHE_FILE = 'kb-search-records.jsonl';

/** A cached record: null for a page that is not searchable. */
type Cached = SearchRecord | null;

/**
 * The file's last line: how many record lines come before it and their SHA-256, so
 * that a file not written to its end, or changed since, is not used at all.
 */
interface Trailer {
  count: number;
  sha256: string;
}

/** Last build's records, read from the file only when asked for. */
export interface RecordCache {
  /** True when a cache file was there but was not whole: no record of it is used. */
  damaged: boolean;
  /** The record cached under `key`, or undefined when there is none. */
  take(key: string): Cached | undefined;
  close(): void;
}

/**
 * Last build's records by key, read lazily: only each line's key and place in the
 * file are held, and a record is read when the page it belongs to is unchanged.
 * Holding them all would stay in the process's memory for the rest of the index
 * step, while Pagefind builds the index beside it. No readable cache: none cached.
 */
export async function readRecordCache(file: string): Promise<RecordCache> {
  const places = new Map<string, { at: number; length: number }>();
  let fd: number | undefined;
  let damaged = false;
  try {
    let at = 0;
    let trailer: Trailer | undefined;
    const hash = createHash('sha256');
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      const length = Buffer.byteLength(line);
      if (trailer) trailer = undefined;
      else if (line.startsWith('{')) trailer = JSON.parse(line) as Trailer;
      else if (line) {
        hash.update(`${line}\n`);
        // A line is ["key",record]: the key is a JSON string, and no page address holds a quote.
        places.set(JSON.parse(line.slice(1, line.indexOf('",') + 1)) as string, { at, length });
      }
      at += length + 1;
    }
    if (trailer?.count !== places.size || trailer.sha256 !== hash.digest('hex')) {
      damaged = true;
      places.clear();
    } else fd = openSync(file, 'r');
  } catch (failure) {
    damaged = (failure as NodeJS.ErrnoException).code !== 'ENOENT';
    places.clear();
  }
  return {
    damaged,
    take(key) {
      const place = places.get(key);
      if (!place || fd === undefined) return undefined;
      const buffer = Buffer.alloc(place.length);
      readSync(fd, buffer, 0, place.length, place.at);
      try {
        return (JSON.parse(buffer.toString('utf8')) as [string, Cached])[1];
      } catch {
        // A line cut short (a build stopped while writing): the page is read again.
        return undefined;
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd);
    },
  };
}

/** Writes this build's records as they are made; the file replaces the last one only when `close` is called. */
export async function recordCacheWriter(file: string) {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  const out = createWriteStream(partial, 'utf8');
  const hash = createHash('sha256');
  let count = 0;
  return {
    async add(key: string, record: Cached): Promise<void> {
      const line = `${JSON.stringify([key, record])}\n`;
      hash.update(line);
      count += 1;
      if (!out.write(line)) await once(out, 'drain');
    },
    async close(): Promise<void> {
      const trailer: Trailer = { count, sha256: hash.digest('hex') };
      out.end(`${JSON.stringify(trailer)}\n`);
      await once(out, 'finish');
      await rename(partial, file);
    },
    /** Drops what was written: a build that failed leaves the last cache as it was. */
    async discard(): Promise<void> {
      out.end();
      await once(out, 'finish');
      await rm(partial, { force: true });
    },
  };
}

/** Every searchable record in a cache file, for the bench and tests. */
export const readCachedRecords = (file: string): SearchRecord[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('['))
    .flatMap((line) => {
      const [, record] = JSON.parse(line) as [string, Cached];
      return record ? [record] : [];
    });
