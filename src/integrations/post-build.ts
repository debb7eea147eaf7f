import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BUILD_DATA_FILE, type BuildData, type NumberedEntry } from '../lib/build-data.ts';
import type { ParagraphCodesReport } from '../lib/paragraph-codes.ts';
import { buildSearchIndex } from './search-index.ts';
import { addReports, precompress, textFiles } from '../lib/precompress.ts';

/**
 * Once the pages are written, so that `astro build` alone produces the complete
 * site: the search index, and the QR code of every numbered paragraph (fetched
 * when a trainer projects one). Both take what they file and draw from the
 * knowledge base's build data (lib/build-data.ts), removed from the site once
 * read; the index reads each page's text. The codes are drawn on another thread
 * while Pagefind indexes. Then every text file gets its precompressed `.gz` and
 * `.br` beside it, for the server (see README, 部署).
 */
export function postBuildIntegration(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  return {
    name: 'knowledge-base:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const data = readBuildData(site);
        // The pages are compressed while Pagefind indexes (zlib works on its own threads); what
        // the index and the codes write is compressed once they are written.
        const written = (file: { path: string }) => /^\/(pagefind|qr)\//.test(file.path);
        const [pages, codes, early] = await Promise.all([
          buildSearchIndex(site, cacheDir, data.pages, base),
          paragraphCodesOnWorker(site, cacheDir, data.numbered),
          precompress(
            textFiles(site, (file) => !written(file)),
            cacheDir,
          ),
        ]);
        logger.info(
          `已为 ${pages} 个页面建立检索索引；为 ${codes.entries} 个讲话和案例的 ${codes.paragraphs} 个段落生成二维码（其中 ${codes.cached} 个条目与上次相同，沿用缓存）。`,
        );
        const packed = addReports(early, await precompress(textFiles(site, written), cacheDir));
        const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
        logger.info(
          `已为 ${packed.files} 个文本文件写好 .gz 和 .br 压缩版（${mb(packed.bytes)} MB → gzip ${mb(packed.gzBytes)} MB、brotli ${mb(packed.brBytes)} MB；${packed.cached} 个与上次相同，沿用缓存），供 nginx 直接发送。`,
        );
      },
    },
  };
}

/** Reads the build data the site wrote for these steps, and takes it out of the site. */
function readBuildData(site: string): BuildData {
  const file = join(site, BUILD_DATA_FILE);
  const data = JSON.parse(readFileSync(file, 'utf8')) as BuildData;
  rmSync(file);
  return data;
}

function paragraphCodesOnWorker(
  site: string,
  cacheDir: string,
  entries: NumberedEntry[],
): Promise<ParagraphCodesReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./paragraph-codes-worker.ts', import.meta.url), {
      workerData: { site, cacheDir, entries },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`段落二维码生成失败（退出码 ${code}）。`)),
    );
  });
}
