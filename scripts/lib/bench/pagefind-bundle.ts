import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tokensOf } from '../../../src/common/search/tokens.ts';

/** A written Pagefind bundle as a browser meets it: the catalogue it loads first, and the word range of each index chunk. */
export interface PagefindBundle {
  /** Bytes of `pagefind.<lang>.pf_meta`, as served (it is compressed already). */
  metaBytes: number;
  /** How many pages it holds. */
  pages: number;
  /** Each index chunk: the first and last word it holds, and its size as served. */
  chunks: Array<{ from: string; to: string; bytes: number }>;
}

/** Reads the catalogue of the bundle in `dir` (a folder holding `pagefind-entry.json`). */
export function readBundle(dir: string): PagefindBundle {
  const metaFile = readdirSync(dir).find((name) => name.endsWith('.pf_meta'));
  if (!metaFile) throw new Error(`${dir} 里没有 Pagefind 的 pf_meta 文件。`);
  const compressed = readFileSync(join(dir, metaFile));
  // pf_meta is gzip of a signature followed by CBOR: [version, pages, chunks [from, to, hash], filters, sorts, meta fields].
  const body = gunzipSync(compressed).subarray('pagefind_dcd'.length);
  const [, pages, chunks] = readCbor(body) as [string, unknown[], Array<[string, string, string]>];
  return {
    metaBytes: compressed.length,
    pages: pages.length,
    chunks: chunks.map(([from, to, hash]) => ({
      from,
      to,
      bytes: statSync(join(dir, 'index', `${hash}.pf_index`)).size,
    })),
  };
}

/**
 * The index chunks a search for `query` loads from `bundle`: one per distinct chunk
 * holding one of its tokens (`tokens` cuts the query as the index was cut).
 */
export function chunksFor(
  bundle: PagefindBundle,
  query: string,
  tokens: (query: string) => string[] = tokensOf,
): { files: number; bytes: number } {
  const needed = new Set<PagefindBundle['chunks'][number]>();
  for (const token of new Set(tokens(query))) {
    for (const chunk of bundle.chunks)
      if (chunk.from <= token && token <= chunk.to) needed.add(chunk);
  }
  return { files: needed.size, bytes: [...needed].reduce((sum, chunk) => sum + chunk.bytes, 0) };
}

/** Decodes the CBOR subset Pagefind writes: integers, strings, arrays, maps. */
export function readCbor(buffer: Buffer): unknown {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = ({ 24: 1, 25: 2, 26: 4 } as Record<number, number>)[info];
    if (!size) throw new Error(`CBOR 长度编码 ${info} 不支持。`);
    const value = buffer.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = buffer[at++]!;
    const [major, info] = [head >> 5, head & 31];
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 2 || major === 3) {
      const size = length(info);
      const bytes = buffer.subarray(at, (at += size));
      return major === 3 ? bytes.toString('utf8') : bytes;
    }
    if (major === 4) return Array.from({ length: length(info) }, item);
    if (major === 5)
      return Object.fromEntries(Array.from({ length: length(info) }, () => [item(), item()]));
    throw new Error(`CBOR 类型 ${major} 不支持。`);
  };
  return item();
}
