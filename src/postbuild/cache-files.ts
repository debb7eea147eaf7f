import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Files a build writes and a later build reads back, made safe against a build
 * killed at any point: every file is written under a temporary name beside it
 * and renamed into place (a rename is atomic), so a reader finds the old file or
 * the new one, never part of one; and a cache entry carries its length and hash,
 * checked before it is used, so a damaged one is drawn again instead of published.
 */

/** A temporary name beside `path`, unique to this process and call. */
const temporary = (path: string) =>
  `${path}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;

/** Writes `data` to `path` in one step: under a temporary name, then renamed. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const partial = temporary(path);
  try {
    await writeFile(partial, data);
    await rename(partial, path);
  } catch (failure) {
    await rm(partial, { force: true });
    throw failure;
  }
}

/** writeFileAtomic, for code that runs synchronously. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const partial = temporary(path);
  try {
    writeFileSync(partial, data);
    renameSync(partial, path);
  } catch (failure) {
    rmSync(partial, { force: true });
    throw failure;
  }
}

/** The first bytes of a cache entry: a tag, then the payload's length and SHA-256. */
const MAGIC = Buffer.from('KBC1');
const HEADER = MAGIC.length + 4 + 32;

const digest = (data: Uint8Array) => createHash('sha256').update(data).digest();

/** A cache entry as written: header and payload. */
function entry(data: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32BE(data.length, MAGIC.length);
  digest(data).copy(header, MAGIC.length + 4);
  return Buffer.concat([header, data]);
}

/** What reading a cache entry found. */
export type CacheRead =
  { state: 'hit'; data: Buffer } | { state: 'missing' } | { state: 'damaged' };

/** The payload of an entry, when its length and hash are those it was written with. */
function verified(file: Buffer): CacheRead {
  if (file.length < HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC))
    return { state: 'damaged' };
  const data = file.subarray(HEADER);
  const intact =
    file.readUInt32BE(MAGIC.length) === data.length &&
    digest(data).equals(file.subarray(MAGIC.length + 4, HEADER));
  return intact ? { state: 'hit', data } : { state: 'damaged' };
}

/** Writes a cache entry in one step, with its length and hash. */
export const writeCacheEntry = (path: string, data: Uint8Array) =>
  writeFileAtomic(path, entry(data));

/** writeCacheEntry, for code that runs synchronously. */
export const writeCacheEntrySync = (path: string, data: Uint8Array) =>
  writeFileAtomicSync(path, entry(data));

/** Reads a cache entry, verified: `damaged` when it is not exactly what was written. */
export async function readCacheEntry(path: string): Promise<CacheRead> {
  try {
    return verified(await readFile(path));
  } catch {
    return { state: 'missing' };
  }
}

/** readCacheEntry, for code that runs synchronously. */
export function readCacheEntrySync(path: string): CacheRead {
  try {
    return verified(readFileSync(path));
  } catch {
    return { state: 'missing' };
  }
}
