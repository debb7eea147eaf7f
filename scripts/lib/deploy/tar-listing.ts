import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** An entry as a tar reader sees it. */
export interface ListedEntry {
  path: string;
  kind: 'directory' | 'file' | 'other';
  mode: number;
  size: number;
}

const BLOCK = 512;
const field = (block: Buffer, offset: number, width: number) =>
  block
    .subarray(offset, offset + width)
    .toString('utf8')
    .replace(/\0.*$/s, '');
const number = (block: Buffer, offset: number, width: number) =>
  parseInt(field(block, offset, width).trim() || '0', 8);

/** Whether a header's checksum matches its bytes (the checksum field counted as spaces). */
function checksumMatches(block: Buffer): boolean {
  let sum = 0;
  for (let index = 0; index < BLOCK; index += 1)
    sum += index >= 148 && index < 156 ? 0x20 : block[index]!;
  return sum === number(block, 148, 8);
}

/** The `path` of a pax header's records, if it has one. */
function paxPath(data: Buffer): string | undefined {
  let path: string | undefined;
  for (let at = 0; at < data.length;) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString());
    if (!(length > 0)) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    if (record.startsWith('path=')) path = record.slice('path='.length);
    at += length;
  }
  return path;
}

/**
 * Reads a .tar.gz through to its end, as `tar -tzf` would, and lists its entries. Throws
 * (in Chinese, for the packer) if the gzip stream is cut short or corrupt, a header's
 * checksum is wrong, or the archive stops before its end-of-archive blocks.
 */
export async function listTarGz(file: string): Promise<ListedEntry[]> {
  const entries: ListedEntry[] = [];
  let pending: Buffer = Buffer.alloc(0);
  /** Bytes of file data (with padding) still to pass over. */
  let skip = 0;
  /** The size of the pax records being read, when the last header was a pax header. */
  let pax: number | undefined;
  let nextPath: string | undefined;
  let ended = false;
  try {
    for await (const chunk of createReadStream(file).pipe(
      createGunzip(),
    ) as AsyncIterable<Buffer>) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let at = 0;
      while (!ended) {
        if (skip > 0) {
          const passed = Math.min(skip, pending.length - at);
          skip -= passed;
          at += passed;
          if (skip > 0) break;
        }
        if (pax !== undefined) {
          const padded = Math.ceil(pax / BLOCK) * BLOCK;
          if (pending.length - at < padded) break;
          nextPath = paxPath(pending.subarray(at, at + pax));
          at += padded;
          pax = undefined;
          continue;
        }
        if (pending.length - at < BLOCK) break;
        const block = pending.subarray(at, at + BLOCK);
        at += BLOCK;
        if (block.every((byte) => byte === 0)) {
          ended = true;
          break;
        }
        if (!checksumMatches(block)) throw new Error('有一个文件头的校验和不对');
        const type = String.fromCharCode(block[156]!);
        const size = number(block, 124, 12);
        if (type === 'x') {
          pax = size;
          continue;
        }
        const prefix = field(block, 345, 155);
        const path = nextPath ?? (prefix ? `${prefix}/` : '') + field(block, 0, 100);
        nextPath = undefined;
        const kind = type === '5' ? 'directory' : type === '0' || type === '\0' ? 'file' : 'other';
        entries.push({ path: path.replace(/\/$/, ''), kind, mode: number(block, 100, 8), size });
        if (kind !== 'directory') skip = Math.ceil(size / BLOCK) * BLOCK;
      }
      pending = pending.subarray(at);
    }
  } catch (error) {
    throw new Error(`压缩包读不通：${(error as Error).message}`, { cause: error });
  }
  if (!ended) throw new Error('压缩包读不通：没有读到结尾，文件不完整');
  return entries;
}
