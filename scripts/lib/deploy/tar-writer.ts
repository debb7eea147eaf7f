import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/** One entry of an archive: a folder, or a file read from disk or given as bytes. */
export type TarEntry =
  | { kind: 'directory'; path: string }
  | { kind: 'file'; path: string; source: string }
  | { kind: 'file'; path: string; data: Buffer };

/** Folders 755 and files 644 owned by root, whoever packs and with whatever umask. */
export const DIRECTORY_MODE = 0o755;
export const FILE_MODE = 0o644;
export const OWNER = { id: 0, name: 'root' };

const BLOCK = 512;
/** tar readers expect whole records of 20 blocks. */
const RECORD = 20 * BLOCK;

/** `value` as a NUL-terminated octal field of `width` bytes. */
const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`;

/**
 * Splits a path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash, or
 * returns undefined when it cannot be split or is not ASCII: such a path goes in a pax
 * header, which every tar since 2001 reads, and whose UTF-8 Windows' tar decodes right
 * where it would read a raw name in the local code page.
 */
function ustarName(path: string): { prefix: string; name: string } | undefined {
  if (!/^[\x20-\x7e]*$/.test(path)) return undefined;
  if (path.length <= 100) return { prefix: '', name: path };
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    const prefix = path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (prefix.length <= 155 && name.length <= 100 && name) return { prefix, name };
  }
  return undefined;
}

/** One 512-byte ustar header. */
function header(
  path: { prefix: string; name: string },
  type: '0' | '5' | 'x',
  mode: number,
  size: number,
  mtime: number,
): Buffer {
  const block = Buffer.alloc(BLOCK);
  const put = (offset: number, text: string) => block.write(text, offset, 'utf8');
  put(0, path.name);
  put(100, octal(mode, 8));
  put(108, octal(OWNER.id, 8));
  put(116, octal(OWNER.id, 8));
  put(124, octal(size, 12));
  put(136, octal(mtime, 12));
  put(148, '        ');
  put(156, type);
  put(257, 'ustar\u000000');
  put(265, OWNER.name);
  put(297, OWNER.name);
  put(345, path.prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** A pax record `<length> path=<path>\n`, whose length counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  while (String(length).length + Buffer.byteLength(body) !== length)
    length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`);
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** The blocks of one entry: its pax header if it needs one, its header, its data. */
async function* entryBlocks(entry: TarEntry, mtime: number, index: number): AsyncGenerator<Buffer> {
  const path = entry.kind === 'directory' ? `${entry.path}/` : entry.path;
  let name = ustarName(path);
  if (!name) {
    const pax = paxRecord('path', path);
    yield header({ prefix: '', name: `PaxHeaders/${index}` }, 'x', FILE_MODE, pax.length, mtime);
    yield pax;
    yield padding(pax.length);
    // What a reader without pax support would use instead: the path in ASCII, cut to fit.
    name = { prefix: '', name: path.replace(/[^\x20-\x7e]/g, '_').slice(-100) };
  }
  if (entry.kind === 'directory') {
    yield header(name, '5', DIRECTORY_MODE, 0, mtime);
    return;
  }
  const data = 'data' in entry ? entry.data : await readFile(entry.source);
  yield header(name, '0', FILE_MODE, data.length, mtime);
  yield data;
  yield padding(data.length);
}

async function* archiveBlocks(entries: readonly TarEntry[], mtime: number) {
  let size = 0;
  for (const [index, entry] of entries.entries())
    for await (const block of entryBlocks(entry, mtime, index)) {
      size += block.length;
      yield block;
    }
  // Two zero blocks end the archive; then zeros to the end of the record.
  size += 2 * BLOCK;
  yield Buffer.alloc(2 * BLOCK + ((RECORD - (size % RECORD)) % RECORD));
}

/**
 * Writes `entries`, in order, as a gzip-compressed ustar archive at `file`, every entry
 * with the same modes, owner and time (`mtime`, seconds), so the archive says nothing of
 * the machine that packed it and unpacks the same everywhere.
 */
export async function writeTarGz(
  file: string,
  entries: readonly TarEntry[],
  mtime = Math.floor(Date.now() / 1000),
): Promise<void> {
  await pipeline(
    Readable.from(archiveBlocks(entries, mtime)),
    createGzip(),
    createWriteStream(file),
  );
}
