import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BUILD_DATA_FILE, type BuildData, type NumberedEntry } from './build-data.ts';
import type { ParagraphCodesReport } from './paragraph-codes.ts';
import { addReports, precompress, textFiles } from './precompress.ts';
import { buildSearchIndex } from './search-index.ts';

/** Where the post-build steps work. */
export interface PostBuildOptions {
  /** The folder `astro build` wrote. */
  site: string;
  /** Astro's cache folder, where the steps keep what a rebuild can reuse. */
  cacheDir: string;
  /** The base path the site was built for (`/` or `/zhishiku/`). */
  base: string;
  log: (line: string) => void;
}

/**
 * What the build does once `astro build` has exited and freed its memory: the
 * search index, the QR code of every numbered paragraph (fetched when a trainer
 * projects one) and the precompressed copies for the server. The index and the
 * codes take what they file and draw from the knowledge base's build data
 * (postbuild/build-data.ts), removed from the site once read; the index reads each
 * page's text. The codes are drawn on another thread and the pages compressed
 * (zlib works on its own threads) while Pagefind indexes; what the index and the
 * codes write is compressed once they are written.
 */
export async function postBuild({ site, cacheDir, base, log }: PostBuildOptions): Promise<void> {
  const data = readBuildData(site);
  const written = (file: { path: string }) => /^\/(pagefind|qr)\//.test(file.path);
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const timed = async <T>(step: Promise<T>): Promise<[T, string]> => [await step, seconds()];
  const [[{ pages, reused, damaged }, indexed], [codes, drawn], [early, packedEarly]] =
    await Promise.all([
      timed(buildSearchIndex(site, cacheDir, data.pages, base)),
      timed(paragraphCodesOnWorker(site, cacheDir, data.numbered)),
      timed(
        precompress(
          textFiles(site, (file) => !written(file)),
          cacheDir,
        ),
      ),
    ]);
  if (damaged)
    log(
      '上次构建留下的检索记录缓存不能用（不完整，可能是构建被中断；或是旧版的格式），这次重新读取了全部页面。',
    );
  if (codes.damaged > 0)
    log(`缓存里有 ${codes.damaged} 个条目的段落二维码已损坏（可能是上次构建被中断），已重新生成。`);
  log(
    `已为 ${pages} 个页面建立检索索引（${indexed} 完成；其中 ${reused} 个页面与上次相同，沿用读出的正文）；为 ${codes.entries} 个讲话和案例的 ${codes.paragraphs} 个段落生成二维码（${drawn} 完成；其中 ${codes.cached} 个条目与上次相同，沿用缓存）。`,
  );
  const packed = addReports(early, await precompress(textFiles(site, written), cacheDir));
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  if (packed.damaged > 0)
    log(`缓存里有 ${packed.damaged} 个压缩版已损坏（可能是上次构建被中断），已重新压缩。`);
  log(
    `已为 ${packed.files} 个文本文件写好 .gz 和 .br 压缩版（页面 ${packedEarly} 完成，全部 ${seconds()} 完成；${mb(packed.bytes)} MB → gzip ${mb(packed.gzBytes)} MB、brotli ${mb(packed.brBytes)} MB；${packed.cached} 个与上次相同，沿用缓存），供 nginx 直接发送。`,
  );
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
