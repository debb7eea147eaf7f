import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { builtFiles, isPrecompressedCopy, type BuiltFile } from './built-files.ts';
import { readCacheEntry, writeCacheEntry, writeFileAtomic } from './cache-files.ts';

/** Files served as text, which nginx would otherwise compress on every request. Pagefind's index files are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

/** The encodings written beside each file, as nginx's gzip_static and brotli_static look for them. */
const ENCODINGS = {
  gz: promisify(gzip),
  br: promisify(brotliCompress),
} as const;

/**
 * How hard to compress a file. The site's own scripts and styles (`_astro/`) are
 * few and small and sent to every reader: Brotli's best (quality 11) and gzip's.
 * Everything else grows with the content (a page per entry, the search index's
 * runtime and data): Brotli 5 and gzip 6, measured here at some 40 times the speed
 * of Brotli 11 for about 12% more bytes, and with gzip 9 no better than 6 by 0.6%;
 * at 10,000 entries the best levels would add minutes to every full build.
 */
const optionsFor = (path: string, size: number) => {
  const best = path.startsWith('/_astro/');
  return {
    gz: { level: best ? 9 : 6 },
    br: {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    },
  };
};

/** Files compressed at once: zlib runs them on libuv's thread pool. */
const IN_FLIGHT = 16;

/** What precompressing did, for the build log. */
export interface PrecompressReport {
  files: number;
  /** Files whose compressed forms were the same as last build's and were copied from the cache. */
  cached: number;
  /** Cached compressed forms found damaged (a build killed while writing one, say), and made again. */
  damaged: number;
  bytes: number;
  gzBytes: number;
  brBytes: number;
}

/** The text files of the built site `site` that get compressed copies, optionally only those `where` picks. */
export const textFiles = (site: string, where: (file: BuiltFile) => boolean = () => true) =>
  builtFiles(site).filter(
    (file) => COMPRESSIBLE.test(file.file) && !isPrecompressedCopy(file) && where(file),
  );

/** Where in the cache folder compressed copies are kept; the number changes with the entry format. */
const CACHE_FOLDER = 'kb-precompressed-2';

/**
 * Writes `x.gz` and `x.br` beside each of `files` (see textFiles), at high levels
 * (see optionsFor), so the server sends them without compressing anything per
 * request. A file whose content is as last build's takes them from `cacheDir`,
 * once they are verified (postbuild/cache-files.ts): a damaged copy is never sent.
 */
export async function precompress(
  files: readonly BuiltFile[],
  cacheDir: string,
): Promise<PrecompressReport> {
  const report: PrecompressReport = {
    files: 0,
    cached: 0,
    damaged: 0,
    bytes: 0,
    gzBytes: 0,
    brBytes: 0,
  };
  const cache = join(cacheDir, CACHE_FOLDER);
  await mkdir(cache, { recursive: true });
  // Entries of the format before, unverifiable: dropped once.
  await rm(join(cacheDir, 'kb-precompressed'), { recursive: true, force: true });
  const one = async (file: string, path: string) => {
    const body = await readFile(file);
    const options = optionsFor(path, body.length);
    const sizes = await Promise.all(
      (['gz', 'br'] as const).map(async (encoding) => {
        const digest = createHash('sha1')
          .update(body)
          .update(JSON.stringify(options[encoding]))
          .digest('hex');
        const cacheFile = join(cache, `${digest}.${encoding}`);
        const out = `${file}.${encoding}`;
        const cached = await readCacheEntry(cacheFile);
        if (cached.state === 'hit') {
          await writeFileAtomic(out, cached.data);
          return { encoding, bytes: cached.data.length, cached: true };
        }
        if (cached.state === 'damaged') report.damaged += 1;
        const compressed = await ENCODINGS[encoding](body, options[encoding]);
        await Promise.all([
          writeFileAtomic(out, compressed),
          writeCacheEntry(cacheFile, compressed),
        ]);
        return { encoding, bytes: compressed.length, cached: false };
      }),
    );
    for (const { encoding, bytes } of sizes)
      report[encoding === 'gz' ? 'gzBytes' : 'brBytes'] += bytes;
    report.files += 1;
    report.bytes += body.length;
    if (sizes.every((size) => size.cached)) report.cached += 1;
  };
  for (let start = 0; start < files.length; start += IN_FLIGHT)
    await Promise.all(
      files.slice(start, start + IN_FLIGHT).map(({ file, path }) => one(file, path)),
    );
  return report;
}

/** Two reports as one. */
export const addReports = (a: PrecompressReport, b: PrecompressReport): PrecompressReport => ({
  files: a.files + b.files,
  cached: a.cached + b.cached,
  damaged: a.damaged + b.damaged,
  bytes: a.bytes + b.bytes,
  gzBytes: a.gzBytes + b.gzBytes,
  brBytes: a.brBytes + b.brBytes,
});
