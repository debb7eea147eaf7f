import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind once the pages are written, so that
 * `astro build` alone produces a complete, searchable dist/.
 * Only elements inside `data-pagefind-body` are indexed (see EntryLayout).
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'knowledge-base:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
        logger.info(`已为 ${added.page_count} 个页面建立检索索引。`);
        await pagefind.close();
      },
    },
  };
}
