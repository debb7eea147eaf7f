import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { builtFiles, isPrecompressedCopy, type BuiltFile } from './built-files.ts';

/** Files served as text, which nginx would otherwise compress on every request. Pagefind's index files are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

/** The encodings written beside each file, as nginx's gzip_static and brotli_static look for them. */
const ENCODINGS = {
  gz: promisify(gzip),
  br: promisify(brotliCompress),
} as const;

/**
 * How hard to compress a file. Scripts, styles and the search runtime (`_astro/`,
 * `pagefind/`) are few and sent to every reader: Brotli's best (quality 11), about
 * 12% smaller than quality 5. Pages and data are many, one per entry: quality 11
 * runs at about 1 MB/s per core here, which at 10,000 entries would add minutes to
 * every full build, while quality 5 runs some 40 times faster for that 12%.
 */
const optionsFor = (path: string, size: number) => ({
  gz: { level: 9 },
  br: {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: /^\/(_astro|pagefind)\//.test(path) ? 11 : 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  },
});

/** Files compressed at once: zlib runs them on libuv's thread pool. */
const IN_FLIGHT = 8;

/** What precompressing did, for the build log. */
export interface PrecompressReport {
  files: number;
  /** Files whose compressed forms were the same as last build's and were copied from the cache. */
  cached: number;
  bytes: number;
  gzBytes: number;
  brBytes: number;
}

/** The text files of the built site `site` that get compressed copies, optionally only those `where` picks. */
export const textFiles = (site: string, where: (file: BuiltFile) => boolean = () => true) =>
  builtFiles(site).filter(
    (file) => COMPRESSIBLE.test(file.file) && !isPrecompressedCopy(file) && where(file),
  );

/**
 * Writes `x.gz` and `x.br` beside each of `files` (see textFiles), at high levels
 * (see optionsFor), so the server sends them without compressing anything per
 * request. A file whose content is as last build's takes them from `cacheDir`.
 */
export async function precompress(
  files: readonly BuiltFile[],
  cacheDir: string,
): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, cached: 0, bytes: 0, gzBytes: 0, brBytes: 0 };
  const cache = join(cacheDir, 'kb-precompressed');
  await mkdir(cache, { recursive: true });
  const one = async (file: string, path: string) => {
    const body = await readFile(file);
    const options = optionsFor(path, body.length);
    let cached = true;
    for (const encoding of ['gz', 'br'] as const) {
      const digest = createHash('sha1')
        .update(body)
        .update(JSON.stringify(options[encoding]))
        .digest('hex');
      const cacheFile = join(cache, `${digest}.${encoding}`);
      let compressed = await readFile(cacheFile).catch(() => undefined);
      if (!compressed) {
        cached = false;
        compressed = await ENCODINGS[encoding](body, options[encoding]);
        await writeFile(cacheFile, compressed);
      }
      await writeFile(`${file}.${encoding}`, compressed);
      report[encoding === 'gz' ? 'gzBytes' : 'brBytes'] += compressed.length;
    }
    report.files += 1;
    report.bytes += body.length;
    if (cached) report.cached += 1;
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
  bytes: a.bytes + b.bytes,
  gzBytes: a.gzBytes + b.gzBytes,
  brBytes: a.brBytes + b.brBytes,
});
