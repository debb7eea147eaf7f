import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParagraphCodesReport } from '../lib/paragraph-codes.ts';
import { buildSearchIndex } from './search-index.ts';

/**
 * Once the pages are written, so that `astro build` alone produces the complete
 * site: the search index, and the QR code of every numbered paragraph (fetched
 * when a trainer projects one). Both read the built pages; the codes are drawn on
 * another thread while Pagefind indexes.
 */
export function postBuildIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'knowledge-base:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const [pages, codes] = await Promise.all([
          buildSearchIndex(site, cacheDir),
          paragraphCodesOnWorker(site, cacheDir),
        ]);
        logger.info(
          `已为 ${pages} 个页面建立检索索引；为 ${codes.entries} 个讲话和案例的 ${codes.paragraphs} 个段落生成二维码（其中 ${codes.cached} 个条目与上次相同，沿用缓存）。`,
        );
      },
    },
  };
}

function paragraphCodesOnWorker(site: string, cacheDir: string): Promise<ParagraphCodesReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./paragraph-codes-worker.ts', import.meta.url), {
      workerData: { site, cacheDir },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`段落二维码生成失败（退出码 ${code}）。`)),
    );
  });
}
